package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	seqs := [][]byte{
		{0x41},
		{0xC0, 0xAF},
		{0xE0, 0x80, 0xAF},
		{0xED, 0xA0, 0x80},
		{0xF4, 0x90, 0x80, 0x80},
		{0xF0, 0x9F, 0x98},
		{0x80},
		{0xC3, 0xA9},
		{0xEF, 0xBF, 0xBD},
		{0xF0, 0x9F, 0x98, 0x80},
	}
	for _, s := range seqs {
		r, size := utf8.DecodeRune(s)
		lr, lsize := utf8.DecodeLastRune(s)
		fmt.Printf("% x valid=%v first=%U/%d last=%U/%d count=%d\n", s, utf8.Valid(s), r, size, lr, lsize, utf8.RuneCount(s))
	}
	str := string([]byte{0xED, 0xA0, 0x80, 'x'})
	for i, r := range str {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println("|")
	fmt.Println([]rune(str), len([]rune(str)))
	fmt.Println(string(rune(0xD800)) == "\uFFFD")
}

// Output:
// 41 valid=true first=U+0041/1 last=U+0041/1 count=1
// c0 af valid=false first=U+FFFD/1 last=U+FFFD/1 count=2
// e0 80 af valid=false first=U+FFFD/1 last=U+FFFD/1 count=3
// ed a0 80 valid=false first=U+FFFD/1 last=U+FFFD/1 count=3
// f4 90 80 80 valid=false first=U+FFFD/1 last=U+FFFD/1 count=4
// f0 9f 98 valid=false first=U+FFFD/1 last=U+FFFD/1 count=3
// 80 valid=false first=U+FFFD/1 last=U+FFFD/1 count=1
// c3 a9 valid=true first=U+00E9/2 last=U+00E9/2 count=1
// ef bf bd valid=true first=U+FFFD/3 last=U+FFFD/3 count=1
// f0 9f 98 80 valid=true first=U+1F600/4 last=U+1F600/4 count=1
// 0:65533 1:65533 2:65533 3:120 |
// [65533 65533 65533 120] 4
// true
