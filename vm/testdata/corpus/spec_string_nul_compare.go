package main

import (
	"fmt"
	"sort"
)

func main() {
	a := "abc\x00"
	b := "abc"
	fmt.Println(len(a), a == b, a > b, a[:3] == b)
	words := []string{"b", "a\x00", "a", "", "\x00", "A", "á", "ab", "\xff"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	x := string([]byte{0xff, 0xfe})
	y := "\xff\xfe"
	fmt.Println(x == y, len(x))
	fmt.Println("Z" < "a", "a" < "ä", "é" > "z")
	fmt.Println("abc" < "abd", "ab" < "abc", "abc" < "ab")
	var empty string
	fmt.Println(empty < "\x00", empty == "")
	m := map[string]int{"a": 1, "a\x00": 2}
	fmt.Println(len(m), m["a"], m["a\x00"])
}

// Output:
// 4 false true true
// ["" "\x00" "A" "a" "a\x00" "ab" "b" "á" "\xff"]
// true 2
// true true true
// true true false
// true true
// 2 1 2
