package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(0), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3), math.Pow(2, 0.5))
	fmt.Println(math.Abs(-3.2), math.Abs(math.Inf(-1)), math.Abs(-0.0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0))
	fmt.Println(math.Remainder(7, 3), math.Remainder(8, 3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Hypot(3, 4), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log10(1000))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log2(8), math.Log1p(0), math.Expm1(0))
	fmt.Println(math.Log(0), math.Log(-1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/2), math.Cos(math.Pi), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1))
	fmt.Printf("%.6f %.6f\n", math.Atan2(1, -1), math.Atan2(-1, -1))
	fmt.Println(math.Signbit(-1), math.Signbit(1), math.Copysign(3, -1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0), math.Float32frombits(0x40400000))
	fmt.Println(math.IsInf(math.Inf(-1), -1), math.IsNaN(math.Sqrt(-1)))
	fmt.Println(math.Trunc(1e300), math.Gamma(5), math.Nextafter(1, 2)-1)
}

// Output:
// 1.4142135623730951 NaN 0 3
// 1024 0.5 1 NaN 1.4142135623730951
// 3.2 +Inf 0
// 1 -1 1 1.5 NaN
// 1 -1
// 7 3 NaN 0
// 5 2 0
// 2.718282 1.000000 3.000000
// 3.000000 0.000000 0.000000
// -Inf NaN
// 1.000000 -1.000000 1.000000
// 1.570796 1.570796 0.785398
// 2.356194 -2.356194
// true false -3
// 4607182418800017408 2
// 1065353216 3
// true true
// 1e+300 24 2.220446049250313e-16
