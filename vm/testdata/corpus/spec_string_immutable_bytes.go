package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b2 := b
	b2[0] = 'j'
	fmt.Println(s, string(b), string(b2))
	c := append([]byte(s), " world"...)
	fmt.Println(string(c))
	var buf []byte
	buf = append(buf, "abc"...)
	buf = append(buf, 'd')
	fmt.Println(string(buf))
	n := copy(buf, "XY")
	fmt.Println(n, string(buf))
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs), s)
	fmt.Println(s[1:4] == string(b[1:4]))
}

// Output:
// hello jello jello
// hello world
// abcd
// 2 XYcd
// olleh hello
// true
