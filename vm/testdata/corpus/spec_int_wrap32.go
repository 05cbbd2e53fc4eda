package main

import "fmt"

func main() {
	var a int32 = 2147483647
	a++
	fmt.Println(a)
	var b int32 = -2147483648
	b--
	fmt.Println(b)
	var c int32 = 65536
	c *= 65536
	fmt.Println(c)
	c = 46341
	c *= 46341
	fmt.Println(c)
	var u uint32 = 0
	u--
	fmt.Println(u)
	u = 4000000000
	u += 500000000
	fmt.Println(u)
	var h uint32 = 2166136261
	for _, ch := range []byte("hello") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h)
	var r rune = 0x7fffffff
	r += 2
	fmt.Println(r)
}

// Output:
// -2147483648
// 2147483647
// 0
// -2147479015
// 4294967295
// 205032704
// 1335831723
// -2147483647
