package stdlib

import "unicode/utf8"

func init() {
	register(map[string]Native{
		"unicode/utf8.AppendRune":             f2(utf8.AppendRune),
		"unicode/utf8.DecodeLastRune":         f1r2(utf8.DecodeLastRune),
		"unicode/utf8.DecodeLastRuneInString": f1r2(utf8.DecodeLastRuneInString),
		"unicode/utf8.DecodeRune":             f1r2(utf8.DecodeRune),
		"unicode/utf8.DecodeRuneInString":     f1r2(utf8.DecodeRuneInString),
		"unicode/utf8.FullRune":               f1(utf8.FullRune),
		"unicode/utf8.FullRuneInString":       f1(utf8.FullRuneInString),
		"unicode/utf8.RuneCount":              f1(utf8.RuneCount),
		"unicode/utf8.RuneCountInString":      f1(utf8.RuneCountInString),
		"unicode/utf8.RuneLen":                f1(utf8.RuneLen),
		"unicode/utf8.RuneStart":              f1(utf8.RuneStart),
		"unicode/utf8.Valid":                  f1(utf8.Valid),
		"unicode/utf8.ValidRune":              f1(utf8.ValidRune),
		"unicode/utf8.ValidString":            f1(utf8.ValidString),
	})
}
