package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "日本語日本"
	fmt.Println(strings.Index(s, "本"), strings.LastIndex(s, "本"), strings.IndexRune(s, '語'))
	fmt.Println(strings.IndexByte(s, 0xe6), strings.IndexRune(s, 'x'), strings.IndexRune("a\xffb", 0xFFFD))
	fmt.Println(strings.IndexAny("abc", ""), strings.IndexAny("", "a"), strings.LastIndexAny("日本語", "本"))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("日本語", ""), strings.Replace("aaaa", "aa", "b", -1))
	fmt.Println(strings.Contains("", ""), strings.HasPrefix("", ""), strings.HasSuffix("a", "ab"))
	fmt.Println(strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212a"))
	long := strings.Repeat("ab", 50) + "abc"
	fmt.Println(strings.Index(long, "abc"), strings.LastIndex(long, "ba"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"))
	fmt.Println(strings.ContainsRune("abc", -1), strings.IndexRune("abc", 0x10FFFF+1))
	fmt.Printf("%q\n", strings.SplitN("a b c", " ", 1))
	fmt.Printf("%q\n", strings.Split("日本語", ""))
	fmt.Printf("%q\n", strings.Fields(" \u00a0x\u2003y\n"))
}

// Output:
// 3 12 6
// 0 -1 1
// -1 -1 3
// 2 4 bb
// true true false
// true true
// 100 99
// 4 -1
// false -1
// ["a b c"]
// ["日" "本" "語"]
// ["x" "y"]
