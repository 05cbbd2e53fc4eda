package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz\n  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Printf("%q %q\n", strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("file.go", ".rs")
	fmt.Println(rest, ok)
	for part := range strings.SplitSeq("p;q;r", ";") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
	for f := range strings.FieldsSeq(" one  two ") {
		fmt.Print("<", f, ">")
	}
	fmt.Println()
	for l := range strings.Lines("l1\nl2\nl3") {
		fmt.Printf("%q", l)
	}
	fmt.Println()
}

// Output:
// ["a" "b" "c"]
// ["a" "b" "c" ""]
// [""]
// ["a" "b" "c"]
// ["a" "b,c,d"]
// []
// ["a" "b" "c" "d"]
// ["a," "b," "c"]
// ["a," "b,c"]
// ["foo" "bar" "baz"]
// []
// ["a" "b" "c"]
// x, y, z
// "" "solo"
// key value=x true
// "novalue" "" false
// body true
// file.go false
// [p][q][r]
// <one><two>
// "l1\n""l2\n""l3"
