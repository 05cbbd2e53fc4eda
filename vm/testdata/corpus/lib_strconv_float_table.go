package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 0.1, 123.456, 1e-7, 6.02214076e23, 1.0 / 7}
	fmts := []byte{'f', 'e', 'g', 'b', 'x'}
	for _, v := range vals {
		row := ""
		for _, f := range fmts {
			row += strconv.FormatFloat(v, f, -1, 64) + " "
		}
		fmt.Println(row + "|")
	}
	for _, prec := range []int{0, 1, 3, 6} {
		fmt.Println(prec, strconv.FormatFloat(2.0/3, 'f', prec, 64), strconv.FormatFloat(2.0/3, 'e', prec, 64), strconv.FormatFloat(2.0/3, 'g', prec, 64))
	}
	fmt.Println(strconv.FormatFloat(float64(float32(2.0/3)), 'g', -1, 32), strconv.FormatFloat(float64(float32(2.0/3)), 'g', -1, 64))
}

// Output:
// 0 0e+00 0 0p-1074 0x0p+00 |
// 1 1e+00 1 4503599627370496p-52 0x1p+00 |
// -1.5 -1.5e+00 -1.5 -6755399441055744p-52 -0x1.8p+00 |
// 0.1 1e-01 0.1 7205759403792794p-56 0x1.999999999999ap-04 |
// 123.456 1.23456e+02 123.456 8687443681197687p-46 0x1.edd2f1a9fbe77p+06 |
// 0.0000001 1e-07 1e-07 7555786372591432p-76 0x1.ad7f29abcaf48p-24 |
// 602214076000000000000000 6.02214076e+23 6.02214076e+23 8973689019680023p+26 0x1.fe185ca57c517p+78 |
// 0.14285714285714285 1.4285714285714285e-01 0.14285714285714285 5146971002709138p-55 0x1.2492492492492p-03 |
// 0 1 7e-01 0.7
// 1 0.7 6.7e-01 0.7
// 3 0.667 6.667e-01 0.667
// 6 0.666667 6.666667e-01 0.666667
// 0.6666667 0.6666666865348816
