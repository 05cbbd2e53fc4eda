package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.August, 5, 7, 8, 9, 50_000_000, time.UTC)
	for _, l := range []string{
		"Monday January 2 2006", "Mon Jan 02", "01/02/06", "2/1/2006",
		"15:04:05.000", "15:04:05.999", "3:04:05 PM", "03:04 pm",
		"2006-01-02T15:04:05.00Z07:00", "06 002 __2", "Z07:00 -0700 -07",
		"15h04m05s", "2006-01-02 15:04:05,000", "Jan 2, 2006 at 3:04pm (MST)",
	} {
		fmt.Printf("%-30s => %s\n", l, t.Format(l))
	}
	noon := time.Date(2023, 1, 1, 12, 0, 0, 0, time.UTC)
	midnight := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(noon.Format(time.Kitchen), midnight.Format(time.Kitchen))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Year())
	b, _ := t.MarshalText()
	fmt.Println(string(b))
	js, _ := t.MarshalJSON()
	fmt.Println(string(js))
}

// Output:
// Monday January 2 2006          => Saturday August 5 2023
// Mon Jan 02                     => Sat Aug 05
// 01/02/06                       => 08/05/23
// 2/1/2006                       => 5/8/2023
// 15:04:05.000                   => 07:08:09.050
// 15:04:05.999                   => 07:08:09.05
// 3:04:05 PM                     => 7:08:09 AM
// 03:04 pm                       => 07:08 am
// 2006-01-02T15:04:05.00Z07:00   => 2023-08-05T07:08:09.05Z
// 06 002 __2                     => 23 217 217
// Z07:00 -0700 -07               => Z +0000 +00
// 15h04m05s                      => 07h08m09s
// 2006-01-02 15:04:05,000        => 2023-08-05 07:08:09,050
// Jan 2, 2006 at 3:04pm (MST)    => Aug 5, 2023 at 7:08am (UTC)
// 12:00PM 12:00AM
// -0005-01-01 12345
// 2023-08-05T07:08:09.05Z
// "2023-08-05T07:08:09.05Z"
