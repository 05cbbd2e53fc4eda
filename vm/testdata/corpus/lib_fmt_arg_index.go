package main

import "fmt"

func main() {
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q\n", 65)
	fmt.Printf("%[2]s-%[1]s-%s\n", "a", "b")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%6.2[1]f|%-8[2]v|\n", 3.14159, "s")
	fmt.Printf("%d %[1]T %[2]T\n", 1, "x")
	fmt.Printf("%[0]d|%[4]d|%[x]d\n", 1, 2)
	fmt.Printf("%.*d|%.*s|\n", 5, 42, 2, "hello")
	fmt.Printf("%*d|%*d|\n", -6, 1, 100000000, 2)
	fmt.Printf("%-*d|\n", 4, 7)
	fmt.Printf("%[1]v %v\n", "first", "second")
	s := fmt.Sprintf("%[2]d/%[1]d/%[3]d", 31, 12, 1999)
	fmt.Println(s)
	fmt.Printf("%.[2]*[1]f\n", 3.14159, 3)
	fmt.Printf("%*s|\n", "x", "y")
}

// Output:
// 65 41 101 1000001 'A'
// b-a-b
//  12.00|
//   3.14|s       |
// 1 int string
// %!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)
// 00042|he|
// 1     |%!(BADWIDTH)2|
// 7   |
// first second
// 12/31/1999
// 3.142
// %!(BADWIDTH)y|
