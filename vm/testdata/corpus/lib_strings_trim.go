package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("  \t hello world \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("abcHELLOcba", "abc"))
	fmt.Printf("%q\n", strings.TrimLeft("aaabaaa", "a"))
	fmt.Printf("%q\n", strings.TrimRight("aaabaaa", "a"))
	fmt.Printf("%q\n", strings.TrimPrefix("aaabaaa", "a"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Printf("%q\n", strings.TrimSuffix("file", ".gz"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  x  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRightFunc("x!!?", unicode.IsPunct))
	fmt.Printf("%q\n", strings.Trim("", "abc"))
	fmt.Printf("%q\n", strings.Trim("abc", ""))
	fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2003nbsp\u3000"))
	fmt.Printf("%q\n", strings.Trim("¡¡Hola!!", "!¡"))
}

// Output:
// "hello world"
// "hi"
// "HELLO"
// "baaa"
// "aaab"
// "aabaaa"
// "file.tar"
// "file"
// "abc"
// "x  "
// "x"
// ""
// "abc"
// "nbsp"
// "Hola"
