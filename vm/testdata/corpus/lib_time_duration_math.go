package main

import (
	"fmt"
	"time"
)

func main() {
	lap := []time.Duration{61 * time.Second, 59500 * time.Millisecond, 62*time.Second + 250*time.Millisecond}
	var sum time.Duration
	best := lap[0]
	for _, l := range lap {
		sum += l
		best = min(best, l)
	}
	fmt.Println(sum, sum/time.Duration(len(lap)), best)
	fmt.Println(sum.Seconds(), sum.Minutes(), float64(sum)/float64(time.Minute))
	pace := time.Duration(float64(sum) / 3.5)
	fmt.Println(pace, pace.Round(time.Second), pace.Truncate(time.Millisecond))
	fmt.Println(time.Duration(1.5*float64(time.Hour)), 90*time.Second/7)
	fmt.Println(time.Hour/time.Minute, time.Duration(2)*time.Hour%(45*time.Minute))
	var d time.Duration = 1<<63 - 1
	fmt.Println(d.Hours() > 2e6, (d+1) < 0)
	fmt.Println((1500 * time.Millisecond).String(), time.Duration(999).String(), (1001 * time.Microsecond).String())
	fmt.Println((-90 * time.Minute).Round(time.Hour), (-90 * time.Minute).Truncate(time.Hour))
	fmt.Printf("%.3f %v %s %d\n", (2500 * time.Millisecond).Seconds(), 3*time.Nanosecond, 4*time.Microsecond, 5*time.Millisecond)
}

// Output:
// 3m2.75s 1m0.916666666s 59.5s
// 182.75 3.0458333333333334 3.0458333333333334
// 52.214285714s 52s 52.214s
// 1h30m0s 12.857142857s
// 60ns 30m0s
// true true
// 1.5s 999ns 1.001ms
// -2h0m0s -1h0m0s
// 2.500 3ns 4µs 5000000
