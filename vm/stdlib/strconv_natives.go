package stdlib

import (
	"errors"
	"strconv"
)

// numErr splits a strconv error into what the VM source rebuilds it from.
func numErr(err error) (fn, num, msg string) {
	if err == nil {
		return "", "", ""
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		return ne.Func, ne.Num, ne.Err.Error()
	}
	return "", "", err.Error()
}

func parseNative[T any](f func(a []any) (T, error)) Native {
	return func(a []any) []any {
		v, err := f(a)
		fn, num, msg := numErr(err)
		return []any{v, fn, num, msg}
	}
}

func init() {
	register(map[string]Native{
		"strconv.parseBool": parseNative(func(a []any) (bool, error) { return strconv.ParseBool(a[0].(string)) }),
		"strconv.parseInt": parseNative(func(a []any) (int64, error) {
			return strconv.ParseInt(a[0].(string), a[1].(int), a[2].(int))
		}),
		"strconv.parseUint": parseNative(func(a []any) (uint64, error) {
			return strconv.ParseUint(a[0].(string), a[1].(int), a[2].(int))
		}),
		"strconv.parseFloat": parseNative(func(a []any) (float64, error) {
			return strconv.ParseFloat(a[0].(string), a[1].(int))
		}),
		"strconv.parseComplex": parseNative(func(a []any) (complex128, error) {
			return strconv.ParseComplex(a[0].(string), a[1].(int))
		}),
		"strconv.atoi":               parseNative(func(a []any) (int, error) { return strconv.Atoi(a[0].(string)) }),
		"strconv.FormatBool":         f1(strconv.FormatBool),
		"strconv.formatInt":          f2(strconv.FormatInt),
		"strconv.formatUint":         f2(strconv.FormatUint),
		"strconv.FormatFloat":        f4(strconv.FormatFloat),
		"strconv.FormatComplex":      f4(strconv.FormatComplex),
		"strconv.Itoa":               f1(strconv.Itoa),
		"strconv.Quote":              f1(strconv.Quote),
		"strconv.QuoteToASCII":       f1(strconv.QuoteToASCII),
		"strconv.QuoteToGraphic":     f1(strconv.QuoteToGraphic),
		"strconv.QuoteRune":          f1(strconv.QuoteRune),
		"strconv.QuoteRuneToASCII":   f1(strconv.QuoteRuneToASCII),
		"strconv.QuoteRuneToGraphic": f1(strconv.QuoteRuneToGraphic),
		"strconv.CanBackquote":       f1(strconv.CanBackquote),
		"strconv.IsPrint":            f1(strconv.IsPrint),
		"strconv.IsGraphic":          f1(strconv.IsGraphic),
		"strconv.unquote": f1r2(func(s string) (string, bool) {
			v, err := strconv.Unquote(s)
			return v, err == nil
		}),
		"strconv.quotedPrefix": f1r2(func(s string) (string, bool) {
			v, err := strconv.QuotedPrefix(s)
			return v, err == nil
		}),
		"strconv.unquoteChar": func(a []any) []any {
			v, mb, tail, err := strconv.UnquoteChar(a[0].(string), a[1].(uint8))
			return []any{v, mb, tail, err == nil}
		},
	})
}
