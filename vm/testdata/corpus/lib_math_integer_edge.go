package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Abs(float64(math.MinInt64)), int64(math.Abs(-5)))
	fmt.Println(math.Floor(-7.0/2), -7/2, int(math.Floor(-3.5)))
	fmt.Println(math.Pow(10, 18) == 1e18, int64(math.Pow(2, 62)))
	fmt.Println(math.Sqrt(1<<52) == 1<<26, math.Cbrt(-27))
	fmt.Println(math.Round(2.675*100)/100, math.Round(-2.5), math.Round(0.49999999999999994))
	fmt.Println(math.Trunc(-0.9), math.Ceil(-0.9), math.Floor(0.9))
	fmt.Println(math.Mod(-10, 3), math.Remainder(-10, 3), -10%3)
	fmt.Println(math.Mod(math.Inf(1), 2), math.Mod(2, math.Inf(1)))
	fmt.Println(math.Hypot(math.Inf(1), math.NaN()), math.Hypot(1e200, 1e200))
	fmt.Println(math.Exp(710), math.Exp(-750), math.Log(math.Inf(1)))
	fmt.Println(math.Pow(-1, math.Inf(1)), math.Pow(2, math.Inf(-1)), math.Pow(0, -1))
	fmt.Println(math.Atan2(0, -1), math.Atan2(math.Copysign(0, -1), -1))
}

// Output:
// 9.223372036854776e+18 5
// -4 -3 -4
// true 4611686018427387904
// true -3
// 2.68 -3 0
// -0 -0 0
// -1 -1 -1
// NaN 2
// +Inf 1.414213562373095e+200
// +Inf 0 +Inf
// 1 0 +Inf
// 3.141592653589793 -3.141592653589793
