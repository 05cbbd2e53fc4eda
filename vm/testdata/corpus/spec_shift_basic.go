package main

import "fmt"

func main() {
	var x uint8 = 1
	for i := 0; i < 10; i++ {
		fmt.Print(x<<i, ",")
	}
	fmt.Println()
	var s int8 = -128
	fmt.Println(s>>1, s>>7, s>>8, s>>100)
	var u uint8 = 128
	fmt.Println(u>>1, u>>7, u>>8, u>>100)
	var n int32 = -1
	fmt.Println(n<<31, n<<32, n>>31, n>>32)
	var m uint32 = 0xFFFFFFFF
	fmt.Println(m<<31, m<<32, m>>31, m>>32)
	var w int64 = 1
	fmt.Println(w<<62, w<<63, w<<64, w<<200)
	var k uint64 = 1 << 63
	fmt.Println(k>>63, k>>64, k<<1)
	var i int = 5
	var sh uint = 2
	fmt.Println(i<<sh, i>>sh, -i>>sh, -i<<sh)
}

// Output:
// 1,2,4,8,16,32,64,128,0,0,
// -64 -1 -1 -1
// 64 1 0 0
// -2147483648 0 -1 -1
// 2147483648 0 1 0
// 4611686018427387904 -9223372036854775808 0 0
// 1 0 0
// 20 1 -2 -20
