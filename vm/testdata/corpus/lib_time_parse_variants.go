package main

import (
	"fmt"
	"time"
)

func main() {
	cases := []struct{ layout, value string }{
		{time.RFC3339, "2024-05-06T07:08:09Z"},
		{time.RFC3339, "2024-05-06T07:08:09.123+02:00"},
		{time.DateTime, "2024-02-29 23:59:59"},
		{time.DateOnly, "2023-02-29"},
		{"Jan 2 2006", "Mar 15 2022"},
		{"02/01/2006", "31/12/1999"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02", "2024-13-01"},
		{"2006-01-02", "24-01-01"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{"15:04", "25:00"},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Println(t.UTC().Format(time.RFC3339Nano), t.Weekday())
	}
	var t time.Time
	err := t.UnmarshalText([]byte("2021-06-01T12:00:00Z"))
	fmt.Println(t, err)
	err = t.UnmarshalJSON([]byte(`"bad"`))
	fmt.Println(err)
}

// Output:
// 2024-05-06T07:08:09Z Monday
// 2024-05-06T05:08:09.123Z Monday
// 2024-02-29T23:59:59Z Thursday
// ERR parsing time "2023-02-29": day out of range
// 2022-03-15T00:00:00Z Tuesday
// 1999-12-31T00:00:00Z Friday
// 0000-01-01T15:04:00Z Saturday
// ERR parsing time "2024-13-01": month out of range
// ERR parsing time "24-01-01" as "2006-01-02": cannot parse "24-01-01" as "2006"
// 2006-01-02T15:04:05Z Monday
// ERR parsing time "25:00": hour out of range
// 2021-06-01 12:00:00 +0000 UTC <nil>
// parsing time "bad" as "2006-01-02T15:04:05Z07:00": cannot parse "bad" as "2006"
