package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Println(string([]rune{0x48, 0x49, 0xD800}))
	fmt.Println([]byte("€"), []rune("€"))
	bad := string([]byte{0xff, 0x41})
	fmt.Println([]rune(bad), len(bad))
	fmt.Printf("%q\n", string(bad))
	var nb []byte
	fmt.Println(string(nb) == "", len(string(nb)))
	x := 0x1F600
	fmt.Println(string(rune(x)))
	type MyBytes []byte
	mb := MyBytes("xyz")
	fmt.Println(string(mb), mb)
	type MyStr string
	ms := MyStr("ok")
	fmt.Println([]byte(ms), string(ms)+"!")
}

// Output:
// 6 6 5
// [104 195 169 108 108 111]
// [104 233 108 108 111]
// héllo Héllo
// hello
// A 世 � �
// HI�
// [226 130 172] [8364]
// [65533 65] 2
// "\xffA"
// true 0
// 😀
// xyz [120 121 122]
// [111 107] ok!
