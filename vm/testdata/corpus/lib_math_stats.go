package main

import (
	"fmt"
	"math"
	"slices"
)

func stats(xs []float64) (mean, stddev, median float64) {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	mean = sum / float64(len(xs))
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	stddev = math.Sqrt(ss / float64(len(xs)-1))
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		median = s[len(s)/2]
	} else {
		median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return
}

func main() {
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	m, sd, med := stats(data)
	fmt.Printf("%.4f %.4f %.4f\n", m, sd, med)
	fmt.Println(stats([]float64{1.5, -2.25, 10, 0.125, 3}))
	x := []float64{1, 2, 3, 4, 5}
	y := []float64{2.1, 3.9, 6.2, 7.8, 10.1}
	n := float64(len(x))
	var sx, sy, sxy, sxx float64
	for i := range x {
		sx += x[i]
		sy += y[i]
		sxy += x[i] * y[i]
		sxx += x[i] * x[i]
	}
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icpt := (sy - slope*sx) / n
	fmt.Printf("y = %.4fx + %.4f\n", slope, icpt)
	fmt.Println(math.Round(slope*1000)/1000, math.Floor(icpt*100)/100)
	geo := 1.0
	for _, v := range data {
		geo *= v
	}
	fmt.Printf("%.6f\n", math.Pow(geo, 1/float64(len(data))))
}

// Output:
// 5.0000 2.1381 4.5000
// 2.475 4.628714724413247 1.5
// y = 1.9900x + 0.0500
// 1.99 0.05
// 4.603216
