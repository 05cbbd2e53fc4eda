package stdlib

import "unicode"

func init() {
	register(map[string]Native{
		"unicode.inTable": func(a []any) []any {
			t := unicodeTables[a[0].(string)]
			return []any{t != nil && unicode.Is(t, a[1].(int32))}
		},
		"unicode.IsControl":  f1(unicode.IsControl),
		"unicode.IsDigit":    f1(unicode.IsDigit),
		"unicode.IsGraphic":  f1(unicode.IsGraphic),
		"unicode.IsLetter":   f1(unicode.IsLetter),
		"unicode.IsLower":    f1(unicode.IsLower),
		"unicode.IsMark":     f1(unicode.IsMark),
		"unicode.IsNumber":   f1(unicode.IsNumber),
		"unicode.IsPrint":    f1(unicode.IsPrint),
		"unicode.IsPunct":    f1(unicode.IsPunct),
		"unicode.IsSpace":    f1(unicode.IsSpace),
		"unicode.IsSymbol":   f1(unicode.IsSymbol),
		"unicode.IsTitle":    f1(unicode.IsTitle),
		"unicode.IsUpper":    f1(unicode.IsUpper),
		"unicode.ToLower":    f1(unicode.ToLower),
		"unicode.ToTitle":    f1(unicode.ToTitle),
		"unicode.ToUpper":    f1(unicode.ToUpper),
		"unicode.SimpleFold": f1(unicode.SimpleFold),
		"unicode.to":         f2(unicode.To),
	})
}
