package main

import (
	"fmt"
	"strings"
	"time"
)

func calendar(year int, month time.Month) string {
	var sb strings.Builder
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	fmt.Fprintf(&sb, "%s %d\n", month, year)
	sb.WriteString("Mo Tu We Th Fr Sa Su\n")
	offset := (int(first.Weekday()) + 6) % 7
	sb.WriteString(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		fmt.Fprintf(&sb, "%2d", d)
		if (offset+d)%7 == 0 || d == days {
			sb.WriteString("\n")
		} else {
			sb.WriteString(" ")
		}
	}
	return sb.String()
}

func main() {
	fmt.Print(calendar(2024, time.February))
	fmt.Print(calendar(2023, time.October))
	t := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var names []string
	for m := 0; m < 12; m++ {
		names = append(names, t.AddDate(0, m, 0).Format("Jan"))
	}
	fmt.Println(strings.Join(names, " "))
}

// Output:
// February 2024
// Mo Tu We Th Fr Sa Su
//           1  2  3  4
//  5  6  7  8  9 10 11
// 12 13 14 15 16 17 18
// 19 20 21 22 23 24 25
// 26 27 28 29
// October 2023
// Mo Tu We Th Fr Sa Su
//                    1
//  2  3  4  5  6  7  8
//  9 10 11 12 13 14 15
// 16 17 18 19 20 21 22
// 23 24 25 26 27 28 29
// 30 31
// Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
