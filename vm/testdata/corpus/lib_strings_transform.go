package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀBC DEF"))
	fmt.Println(strings.ToTitle("loud"), strings.ToUpper("ß"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Replace("abc", "", "-", 2))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "education"))
	fmt.Println(strings.Map(unicode.ToUpper, "mixed Case"))
	s := "Hello"
	var rev []rune
	for _, r := range s {
		rev = append([]rune{r}, rev...)
	}
	fmt.Println(string(rev))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
}

// Output:
// HÉLLO WÖRLD àbc def
// LOUD ß
// ababab true
// oinky oinky oink
// moo moo moo
// bonono
// -a-b-c-
// -a-bc
// Uryyb, Jbeyq!
// dctn
// MIXED CASE
// olleH
// a?b?c
