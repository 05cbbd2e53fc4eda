package main

import (
	"fmt"
	"math"
)

func main() {
	nz := math.Copysign(0, -1)
	pz := 0.0
	fmt.Println(nz == pz, 1/nz, 1/pz, -pz, 1/(-pz))
	fmt.Println(nz+pz, nz+nz, nz*pz, pz*-1, nz-nz)
	fmt.Println(math.Signbit(nz+pz), math.Signbit(nz+nz), math.Signbit(-pz))
	fmt.Println(math.Sqrt(nz), math.Trunc(-0.5), math.Signbit(math.Trunc(-0.5)))
	nan := math.NaN()
	fmt.Println(nan+1, nan*0, -nan, math.Abs(nan), math.Max(nan, 1), math.Min(1, nan))
	fmt.Println(nan < nan, nan >= nan, !(nan == nan))
	xs := []float64{nan, 1, nan}
	count := 0
	for _, x := range xs {
		if x != x {
			count++
		}
	}
	fmt.Println(count)
	inf := math.Inf(1)
	fmt.Println(inf/inf, inf-inf, inf*nz, 0*inf, inf+(-inf))
	fmt.Println(int64(math.Float64bits(nz)>>63), math.Float64bits(pz))
	var f32nz float32 = float32(nz)
	fmt.Println(f32nz, 1/f32nz, math.Signbit(float64(f32nz)))
	fmt.Printf("%v %+v %.2f %e %g\n", nz, nz, nz, nz, nz)
	fmt.Println(fmt.Sprint(nz) == "-0")
	z := 0.0
	fmt.Println(-z, 0-z, z*-1)
}

// Output:
// true -Inf +Inf -0 -Inf
// 0 -0 -0 -0 0
// false true true
// -0 -0 true
// NaN NaN NaN NaN NaN NaN
// false false true
// 2
// NaN NaN NaN NaN NaN
// 1 0
// -0 -Inf true
// -0 -0 -0.00 -0.000000e+00 -0
// true
// -0 0 -0
