package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "0s", "1ns", "1.5µs", "1.5us", "2ms", "-3.25s", "+4m", "1h1m1s", ".5h",
		"1h-1m", "1d", "", "h", "9223372036854775807ns", "9223372036854775808ns", "2562047h", "2562048h",
		"1.0000000001s", "100000000000000000000ns", "3m0.5s", "1e3s",
	}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		if err != nil {
			fmt.Printf("%-26q ERR %v\n", in, err)
			continue
		}
		fmt.Printf("%-26q %v %d\n", in, d, int64(d))
	}
}

// Output:
// "0"                        0s 0
// "0s"                       0s 0
// "1ns"                      1ns 1
// "1.5µs"                    1.5µs 1500
// "1.5us"                    1.5µs 1500
// "2ms"                      2ms 2000000
// "-3.25s"                   -3.25s -3250000000
// "+4m"                      4m0s 240000000000
// "1h1m1s"                   1h1m1s 3661000000000
// ".5h"                      30m0s 1800000000000
// "1h-1m"                    ERR time: unknown unit "h-" in duration "1h-1m"
// "1d"                       ERR time: unknown unit "d" in duration "1d"
// ""                         ERR time: invalid duration ""
// "h"                        ERR time: invalid duration "h"
// "9223372036854775807ns"    2562047h47m16.854775807s 9223372036854775807
// "9223372036854775808ns"    ERR time: invalid duration "9223372036854775808ns"
// "2562047h"                 2562047h0m0s 9223369200000000000
// "2562048h"                 ERR time: invalid duration "2562048h"
// "1.0000000001s"            1s 1000000000
// "100000000000000000000ns"  ERR time: invalid duration "100000000000000000000ns"
// "3m0.5s"                   3m0.5s 180500000000
// "1e3s"                     ERR time: unknown unit "e" in duration "1e3s"
