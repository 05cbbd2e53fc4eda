package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{2.5, -2.5, 3.5, 2.4999, -0.5, 0.5, 1.0, -1.7, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v))
	}
	fmt.Println(math.Floor(-0.0), math.Ceil(-0.2), math.Round(-0.4))
	i, f := math.Modf(3.75)
	fmt.Println(i, f)
	i, f = math.Modf(-3.75)
	fmt.Println(i, f)
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4))
}

// Output:
// 2.5 2 3 2 3 2
// -2.5 -3 -2 -2 -3 -2
// 3.5 3 4 3 4 4
// 2.4999 2 3 2 2 2
// -0.5 -1 -0 -0 -1 -0
// 0.5 0 1 0 1 0
// 1 1 1 1 1 1
// -1.7 -2 -1 -1 -2 -2
// +Inf +Inf +Inf +Inf +Inf +Inf
// NaN NaN NaN NaN NaN NaN
// 0 -0 -0
// 3 0.75
// -3 -0.75
// 0.5 4 8
