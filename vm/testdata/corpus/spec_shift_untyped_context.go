package main

import "fmt"

func main() {
	s := uint(8)
	var u8 uint8 = 1 << s
	var u16 uint16 = 1 << s
	x := 1 << s
	var i64 int64 = 1 << (s * 7)
	fmt.Println(u8, u16, x, i64)
	var f float64 = float64(int(1) << s)
	fmt.Println(f)
	t := uint(3)
	var small int8 = 127 >> t
	fmt.Println(small, int8(-128)>>t)
	fmt.Printf("%T %T\n", 1<<s, uint8(1)<<s)
	var arr [4]int
	arr[1<<1] = 5
	fmt.Println(arr)
	sh := 62
	fmt.Println(1<<sh, int32(1)<<sh, uint64(1)<<(sh+1))
	mask := ^uint32(0) >> (32 - 12)
	fmt.Printf("%#x\n", mask)
	var bits uint = 70
	fmt.Println(uint64(1)<<bits, int64(-1)>>bits)
}

// Output:
// 0 256 256 72057594037927936
// 256
// 15 -16
// int uint8
// [0 0 5 0]
// 4611686018427387904 0 9223372036854775808
// 0xfff
// 0 -1
