package main

import "fmt"

func main() {
	var x int64 = 0x123456789
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x))
	var n int64 = -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n))
	var m int32 = -129
	fmt.Println(int8(m), uint8(m))
	var u uint8 = 200
	fmt.Println(int8(u), int16(u), int64(int8(u)))
	var big uint64 = 1<<64 - 1
	fmt.Println(int64(big), int32(big), int(big))
	var s int8 = -5
	fmt.Println(uint64(s), uint32(s), uint(s)>>60)
	var w uint16 = 0xABCD
	fmt.Println(byte(w), int8(w), rune(w))
	m2 := int16(-2)
	fmt.Printf("%x %x\n", uint32(m2), uint64(int32(m2)))
}

// Output:
// -119 137 26505 26505 591751049 591751049
// 255 65535 4294967295 18446744073709551615
// 127 127
// -56 200 -56
// -1 -1 -1
// 18446744073709551611 4294967291 15
// 205 -51 43981
// fffffffe fffffffffffffffe
