package main

import "fmt"

func main() {
	var i8 int8 = 127
	var u16 uint16 = 0
	var f32 float32 = 0.5
	var f64 = 1e16
	var c complex128 = 1 + 1i
	var r rune = 'y'
	var b byte = 255
	i8++
	u16--
	f32++
	f64++
	c++
	r++
	b++
	fmt.Println(i8, u16, f32, f64, c, string(r), b)
	arr := [3]int{}
	arr[1]++
	arr[1]++
	m := map[string]int{}
	m["k"]++
	m["k"]--
	m["j"]--
	fmt.Println(arr, m)
	type P struct{ N int }
	p := &P{}
	p.N++
	ps := []P{{}}
	ps[0].N--
	fmt.Println(p.N, ps[0].N)
	x := 10
	px := &x
	*px++
	*px *= 2
	fmt.Println(x)
	var ui uint = 0
	ui -= 1
	fmt.Println(ui == ^uint(0))
}

// Output:
// -128 65535 1.5 1e+16 (2+1i) z 0
// [0 2 0] map[j:-1 k:0]
// 1 -1
// 22
// true
