package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f|\n", f, f, f, f, f, f)
	fmt.Printf("%e|%E|%.3e|%g|%G|\n", f, f, f, f, f)
	big := 123456789.0
	fmt.Printf("%g|%e|%.3g|%v|\n", big, big, big, big)
	small := 0.000012345
	fmt.Printf("%g|%v|%.2g|%f|\n", small, small, small, small)
	fmt.Printf("%v|%v|%v|%v|\n", 1e21, 1e20, 1e-4, 1e-5)
	fmt.Printf("%.0f|%.0f|%.0f|%.0f|\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%f|%f|%f|\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-7v|%+v|\n", math.Inf(1), math.NaN(), math.Inf(1))
	fmt.Printf("%v %v\n", float32(0.1), float64(float32(0.1)))
	fmt.Printf("%g %g\n", float32(1e10), 1e100)
	fmt.Printf("%#g|%#.3g|%#f|\n", 1.0, 2.0, 3.0)
	fmt.Printf("%x|%X|%b|\n", 1.0, 0.5, 2.0)
	fmt.Printf("% f|% .2e|\n", 1.5, -1.5)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%.3v|%10.4v|\n", math.Pi, math.E)
}

// Output:
// 3.141593|3.14|   3.142|3.1     |00003.14|+3.1|
// 3.141593e+00|3.141593E+00|3.142e+00|3.14159265|3.14159265|
// 1.23456789e+08|1.234568e+08|1.23e+08|1.23456789e+08|
// 1.2345e-05|1.2345e-05|1.2e-05|0.000012|
// 1e+21|1e+20|0.0001|1e-05|
// 0|2|2|-0|
// +Inf|-Inf|NaN|
//  +Inf|NaN    |+Inf|
// 0.1 0.10000000149011612
// 1e+10 1e+100
// 1.00000|2.00|3.000000|
// 0x1p+00|0X1P-01|4503599627370496p-51|
//  1.500000|-1.50e+00|
//  45.68%
// 3.14|     2.718|
