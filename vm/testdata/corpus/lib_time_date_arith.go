package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	fmt.Println(t)
	t2 := t.Add(time.Hour)
	fmt.Println(t2, t2.Day(), t2.Month(), t2.YearDay())
	t3 := t.AddDate(0, 0, 2)
	fmt.Println(t3.Format("2006-01-02"), t3.Weekday())
	fmt.Println(t3.Sub(t), t.Sub(t3), t3.After(t), t3.Before(t), t.Equal(t))
	norm := time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC)
	fmt.Println(norm)
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	y, w := time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC).ISOWeek()
	fmt.Println(y, w)
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 6, 15, 12, 0, 0, 0, time.UTC)
	diff := b.Sub(a)
	fmt.Println(diff, diff.Hours()/24)
	fmt.Println(b.Truncate(24*time.Hour), b.Round(time.Hour))
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Year())
	yy, mm, dd := b.Date()
	h, mi, s := b.Clock()
	fmt.Println(yy, mm, dd, h, mi, s, int(mm))
	fmt.Println(time.March.String(), time.Saturday, time.Month(13))
}

// Output:
// 2024-02-28 23:30:00 +0000 UTC
// 2024-02-29 00:30:00 +0000 UTC 29 February 60
// 2024-03-01 Friday
// 48h0m0s -48h0m0s true false true
// 2024-03-07 02:01:00 +0000 UTC
// 2024-03-02
// 365 366
// 2020 53
// 214380h0m0s 8932.5
// 2024-06-15 00:00:00 +0000 UTC 2024-06-15 12:00:00 +0000 UTC
// -1 1 0
// true 0001-01-01 00:00:00 +0000 UTC 1
// 2024 June 15 12 0 0 6
// March Saturday %!Month(13)
