package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int8 = 100
	c += 100
	fmt.Println(c)
	var d int8 = -128
	d = -d
	fmt.Println(d)
	var e int8 = 64
	e *= 2
	fmt.Println(e)
	var u uint8 = 0
	u--
	fmt.Println(u)
	u++
	fmt.Println(u)
	var v uint8 = 200
	v += 100
	fmt.Println(v)
	v = 16
	v *= 16
	fmt.Println(v)
	var w uint8 = 3
	w = -w
	fmt.Println(w)
	var x int8 = 50
	y := x * x
	fmt.Println(y, x*3, int16(x)*3)
}

// Output:
// -128
// 127
// 127
// -56
// -128
// -128
// 255
// 0
// 44
// 0
// 253
// -60 -106 150
