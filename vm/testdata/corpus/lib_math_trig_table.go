package main

import (
	"fmt"
	"math"
)

func main() {
	for deg := 0; deg <= 360; deg += 45 {
		r := float64(deg) * math.Pi / 180
		fmt.Printf("%3d %8.5f %8.5f %10.4g\n", deg, math.Sin(r), math.Cos(r), math.Tan(r))
	}
	fmt.Printf("%.10f %.10f\n", math.Sinh(1), math.Cosh(1))
	fmt.Printf("%.10f %.10f %.10f\n", math.Tanh(0.5), math.Asinh(1), math.Atanh(0.5))
	s, c := math.Sincos(math.Pi / 6)
	fmt.Printf("%.12f %.12f\n", s, c)
	fmt.Println(math.Sin(0), math.Cos(0), math.Atan(math.Inf(1)) == math.Pi/2)
	fmt.Printf("%.10f %.10f\n", math.Erf(0.5), math.Erfc(0.5))
	lg, sign := math.Lgamma(-0.5)
	fmt.Printf("%.10f %d %.6f\n", lg, sign, math.Gamma(0.5)*math.Gamma(0.5))
	fmt.Printf("%.10f %.10f\n", math.J0(1), math.Y0(1))
}

// Output:
//   0  0.00000  1.00000          0
//  45  0.70711  0.70711          1
//  90  1.00000  0.00000  1.633e+16
// 135  0.70711 -0.70711         -1
// 180  0.00000 -1.00000 -1.225e-16
// 225 -0.70711 -0.70711          1
// 270 -1.00000 -0.00000  5.444e+15
// 315 -0.70711  0.70711         -1
// 360 -0.00000  1.00000 -2.449e-16
// 1.1752011936 1.5430806348
// 0.4621171573 0.8813735870 0.5493061443
// 0.500000000000 0.866025403784
// 0 1 true
// 0.5204998778 0.4795001222
// 1.2655121235 -1 3.141593
// 0.7651976866 0.0882569642
