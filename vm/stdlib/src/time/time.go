//go:build ignore

// Package time provides functionality for measuring and displaying time,
// as Go's time does, without a clock: times are built with Date, Unix and
// Parse, in UTC or fixed zones only.
package time

import "errors"

const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (d Duration) String() string
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

func parseDuration(s string) (Duration, string)

// ParseDuration parses a duration string.
func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return d, nil
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

// A Location maps time instants to the zone in use at that time. Only UTC
// and fixed zones exist in the VM.
type Location struct {
	name   string
	offset int
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &Location{name: "UTC"}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

func (l *Location) get() (name string, offset int, utc bool) {
	if l == nil || l == UTC {
		return "UTC", 0, true
	}
	return l.name, l.offset, false
}

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int64 // [0, 999999999]
	loc  *Location
}

const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

func mkTime(sec, nsec int64, loc *Location) Time {
	if loc == UTC {
		loc = nil
	}
	return Time{sec, nsec, loc}
}

func date(year, month, day, hour, min, sec, nsec int, name string, offset int, utc bool) (int64, int64)

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in the appropriate zone for that time in the given location.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	name, offset, utc := loc.get()
	s, ns := date(year, int(month), day, hour, min, sec, nsec, name, offset, utc)
	return mkTime(s, ns, loc)
}

func unix(sec, nsec int64) (int64, int64)

// Unix returns the UTC Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	s, ns := unix(sec, nsec)
	return Time{s, ns, nil}
}

// UnixMilli returns the UTC Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the UTC Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func fields(sec int64, offset int) (year, month, day, hour, min, s, yday, wday int)

func (t Time) fields() (year, month, day, hour, min, sec, yday, wday int) {
	_, offset, _ := t.loc.get()
	return fields(t.sec, offset)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _ := t.fields()
	return y, Month(m), d
}

// Year returns the year in which t occurs.
func (t Time) Year() int { y, _, _, _, _, _, _, _ := t.fields(); return y }

// Month returns the month of the year specified by t.
func (t Time) Month() Month { _, m, _, _, _, _, _, _ := t.fields(); return Month(m) }

// Day returns the day of the month specified by t.
func (t Time) Day() int { _, _, d, _, _, _, _, _ := t.fields(); return d }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday { _, _, _, _, _, _, _, w := t.fields(); return Weekday(w) }

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int { _, _, _, _, _, _, yd, _ := t.fields(); return yd }

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, m, s, _, _ := t.fields()
	return h, m, s
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { _, _, _, h, _, _, _, _ := t.fields(); return h }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { _, _, _, _, m, _, _, _ := t.fields(); return m }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { _, _, _, _, _, s, _, _ := t.fields(); return s }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

func isoWeek(sec int64, offset int) (year, week int)

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	_, offset, _ := t.loc.get()
	return isoWeek(t.sec, offset)
}

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

// IsZero reports whether t represents the zero time instant,
// January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec }

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool { return t.sec == u.sec && t.nsec == u.nsec }

// Compare compares the time instant t with u: -1 if t is before u, 0 if
// they are the same, +1 if t is after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func add(sec, nsec int64, d Duration) (int64, int64)
func sub(sec, nsec, usec, unsec int64) Duration
func addDate(sec, nsec int64, name string, offset int, utc bool, years, months, days int) (int64, int64)
func truncate(sec, nsec int64, d Duration) (int64, int64)
func round(sec, nsec int64, d Duration) (int64, int64)

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	s, ns := add(t.sec, t.nsec, d)
	return Time{s, ns, t.loc}
}

// Sub returns the duration t-u, saturating at the Duration bounds.
func (t Time) Sub(u Time) Duration { return sub(t.sec, t.nsec, u.sec, u.nsec) }

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	name, offset, utc := t.loc.get()
	s, ns := addDate(t.sec, t.nsec, name, offset, utc, years, months, days)
	return Time{s, ns, t.loc}
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time).
func (t Time) Truncate(d Duration) Time {
	s, ns := truncate(t.sec, t.nsec, d)
	return Time{s, ns, t.loc}
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero time).
func (t Time) Round(d Duration) Time {
	s, ns := round(t.sec, t.nsec, d)
	return Time{s, ns, t.loc}
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return Time{t.sec, t.nsec, nil} }

