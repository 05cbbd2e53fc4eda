package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%+d|%5d|%-5d|%05d|\n", n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o|\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U|\n", 65, 65, 0x1F600, 0x1F600)
	m := -42
	fmt.Printf("%d|%x|%b|%o|% d|% d|\n", m, m, m, m, m, 42)
	fmt.Printf("%08.3d|%.0d|%.0d|\n", 7, 0, 1)
	fmt.Printf("%x|%X|\n", uint64(1<<63), int8(-1))
	fmt.Printf("%6.2x|%-8b|\n", 10, 5)
	fmt.Printf("%v %v %v\n", int8(-128), uint16(65535), uint64(18446744073709551615))
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{3, 4})
	fmt.Printf("%x %X\n", []int{10, 255}, map[string]int{"a": 10})
	fmt.Printf("%+q %q\n", 'é', '\n')
	fmt.Printf("%3c|%-3c|\n", 'x', 'y')
}

// Output:
// 255|+255|  255|255  |00255|
// 11111111|377|0o377|ff|FF|0xff|0XFF|0377|
// A|'A'|U+1F600|U+1F600 '😀'|
// -42|-2a|-101010|-52|-42| 42|
//      007||1|
// 8000000000000000|-1|
//     0a|101     |
// -128 65535 18446744073709551615
// [1 2] [3 4]
// [a ff] map[61:A]
// '\u00e9' '\n'
//   x|y  |
