package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println(a)
	var b int16 = -32768
	b--
	fmt.Println(b)
	var c int16 = 300
	c *= 300
	fmt.Println(c)
	var u uint16 = 65535
	u++
	fmt.Println(u)
	u -= 2
	fmt.Println(u)
	var m uint16 = 1000
	m *= 1000
	fmt.Println(m)
	var n int16 = -32768
	fmt.Println(-n, n/2, n*-1)
	for i := 0; i < 3; i++ {
		a += 16384
		fmt.Println(a)
	}
}

// Output:
// -32768
// 32767
// 24464
// 0
// 65534
// 16960
// -32768 -16384 -32768
// -16384
// 0
// 16384
