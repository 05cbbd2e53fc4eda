package main

import (
	"fmt"
	"time"
)

func main() {
	for y := 2020; y <= 2026; y++ {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
		fridays13 := 0
		for d := t; d.Before(end); d = d.AddDate(0, 0, 1) {
			if d.Day() == 13 && d.Weekday() == time.Friday {
				fridays13++
			}
		}
		fmt.Println(y, t.Weekday(), int(end.Sub(t).Hours()/24), fridays13)
	}
	birth := time.Date(1990, 7, 15, 0, 0, 0, 0, time.UTC)
	ref := time.Date(2024, 7, 14, 0, 0, 0, 0, time.UTC)
	age := ref.Year() - birth.Year()
	if ref.YearDay() < birth.YearDay() {
		age--
	}
	fmt.Println(age)
	deadline := time.Date(2024, 12, 24, 18, 0, 0, 0, time.UTC)
	now := time.Date(2024, 12, 20, 9, 30, 15, 0, time.UTC)
	left := deadline.Sub(now)
	fmt.Println(left, int(left.Hours())/24, "days", int(left.Hours())%24, "hours")
	fmt.Println(now.Add(-left).Format(time.RFC3339))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).Format(time.DateOnly))
	fmt.Println(time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0).Format(time.DateOnly))
}

// Output:
// 2020 Wednesday 366 2
// 2021 Friday 365 1
// 2022 Saturday 365 1
// 2023 Sunday 365 2
// 2024 Monday 366 2
// 2025 Wednesday 365 1
// 2026 Thursday 365 3
// 34
// 104h29m45s 4 days 8 hours
// 2024-12-16T01:00:30Z
// 2025-03-01
// 2024-03-02
