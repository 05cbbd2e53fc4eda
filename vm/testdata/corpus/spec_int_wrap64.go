package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a, a == math.MinInt64)
	a--
	fmt.Println(a)
	var b int64 = 1 << 62
	b *= 4
	fmt.Println(b)
	b = 3037000500
	b *= 3037000500
	fmt.Println(b)
	var u uint64 = 0
	u--
	fmt.Println(u, u == math.MaxUint64)
	u = 1 << 63
	u *= 2
	fmt.Println(u)
	var h uint64 = 14695981039346656037
	for _, ch := range []byte("amigo") {
		h ^= uint64(ch)
		h *= 1099511628211
	}
	fmt.Println(h)
	var i int = math.MaxInt
	i++
	fmt.Println(i == math.MinInt, i)
	var ui uint = 0
	ui--
	fmt.Println(ui)
	var p uintptr = 0
	p--
	fmt.Println(p)
	p += 5
	fmt.Println(p)
}

// Output:
// -9223372036854775808 true
// 9223372036854775807
// 0
// -9223372036709301616
// 18446744073709551615 true
// 0
// 13028008559638452556
// true -9223372036854775808
// 18446744073709551615
// 18446744073709551615
// 4
