package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

func normalizeSpaces(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteRune(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

func main() {
	for _, s := range []string{"hello", "héllo wörld", "日本語テキスト", "ab"} {
		fmt.Println(truncate(s, 4), utf8.RuneCountInString(truncate(s, 4)))
	}
	fmt.Printf("%q\n", normalizeSpaces("\t a \u00a0 b\n\nc\u3000d  "))
	var b []byte
	for _, r := range []rune{'G', 'ö', '語', '🎉', utf8.MaxRune + 1} {
		b = utf8.AppendRune(b, r)
	}
	fmt.Println(len(b), utf8.RuneCount(b), utf8.Valid(b), string(b))
}

// Output:
// hell… 5
// héll… 5
// 日本語テ… 5
// ab 2
// "a b c d"
// 13 5 true Gö語🎉�
