package main

import (
	"fmt"
	"strings"
)

func main() {
	rd := strings.NewReader("abcdef")
	fmt.Println(rd.Len(), rd.Size())
	buf := make([]byte, 4)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	n, err = rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	s := "a-b_c d"
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(f, ""))
	fmt.Println(strings.Clone("copy") == "copy")
	fmt.Println(strings.ContainsFunc("abc1", func(r rune) bool { return r == '1' }))
	words := strings.Fields("b a c a b a")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts)
	pad := func(s string, n int) string {
		if len(s) >= n {
			return s
		}
		return strings.Repeat(".", n-len(s)) + s
	}
	fmt.Println(pad("7", 3), pad("1234", 3))
	fmt.Println(strings.Count(strings.Repeat("ab", 1000), "ba"))
}

// Output:
// 6 6
// 4 <nil> abcd 2
// 2 <nil> ef
// 0 EOF
// ABCD
// true
// true
// map[a:3 b:2 c:1]
// ..7 1234
// 999
