package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	fmt.Println(s[0], s[1], s[2], s[len(s)-1])
	fmt.Println(s[:1], s[1:3], s[7:], s[3:3] == "")
	fmt.Printf("%q %q\n", s[1:2], s[8:10])
	t := s
	t += "!"
	fmt.Println(s, t)
	b := s[0]
	fmt.Printf("%T %v %c\n", b, b, b)
	for i := 0; i < 5; i++ {
		fmt.Print(string(s[i]), "|")
	}
	fmt.Println()
	sub := s[7:]
	fmt.Println(len(sub), sub)
	empty := ""
	fmt.Println(len(empty), empty == "", empty[0:0] == "")
}

// Output:
// 14
// 104 195 169 140
// h é  世界 true
// "\xc3" "\xe4\xb8"
// héllo, 世界 héllo, 世界!
// uint8 104 h
// h|Ã|©|l|l|
// 7  世界
// 0 true true
