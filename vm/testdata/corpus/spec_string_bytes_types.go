package main

import "fmt"

func main() {
	s := "añ"
	fmt.Printf("%T %T %T\n", s[0], s[1:], []rune(s)[1])
	for i, c := range s {
		fmt.Printf("%T %T %d %d\n", i, c, i, c)
	}
	b := s[1]
	fmt.Println(b, b == 0xc3, string(rune(b)))
	var x byte = 'A'
	var y rune = 'A'
	fmt.Println(x == byte(y), string(x), string(y))
	fmt.Println(string(rune(x+1)), string([]byte{x, x + 1}), string([]rune{y, 0x4e16}))
	n := 0x263a
	fmt.Println(string(rune(n)), fmt.Sprint(n), fmt.Sprintf("%c", n))
	bs := []byte{72, 105}
	fmt.Println(string(bs), bs, fmt.Sprintf("%s|%v|%x", bs, bs, bs))
	rs := []rune{72, 105}
	fmt.Println(string(rs), rs)
	fmt.Println(len(string(rune(0x10000))), len(string(rune(0x7ff))), len(string(rune(0x7f))))
}

// Output:
// uint8 string int32
// int int32 0 97
// int int32 1 241
// 195 true Ã
// true A A
// B AB A世
// ☺ 9786 ☺
// Hi [72 105] Hi|[72 105]|4869
// Hi [72 105]
// 4 2 1
