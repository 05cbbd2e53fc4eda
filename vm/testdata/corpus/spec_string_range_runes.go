package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	bad := "a\xffb\xc3\x28c\xe4\xb8"
	for i, r := range bad {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
}

// Output:
// 0 97 a 1
// 1 233 é 2
// 3 19990 世 3
// 6 128512 😀 4
// 0 U+0061 'a'
// 1 U+FFFD '�'
// 2 U+0062 'b'
// 3 U+FFFD '�'
// 4 U+0028 '('
// 5 U+0063 'c'
// 6 U+FFFD '�'
// 7 U+FFFD '�'
// 3
// 012
// z
