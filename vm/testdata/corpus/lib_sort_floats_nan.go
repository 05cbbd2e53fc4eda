package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

func main() {
	xs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2.5, math.NaN()}
	a := slices.Clone(xs)
	sort.Float64s(a)
	fmt.Println(a)
	b := slices.Clone(xs)
	slices.Sort(b)
	fmt.Println(b)
	fmt.Println(sort.Float64sAreSorted(a), slices.IsSorted(b))
	fmt.Println(slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{1, 3, math.NaN()}))
	fmt.Println(sort.SearchFloat64s(a, 2.5), slices.Index(xs, math.NaN()))
	neg := []float64{1, math.Copysign(0, -1), -0.5, 0.5}
	sort.Float64s(neg)
	fmt.Println(neg)
}

// Output:
// [NaN NaN -Inf -1 0 2.5 3 +Inf]
// [NaN NaN -Inf -1 0 2.5 3 +Inf]
// true true
// NaN NaN
// 5 -1
// [-0.5 -0 0.5 1]
