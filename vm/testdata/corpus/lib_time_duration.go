package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(time.Duration(1500)*time.Millisecond, time.Duration(0), time.Duration(1))
	fmt.Println(1500*time.Microsecond, 2*time.Hour+3*time.Minute+4*time.Second+5*time.Millisecond)
	fmt.Println(-3*time.Second, time.Duration(-1))
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1<<63))
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), (89 * time.Minute).Round(time.Hour))
	fmt.Println((1234567 * time.Microsecond).Round(time.Millisecond), (1234567 * time.Microsecond).Truncate(time.Second))
	fmt.Println(int64(time.Second), time.Second.Milliseconds(), time.Minute.Microseconds(), time.Millisecond.Nanoseconds())
	fmt.Println((-5 * time.Second).Abs(), time.Duration(1<<63-1).Abs() > 0)
	for _, s := range []string{"1h30m", "2.5s", "300ms", "-1m", "1h2m3s4ms5us6ns", "1.5h", "bogus", "5", "0"} {
		dd, err := time.ParseDuration(s)
		fmt.Println(s, dd, err)
	}
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, 2*time.Millisecond, d)
	total := time.Duration(0)
	for _, ms := range []int{120, 450, 999} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println(total, total/3, total%time.Second)
}

// Output:
// 1h30m0s 1.5 90 5400
// 1.5s 0s 1ns
// 1.5ms 2h3m4.005s
// -3s -1ns
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 1h0m0s 2h0m0s 1h0m0s
// 1.235s 1s
// 1000000000 1000 60000000 1000000
// 5s true
// 1h30m 1h30m0s <nil>
// 2.5s 2.5s <nil>
// 300ms 300ms <nil>
// -1m -1m0s <nil>
// 1h2m3s4ms5us6ns 1h2m3.004005006s <nil>
// 1.5h 1h30m0s <nil>
// bogus 0s time: invalid duration "bogus"
// 5 0s time: missing unit in duration "5"
// 0 0s <nil>
// 1s 1000000000 2ms time.Duration
// 1.569s 523ms 569ms
