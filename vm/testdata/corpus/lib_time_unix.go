package main

import (
	"fmt"
	"time"
)

func main() {
	epoch := time.Unix(0, 0).UTC()
	fmt.Println(epoch)
	t := time.Unix(1700000000, 500).UTC()
	fmt.Println(t, t.Unix(), t.Nanosecond())
	fmt.Println(time.Unix(-1, 0).UTC())
	fmt.Println(time.UnixMilli(1234567890123).UTC())
	fmt.Println(time.Unix(0, 1e9*86400*365).UTC().Format(time.DateOnly))
	d := time.Date(2038, 1, 19, 3, 14, 8, 0, time.UTC)
	fmt.Println(d.Unix(), d.Unix() > 1<<31-1)
	days := 0
	for m := time.January; m <= time.December; m++ {
		first := time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC)
		next := first.AddDate(0, 1, 0)
		days += int(next.Sub(first).Hours() / 24)
	}
	fmt.Println(days)
	start := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		fmt.Println(start.Add(time.Duration(i) * 36 * time.Hour).Format("Mon 02 Jan 15:04"))
	}
	fmt.Println(time.UnixMicro(1).UTC().Format(time.RFC3339Nano))
	fmt.Println(t.Location(), t.UTC().Equal(t))
}

// Output:
// 1970-01-01 00:00:00 +0000 UTC
// 2023-11-14 22:13:20.0000005 +0000 UTC 1700000000 500
// 1969-12-31 23:59:59 +0000 UTC
// 2009-02-13 23:31:30.123 +0000 UTC
// 1971-01-01
// 2147483648 true
// 366
// Fri 01 Mar 00:00
// Sat 02 Mar 12:00
// Mon 04 Mar 00:00
// 1970-01-01T00:00:00.000001Z
// UTC true
