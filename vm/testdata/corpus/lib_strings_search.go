package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "zzz"))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "gn"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexFunc("abc123", func(r rune) bool { return r >= 'a' && r <= 'z' }))
	fmt.Println(strings.HasPrefix(s, "the "), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, ""))
	fmt.Println(strings.Count(s, "o"), strings.Count(s, ""), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("ß", "SS"), strings.EqualFold("Straße", "STRASSE"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))
}

// Output:
// true false true
// true false true
// 0 31 -1
// 4 4 3
// 4 5 4
// 7
// 2
// true true true
// 4 44 3 5
// true false false
// -1 1 0
// 0 0 3
