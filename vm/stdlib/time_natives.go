package stdlib

import (
	"errors"
	"time"
)

const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func hostLoc(name string, offset int, utc bool) *time.Location {
	if utc {
		return time.UTC
	}
	return time.FixedZone(name, offset)
}

// hostTime rebuilds a time from the VM's representation (seconds since
// year 1, nanoseconds, zone).
func hostTime(sec, nsec int64, loc *time.Location) time.Time {
	return time.Unix(sec-unixToInternal, nsec).In(loc)
}

func vmTime(t time.Time) (int64, int64) {
	return t.Unix() + unixToInternal, int64(t.Nanosecond())
}

func timeArgs(a []any) time.Time {
	return hostTime(a[0].(int64), a[1].(int64), hostLoc(a[2].(string), a[3].(int), a[4].(bool)))
}

func r2(s, ns int64) []any { return []any{s, ns} }

func init() {
	register(map[string]Native{
		"time.Duration.String":   f1(func(d int64) string { return time.Duration(d).String() }),
		"time.Duration.Truncate": f2(func(d, m int64) int64 { return int64(time.Duration(d).Truncate(time.Duration(m))) }),
		"time.Duration.Round":    f2(func(d, m int64) int64 { return int64(time.Duration(d).Round(time.Duration(m))) }),
		"time.Duration.Seconds":  f1(func(d int64) float64 { return time.Duration(d).Seconds() }),
		"time.Duration.Minutes":  f1(func(d int64) float64 { return time.Duration(d).Minutes() }),
		"time.Duration.Hours":    f1(func(d int64) float64 { return time.Duration(d).Hours() }),
		"time.parseDuration": f1r2(func(s string) (int64, string) {
			d, err := time.ParseDuration(s)
			return int64(d), errString(err)
		}),
		"time.Month.String":   f1(func(m int) string { return time.Month(m).String() }),
		"time.Weekday.String": f1(func(d int) string { return time.Weekday(d).String() }),
		"time.date": func(a []any) []any {
			loc := hostLoc(a[7].(string), a[8].(int), a[9].(bool))
			t := time.Date(a[0].(int), time.Month(a[1].(int)), a[2].(int), a[3].(int), a[4].(int), a[5].(int), a[6].(int), loc)
			return r2(vmTime(t))
		},
		"time.unix": f2r2(func(sec, nsec int64) (int64, int64) { return vmTime(time.Unix(sec, nsec)) }),
		"time.fields": func(a []any) []any {
			t := time.Unix(a[0].(int64)-unixToInternal+int64(a[1].(int)), 0).UTC()
			y, m, d := t.Date()
			h, mi, s := t.Clock()
			return []any{y, int(m), d, h, mi, s, t.YearDay(), int(t.Weekday())}
		},
		"time.isoWeek": f2r2(func(sec int64, offset int) (int, int) {
			return time.Unix(sec-unixToInternal+int64(offset), 0).UTC().ISOWeek()
		}),
		"time.add": f3r2(func(sec, nsec, d int64) (int64, int64) {
			return vmTime(hostTime(sec, nsec, time.UTC).Add(time.Duration(d)))
		}),
		"time.sub": f4(func(sec, nsec, usec, unsec int64) int64 {
			return int64(hostTime(sec, nsec, time.UTC).Sub(hostTime(usec, unsec, time.UTC)))
		}),
		"time.addDate": func(a []any) []any {
			return r2(vmTime(timeArgs(a).AddDate(a[5].(int), a[6].(int), a[7].(int))))
		},
		"time.truncate": f3r2(func(sec, nsec, d int64) (int64, int64) {
			return vmTime(hostTime(sec, nsec, time.UTC).Truncate(time.Duration(d)))
		}),
		"time.round": f3r2(func(sec, nsec, d int64) (int64, int64) {
			return vmTime(hostTime(sec, nsec, time.UTC).Round(time.Duration(d)))
		}),
		"time.format": func(a []any) []any { return []any{timeArgs(a).Format(a[5].(string))} },
		"time.goString": func(a []any) []any {
			s := timeArgs(a).GoString()
			return []any{s}
		},
		"time.marshal": func(a []any) []any {
			t := timeArgs(a)
			var b []byte
			var err error
			if a[5].(bool) {
				b, err = t.MarshalJSON()
			} else {
				b, err = t.MarshalText()
			}
			return []any{b, errString(err)}
		},
		"time.parse": func(a []any) []any {
			loc := hostLoc(a[2].(string), a[3].(int), a[4].(bool))
			t, err := time.ParseInLocation(a[0].(string), a[1].(string), loc)
			if err != nil {
				var pe *time.ParseError
				if !errors.As(err, &pe) {
					pe = &time.ParseError{Layout: a[0].(string), Value: a[1].(string), Message: ": " + err.Error()}
				}
				return []any{int64(0), int64(0), "", 0, false, pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message, false}
			}
			sec, nsec := vmTime(t)
			zname, zoff := t.Zone()
			return []any{sec, nsec, zname, zoff, t.Location() == time.UTC, "", "", "", "", "", true}
		},
	})
}
