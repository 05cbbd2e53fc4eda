package main

import "fmt"

func main() {
	a := 0.1
	b := 0.2
	fmt.Println(a+b, a*b, b/a, a-b)
	fmt.Println(1.0/3.0, 2.0/3.0)
	x := 1e308
	fmt.Println(x*10, -x*10)
	fmt.Println(5e-324, 5e-324/2)
	var f float64 = 7
	fmt.Println(f/2, f/0.5)
	fmt.Println(100.0, 1e20, 1e21, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(3.0, 2.5e-3, -0.0)
	y := 1.0
	for i := 0; i < 5; i++ {
		y /= 3
	}
	fmt.Println(y)
	fmt.Println(float64(1<<53)+1, float64(1<<53+1))
	var g float64 = 1 << 53
	g++
	fmt.Println(g)
}

// Output:
// 0.30000000000000004 0.020000000000000004 2 -0.1
// 0.3333333333333333 0.6666666666666666
// +Inf -Inf
// 5e-324 5e-324
// 3.5 14
// 100 1e+20 1e+21 1.23456789e+08 1e-06 1e-07
// 3 0.0025 0
// 0.004115226337448559
// 9.007199254740992e+15 9.007199254740992e+15
// 9.007199254740992e+15
