package main

import (
	"fmt"
	"regexp"
)

func main() {
	tests := []struct{ pat, s string }{
		{`(?i)hello`, "HeLLo there"},
		{`^abc$`, "abc\n"},
		{`(?m)^b$`, "a\nb\nc"},
		{`a.c`, "a\nc"},
		{`(?s)a.c`, "a\nc"},
		{`colou?r`, "color colour"},
		{`[[:alpha:]]+`, "123abc456"},
		{`\bgo\b`, "golang go gopher"},
		{`[^aeiou\s]+`, "queue rhythm"},
		{`\p{Greek}+`, "abc αβγ def"},
		{`a{2,3}`, "aaaa"},
		{`a{2,3}?`, "aaaa"},
		{`(a|ab)(c|bcd)`, "abcd"},
		{`x*?y`, "xxy"},
		{`\$\d+\.\d{2}`, "cost: $12.50!"},
		{`[\d-]+`, "tel 555-12-34"},
		{`(\d)(\d)?`, "7"},
	}
	for _, t := range tests {
		re := regexp.MustCompile(t.pat)
		fmt.Printf("%-18s %q %q\n", t.pat, re.FindString(t.s), re.FindAllStringSubmatch(t.s, -1))
	}
	lre := regexp.MustCompile(`a|ab`)
	fmt.Println(lre.FindString("ab"))
	lre.Longest()
	fmt.Println(lre.FindString("ab"))
	fmt.Println(regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`).MatchString("adam[23]"))
	fmt.Println(regexp.MustCompile(`(?U)a+`).FindString("aaa"))
}

// Output:
// (?i)hello          "HeLLo" [["HeLLo"]]
// ^abc$              "" []
// (?m)^b$            "b" [["b"]]
// a.c                "" []
// (?s)a.c            "a\nc" [["a\nc"]]
// colou?r            "color" [["color"] ["colour"]]
// [[:alpha:]]+       "abc" [["abc"]]
// \bgo\b             "go" [["go"]]
// [^aeiou\s]+        "q" [["q"] ["rhythm"]]
// \p{Greek}+         "αβγ" [["αβγ"]]
// a{2,3}             "aaa" [["aaa"]]
// a{2,3}?            "aa" [["aa"] ["aa"]]
// (a|ab)(c|bcd)      "abcd" [["abcd" "a" "bcd"]]
// x*?y               "xxy" [["xxy"]]
// \$\d+\.\d{2}       "$12.50" [["$12.50"]]
// [\d-]+             "555-12-34" [["555-12-34"]]
// (\d)(\d)?          "7" [["7" "7" ""]]
// a
// ab
// true
// a
