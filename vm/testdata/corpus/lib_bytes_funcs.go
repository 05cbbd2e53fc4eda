package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	b := []byte("Hello, Gophers! Hello!")
	fmt.Println(bytes.Contains(b, []byte("Goph")), bytes.Index(b, []byte("Hello")), bytes.LastIndex(b, []byte("Hello")))
	fmt.Println(bytes.Count(b, []byte("l")), bytes.HasPrefix(b, []byte("Hell")), bytes.HasSuffix(b, []byte("!")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s\n", bytes.ToUpper(b))
	fmt.Printf("%s\n", bytes.ReplaceAll(b, []byte("Hello"), []byte("Bye")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y z ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("\t pad \n")))
	fmt.Printf("%q\n", bytes.Trim([]byte("xxaxx"), "x"))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("12ab34"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Repeat([]byte("-="), 4))
	fmt.Println(bytes.IndexByte(b, ','), bytes.IndexRune([]byte("héllo"), 'l'), bytes.IndexAny(b, "!,"))
	fmt.Println(bytes.EqualFold([]byte("GoLang"), []byte("golang")))
	before, after, ok := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, ok)
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL")))
	fmt.Println(bytes.ContainsRune(b, 'G'), bytes.ContainsAny(b, "xyz"))
	r := bytes.Runes([]byte("añb"))
	fmt.Println(r, len(r))
	c := bytes.Clone([]byte("clone"))
	c[0] = 'C'
	fmt.Println(string(c))
}

// Output:
// true 0 16
// 4 true true
// true true -1
// HELLO, GOPHERS! HELLO!
// Bye, Gophers! Bye!
// ["a" "b" "" "c"]
// ["x" "y" "z"]
// 1+2
// "pad"
// "a"
// "ab"
// -=-=-=-=
// 5 3 5
// true
// k v true
// IBM
// true false
// [97 241 98] 3
// Clone
