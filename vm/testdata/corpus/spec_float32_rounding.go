package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	c := a + b
	fmt.Println(c, c == 0.3, float64(c))
	var x float32 = 16777216
	x++
	fmt.Println(x)
	x += 2
	fmt.Println(x)
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d)
	var p float32 = 1.0 / 3.0
	fmt.Println(p, p*3, float64(p)*3)
	var q float32 = 3.4e38
	fmt.Println(q*10, -q*10)
	var m float32 = 1e-45
	fmt.Println(m, m/2)
	f64 := 0.1
	fmt.Println(float32(f64), float64(float32(f64)))
	var prod float32 = 1.1
	prod = prod * prod * prod
	fmt.Println(prod)
	fmt.Printf("%.10f %.10f\n", prod, 1.1*1.1*1.1)
}

// Output:
// 0.3 true 0.30000001192092896
// 1.6777216e+07
// 1.6777218e+07
// 1.0000001
// 0.9999999999999999
// 0.33333334 1 1.0000000298023224
// +Inf -Inf
// 1e-45 0
// 0.1 0.10000000149011612
// 1.3310001
// 1.3310000896 1.3310000000
