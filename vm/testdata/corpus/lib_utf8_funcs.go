package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c:%d;", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xe4, 0xb8}))
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, 0x110000} {
		fmt.Print(utf8.RuneLen(r), utf8.ValidRune(r), " ")
	}
	fmt.Println("|")
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	b := utf8.AppendRune([]byte("x"), '世')
	fmt.Println(b, string(b))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRuneInString("世"))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xe4))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	n = utf8.EncodeRune(buf, 0xD800)
	fmt.Println(buf[:n])
}

// Output:
// 10 4 4
// 0:a:1;1:é:2;3:世:3;6:😀:4;
// 😀 4
// 65533 0
// true 1
// true false false
// 1 true 2 true 3 true 4 true -1 false -1 false -1 false |
// [226 130 172] 3
// [120 228 184 150] x世
// false true
// false true true
// 4 128 1114111
// [239 191 189]
