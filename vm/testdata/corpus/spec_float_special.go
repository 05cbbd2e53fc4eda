package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf+1, inf-inf, inf*0, -inf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf > math.MaxFloat64, ninf < -math.MaxFloat64)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, 1/negz, math.Signbit(negz))
	fmt.Printf("%v %.1f %g\n", negz, negz, negz)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(ninf, 0))
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan))
	xs := []float64{3, nan, 1}
	fmt.Println(min(xs[0], xs[2]), min(xs[0], xs[1]), max(inf, nan))
	fmt.Println(max(negz, 0), min(negz, 0))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m))
}

// Output:
// +Inf -Inf NaN
// +Inf NaN NaN -Inf
// false true false false
// true true
// +Inf -Inf NaN
// -0 true -Inf true
// -0 -0.0 -0
// true true true
// +Inf NaN
// 1 NaN NaN
// 0 -0
// 2
