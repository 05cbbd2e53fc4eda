package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC822, time.ANSIC, time.Kitchen,
		time.DateTime, time.DateOnly, time.TimeOnly, time.Stamp, time.StampMilli,
		"2006-01-02 15:04:05.000", "Jan _2 06 3:04PM", "Monday, 02-Jan-06", "20060102T150405Z0700",
		"2006/1/2 3:4:5 pm", ".999999 .000000 .9", "Mon Jan 2 MST -07:00", "__2 002",
	}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	fmt.Println(t.String())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano(), t.Nanosecond())
	p2 := time.Date(2020, 1, 1, 10, 0, 0, 0, time.UTC)
	fmt.Println(p2.Weekday(), p2.Hour(), p2.Format(time.RFC850))
	fmt.Println(string(t.AppendFormat([]byte("at "), time.Kitchen)))
}

// Output:
// "2006-01-02T15:04:05Z07:00"          2009-11-10T23:04:05Z
// "2006-01-02T15:04:05.999999999Z07:00" 2009-11-10T23:04:05.123456789Z
// "Mon, 02 Jan 2006 15:04:05 MST"      Tue, 10 Nov 2009 23:04:05 UTC
// "02 Jan 06 15:04 MST"                10 Nov 09 23:04 UTC
// "Mon Jan _2 15:04:05 2006"           Tue Nov 10 23:04:05 2009
// "3:04PM"                             11:04PM
// "2006-01-02 15:04:05"                2009-11-10 23:04:05
// "2006-01-02"                         2009-11-10
// "15:04:05"                           23:04:05
// "Jan _2 15:04:05"                    Nov 10 23:04:05
// "Jan _2 15:04:05.000"                Nov 10 23:04:05.123
// "2006-01-02 15:04:05.000"            2009-11-10 23:04:05.123
// "Jan _2 06 3:04PM"                   Nov 10 09 11:04PM
// "Monday, 02-Jan-06"                  Tuesday, 10-Nov-09
// "20060102T150405Z0700"               20091110T230405Z
// "2006/1/2 3:4:5 pm"                  2009/11/10 11:4:5 pm
// ".999999 .000000 .9"                 .123456 .123456 .1
// "Mon Jan 2 MST -07:00"               Tue Nov 10 UTC +00:00
// "__2 002"                            314 314
// 2009-11-10 23:04:05.123456789 +0000 UTC
// 1257894245 1257894245123 1257894245123456789 123456789
// Wednesday 10 Wednesday, 01-Jan-20 10:00:00 UTC
// at 11:04PM
