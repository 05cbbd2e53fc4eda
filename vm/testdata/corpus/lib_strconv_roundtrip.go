package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []float64{0.1, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, math.MaxFloat64, 123456789.125, -0.0, 100}
	for _, f := range floats {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f, err)
	}
	for _, f := range []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38} {
		s := strconv.FormatFloat(float64(f), 'g', -1, 32)
		back, _ := strconv.ParseFloat(s, 32)
		fmt.Println(s, float32(back) == f)
	}
	for _, n := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			if back != n || err != nil {
				fmt.Println("mismatch", n, base)
			}
		}
		fmt.Println(n, strconv.FormatInt(n, 36))
	}
	fmt.Println(strconv.FormatFloat(0.000001234, 'f', -1, 64), strconv.FormatFloat(1234567.0, 'e', -1, 64))
	fmt.Println(strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(1.015, 'f', 2, 64), strconv.FormatFloat(0.125, 'f', 2, 64))
}

// Output:
// 0.1 true <nil>
// 0.3333333333333333 true <nil>
// 0.6666666666666666 true <nil>
// 1e+23 true <nil>
// 5e-324 true <nil>
// 1.7976931348623157e+308 true <nil>
// 1.23456789125e+08 true <nil>
// 0 true <nil>
// 100 true <nil>
// 0.1 true
// 0.33333334 true
// 1.6777216e+07 true
// 3.4028235e+38 true
// 0 0
// 1 1
// -1 -1
// 9223372036854775807 1y2p0ij32e8e7
// -9223372036854775808 -1y2p0ij32e8e8
// 0.000001234 1.234567e+06
// 1.00 1.01 0.12
