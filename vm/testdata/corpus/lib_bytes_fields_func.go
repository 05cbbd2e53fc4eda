package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	data := []byte("  alpha,beta;;gamma  delta\n")
	f := bytes.FieldsFunc(data, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) })
	fmt.Printf("%q\n", f)
	fmt.Println(bytes.IndexFunc(data, unicode.IsLetter), bytes.LastIndexFunc(data, unicode.IsLetter))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a:b:c:d"), []byte(":"), 3))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("1,2,3"), []byte(",")))
	fmt.Printf("%s\n", bytes.TrimPrefix([]byte("prefix-data"), []byte("prefix-")))
	fmt.Printf("%s\n", bytes.TrimSuffix([]byte("data.txt"), []byte(".txt")))
	fmt.Printf("%s\n", bytes.TrimLeft([]byte("xxyxdata"), "xy"))
	fmt.Printf("%s|\n", bytes.TrimRight([]byte("data   "), " "))
	fmt.Printf("%s\n", bytes.ToTitle([]byte("title")))
	fmt.Printf("%s\n", bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil))
	fmt.Println(bytes.HasPrefix(nil, nil), bytes.Contains([]byte("abc"), []byte{}))
	var nilb []byte
	fmt.Println(bytes.Equal(nilb, []byte{}), nilb == nil, len(bytes.TrimSpace(nilb)))
	s := bytes.ToValidUTF8([]byte("a\xffb"), []byte("\uFFFD"))
	fmt.Printf("%q\n", s)
	fmt.Println(bytes.ContainsFunc([]byte("abc1"), unicode.IsDigit))
	rest, ok := bytes.CutPrefix([]byte("v1.2.3"), []byte("v"))
	fmt.Printf("%s %v\n", rest, ok)
}

// Output:
// ["alpha" "beta" "gamma" "delta"]
// 2 25
// ["a" "b" "c:d"]
// ["1," "2," "3"]
// data
// data
// data
// data|
// TITLE
// bbaa
// 3 5
// true true
// true true 0
// "a�b"
// true
// 1.2.3 true