// In returns a copy of t representing the same time instant, but with the
// copy's location information set to loc for display purposes.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return mkTime(t.sec, t.nsec, loc)
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the
// abbreviated name of the zone (such as "CET") and its offset in seconds
// east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _ = t.loc.get()
	return
}

func format(sec, nsec int64, name string, offset int, utc bool, layout string) string

// Format returns a textual representation of the time value formatted
// according to the layout defined by the argument.
func (t Time) Format(layout string) string {
	name, offset, utc := t.loc.get()
	return format(t.sec, t.nsec, name, offset, utc, layout)
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// String returns the time formatted using the format string
// "2006-01-02 15:04:05.999999999 -0700 MST".
func (t Time) String() string { return t.Format("2006-01-02 15:04:05.999999999 -0700 MST") }

// GoString implements fmt.GoStringer.
func (t Time) GoString() string {
	name, offset, utc := t.loc.get()
	return goString(t.sec, t.nsec, name, offset, utc)
}

func goString(sec, nsec int64, name string, offset int, utc bool) string

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

const (
	lowerhex  = "0123456789abcdef"
	runeSelf  = 0x80
	runeError = '\uFFFD'
)

func quote(s string) string {
	buf := make([]byte, 1, len(s)+2) // slice will be at least len(s) + quotes
	buf[0] = '"'
	for i, c := range s {
		if c >= runeSelf || c < ' ' {
			// This means you are asking us to parse a time.Duration or
			// time.Location with unprintable or non-ASCII characters in it.
			// We don't expect to hit this case very often. We could try to
			// reproduce strconv.Quote's behavior with full fidelity but
			// given how rarely we expect to hit these edge cases, speed and
			// conciseness are better.
			var width int
			if c == runeError {
				width = 1
				if i+2 < len(s) && s[i:i+3] == string(runeError) {
					width = 3
				}
			} else {
				width = len(string(c))
			}
			for j := 0; j < width; j++ {
				buf = append(buf, `\x`...)
				buf = append(buf, lowerhex[s[i+j]>>4])
				buf = append(buf, lowerhex[s[i+j]&0xF])
			}
		} else {
			if c == '"' || c == '\\' {
				buf = append(buf, '\\')
			}
			buf = append(buf, byte(c))
		}
	}
	buf = append(buf, '"')
	return string(buf)
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " +
			quote(e.Value) + " as " +
			quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " +
			quote(e.LayoutElem)
	}
	return "parsing time " +
		quote(e.Value) + e.Message
}

func parse(layout, value string, name string, offset int, utc bool) (sec, nsec int64, zname string, zoffset int, zutc bool, errLayout, errValue, errLayoutElem, errValueElem, errMessage string, ok bool)

func parseIn(layout, value string, loc *Location) (Time, error) {
	name, offset, utc := loc.get()
	sec, nsec, zname, zoffset, zutc, el, ev, ele, eve, em, ok := parse(layout, value, name, offset, utc)
	if !ok {
		return Time{}, &ParseError{el, ev, ele, eve, em}
	}
	var l *Location
	switch {
	case zutc:
		l = nil
	case !utc && zname == name && zoffset == offset:
		l = loc
	default:
		l = &Location{name: zname, offset: zoffset}
	}
	return Time{sec, nsec, l}, nil
}

// Parse parses a formatted string and returns the time value it represents.
func Parse(layout, value string) (Time, error) { return parseIn(layout, value, UTC) }

// ParseInLocation is like Parse but interprets a time without zone
// information in the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	if loc == nil {
		panic("time: missing Location in call to ParseInLocation")
	}
	return parseIn(layout, value, loc)
}

func marshal(sec, nsec int64, name string, offset int, utc bool, json bool) ([]byte, string)

// MarshalText implements the encoding.TextMarshaler interface. The time is
// formatted in RFC 3339 format with sub-second precision.
func (t Time) MarshalText() ([]byte, error) {
	name, offset, utc := t.loc.get()
	b, msg := marshal(t.sec, t.nsec, name, offset, utc, false)
	if msg != "" {
		return nil, errors.New(msg)
	}
	return b, nil
}

// MarshalJSON implements the json.Marshaler interface. The time is a
// quoted string in the RFC 3339 format with sub-second precision.
func (t Time) MarshalJSON() ([]byte, error) {
	name, offset, utc := t.loc.get()
	b, msg := marshal(t.sec, t.nsec, name, offset, utc, true)
	if msg != "" {
		return nil, errors.New(msg)
	}
	return b, nil
}
