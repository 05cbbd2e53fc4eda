//go:build ignore

// Package strconv implements conversions to and from string representations
// of basic data types, as Go's strconv does.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError rebuilds the error a host conversion reported ("" for none).
func numError(fn, num, msg string) error {
	if msg == "" {
		return nil
	}
	var err error
	switch msg {
	case "invalid syntax":
		err = ErrSyntax
	case "value out of range":
		err = ErrRange
	default:
		err = errors.New(msg)
	}
	return &NumError{fn, num, err}
}

func parseBool(str string) (bool, string, string, string)
func parseInt(s string, base int, bitSize int) (int64, string, string, string)
func parseUint(s string, base int, bitSize int) (uint64, string, string, string)
func parseFloat(s string, bitSize int) (float64, string, string, string)
func parseComplex(s string, bitSize int) (complex128, string, string, string)
func atoi(s string) (int, string, string, string)

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	v, fn, num, msg := parseBool(str)
	return v, numError(fn, num, msg)
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit
// size (0 to 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, fn, num, msg := parseInt(s, base, bitSize)
	return v, numError(fn, num, msg)
}

// ParseUint is like ParseInt but for unsigned numbers.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, fn, num, msg := parseUint(s, base, bitSize)
	return v, numError(fn, num, msg)
}

// ParseFloat converts the string s to a floating-point number.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, fn, num, msg := parseFloat(s, bitSize)
	return v, numError(fn, num, msg)
}

// ParseComplex converts the string s to a complex number.
func ParseComplex(s string, bitSize int) (complex128, error) {
	v, fn, num, msg := parseComplex(s, bitSize)
	return v, numError(fn, num, msg)
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	v, fn, num, msg := atoi(s)
	return v, numError(fn, num, msg)
}

func FormatBool(b bool) string
func formatInt(i int64, base int) string
func formatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string
func Itoa(i int) string

// FormatInt returns the string representation of i in the given base,
// for 2 <= base <= 36.
func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

// FormatUint returns the string representation of i in the given base,
// for 2 <= base <= 36.
func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}

// AppendBool appends "true" or "false", according to the value of b, to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

// AppendInt appends the string form of the integer i to dst.
func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

// AppendFloat appends the string form of the floating-point number f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func AppendQuote(dst []byte, s string) []byte          { return append(dst, Quote(s)...) }
func AppendQuoteToASCII(dst []byte, s string) []byte   { return append(dst, QuoteToASCII(s)...) }
func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }
func AppendQuoteRune(dst []byte, r rune) []byte        { return append(dst, QuoteRune(r)...) }
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

func unquote(s string) (string, bool)
func quotedPrefix(s string) (string, bool)
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go
// string literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
func QuotedPrefix(s string) (string, error) {
	v, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

// UnquoteChar decodes the first character or byte in the escaped string or
// character literal represented by the string s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}
