package main

import "fmt"

func main() {
	a, b := 1.5, 2.25
	fmt.Println(a < b, a <= b, a == b, a != b, a > b, a >= b)
	c := a
	c += b
	c -= 0.25
	c *= 2
	c /= 3
	fmt.Println(c)
	fmt.Println(-a, +b, -(-a))
	var f32 float32 = 1.5
	var g32 float32 = 2.25
	fmt.Println(f32*g32, f32/g32, f32-g32)
	fmt.Printf("%.20f\n", float32(0.1))
	fmt.Printf("%.20f\n", 0.1)
	x := 1e16
	fmt.Println(x+1 == x, x+2 == x)
	h := 0.5
	for i := 0; i < 4; i++ {
		h *= h
		fmt.Println(h)
	}
}

// Output:
// true true false true false false
// 2.3333333333333335
// -1.5 2.25 1.5
// 3.375 0.6666667 -0.75
// 0.10000000149011611938
// 0.10000000000000000555
// true false
// 0.25
// 0.0625
// 0.00390625
// 1.52587890625e-05
