package main

import (
	"fmt"
	"unicode"
)

func main() {
	text := "Hello, Wörld! 123 — Ünïcödé ½ ٣ 日本語 😀\t\n"
	counts := map[string]int{}
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.Is(unicode.Han, r):
			counts["han"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsNumber(r):
			counts["number"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.IsSymbol(r):
			counts["symbol"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(unicode.In('ü', unicode.Latin), unicode.Is(unicode.Arabic, '٣'), unicode.Is(unicode.Hiragana, 'あ'))
	fmt.Println(unicode.IsMark('\u0301'), unicode.IsLetter('\u0301'), unicode.IsPrint('\u0301'))
	fmt.Println(unicode.IsSpace('\u0085'), unicode.IsSpace('\u200b'), unicode.IsSpace('\u3000'))
}

// Output:
// map[digit:4 han:3 lower:14 number:1 punct:3 space:10 symbol:1 upper:3]
// true true true
// true false true
// true false true
