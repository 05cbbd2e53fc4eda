package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {-1, 3}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var a int8 = -128
	var b int8 = -1
	fmt.Println(a/b, a%b)
	var c int16 = math.MinInt16
	var d int16 = -1
	fmt.Println(c/d, c%d)
	var e int32 = math.MinInt32
	var f int32 = -1
	fmt.Println(e/f, e%f)
	var g int64 = math.MinInt64
	var h int64 = -1
	fmt.Println(g/h, g%h)
	var i int = math.MinInt
	var j int = -1
	fmt.Println(i/j == i, i%j)
	var u uint8 = 255
	fmt.Println(u/7, u%7)
	fmt.Println(-9/4, -9%4, 9/-4, 9%-4)
	x := -17
	x /= 5
	fmt.Println(x)
	y := -17
	y %= 5
	fmt.Println(y)
}

// Output:
// 7 2 3 1
// -7 2 -3 -1
// 7 -2 -3 1
// -7 -2 3 -1
// 0 5 0 0
// 1 3 0 1
// -1 3 0 -1
// -128 0
// -32768 0
// -2147483648 0
// -9223372036854775808 0
// true 0
// 36 3
// -2 -1 -2 1
// -3
// -2
