package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">T</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	r4 := strings.NewReplacer("hello", "hi", "world", "earth")
	fmt.Println(r4.Replace("hello world, hello!"))
	r5 := strings.NewReplacer("", "-")
	fmt.Println(r5.Replace("abc"))
	r6 := strings.NewReplacer("x", "")
	fmt.Println(r6.Replace("xaxbxcx"))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba"))
	var sb strings.Builder
	n, err := r.WriteString(&sb, "1 < 2")
	fmt.Println(n, err, sb.String())
}

// Output:
// &lt;a href="x&amp;y"&gt;T&lt;/a&gt;
// 1111
// 31
// hi earth, hi!
// -a-b-c-
// abc
// baab
// 8 <nil> 1 &lt; 2
