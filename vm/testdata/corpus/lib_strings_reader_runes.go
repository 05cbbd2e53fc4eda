package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReader("aé世!")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%c %d remaining=%d\n", ch, size, r.Len())
	}
	r.Reset("xyz")
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Len())
	r.UnreadByte()
	fmt.Println(r.Len())
	ch, _, _ := r.ReadRune()
	r.UnreadRune()
	ch2, _, _ := r.ReadRune()
	fmt.Println(string(ch), string(ch2))
	buf := make([]byte, 2)
	n, err := r.ReadAt(buf, 1)
	fmt.Println(n, err, string(buf))
	pos, err := r.Seek(0, 0)
	fmt.Println(pos, err, r.Len())
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	fmt.Println(r.UnreadRune())
}

// Output:
// a 1 remaining=6
// é 2 remaining=4
// 世 3 remaining=1
// ! 1 remaining=0
// err: EOF
// x 2
// 3
// x x
// 2 <nil> yz
// 0 <nil> 3
// 3 <nil> xyz
// strings.Reader.UnreadRune: previous operation was not ReadRune
