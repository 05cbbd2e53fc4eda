package main

import "fmt"

func kahan(xs []float64) float64 {
	sum, c := 0.0, 0.0
	for _, x := range xs {
		y := x - c
		t := sum + y
		c = (t - sum) - y
		sum = t
	}
	return sum
}

func main() {
	xs := make([]float64, 0, 1000)
	for i := 0; i < 1000; i++ {
		xs = append(xs, 0.1)
	}
	naive := 0.0
	for _, x := range xs {
		naive += x
	}
	fmt.Println(naive, kahan(xs), naive == 100)
	var f32 float32
	for i := 0; i < 1000; i++ {
		f32 += 0.1
	}
	fmt.Println(f32)
	h := 0.0
	for i := 1; i <= 100; i++ {
		h += 1 / float64(i)
	}
	fmt.Println(h)
	prod := 1.0
	for i := 1; i <= 25; i++ {
		prod *= float64(i)
	}
	fmt.Println(prod)
	x := 1.0
	for i := 0; i < 60; i++ {
		x = x*1.5 - 0.25
	}
	fmt.Println(x)
	a, b := 1e16, 1.0
	fmt.Println(a+b-a, a-a+b)
	var f float32 = 1
	var g float32 = 3
	fmt.Println(f/g, float64(f)/float64(g), float32(float64(f)/float64(g)))
	d := float32(1) / 3
	e := d * 3
	fmt.Println(d, e, e == 1)
}

// Output:
// 99.9999999999986 100 false
// 99.99905
// 5.187377517639621
// 1.5511210043330986e+25
// 1.838423435896651e+10
// 0 1
// 0.33333334 0.3333333333333333 0.33333334
// 0.33333334 1 true
