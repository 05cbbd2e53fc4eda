package main

import "fmt"

func main() {
	r := 'a'
	r += 2
	fmt.Println(r, string(r))
	fmt.Println('z'-'a', 'A'+25, string(rune('A'+25)))
	var b byte = 'x'
	b -= 'a' - 'A'
	fmt.Println(b, string(b))
	digits := "4821"
	n := 0
	for _, c := range digits {
		n = n*10 + int(c-'0')
	}
	fmt.Println(n * 2)
	caesar := func(s string, k int) string {
		out := []rune(s)
		for i, c := range out {
			if c >= 'a' && c <= 'z' {
				out[i] = 'a' + (c-'a'+rune(k)+26)%26
			}
		}
		return string(out)
	}
	fmt.Println(caesar("hello, world", 3), caesar(caesar("hello", 3), -3))
	fmt.Printf("%c %c %U %d\n", 0x263A, '世'+1, 'é', '\u00e9')
	fmt.Println('\x41', '\101', '\u0041', '\U00000041', '\'', '\\')
	var maxR rune = 0x7fffffff
	maxR++
	fmt.Println(maxR)
	hex := "0123456789abcdef"
	v := 0xbeef
	var out []byte
	for v > 0 {
		out = append([]byte{hex[v%16]}, out...)
		v /= 16
	}
	fmt.Println(string(out))
}

// Output:
// 99 c
// 25 90 Z
// 88 X
// 9642
// khoor, zruog hello
// ☺ 丗 U+00E9 233
// 65 65 65 65 39 92
// -2147483648
// beef
