package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len())
	fmt.Fprintf(&buf, " n=%d", 42)
	fmt.Println(buf.String())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p))
	c, _ := buf.ReadByte()
	fmt.Println(string(c), buf.Len())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	rest, err := buf.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(p)
	fmt.Println(n, err, err != nil && err.Error() == "EOF")
	b2 := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := b2.ReadString('\n')
		fmt.Printf("%q\n", l)
		if err != nil {
			break
		}
	}
	b3 := bytes.NewBuffer([]byte("abcdef"))
	b3.Truncate(3)
	fmt.Println(b3.String())
	fmt.Println(string(b3.Next(2)), b3.String())
	b3.Reset()
	fmt.Println(b3.Len(), b3.String() == "")
	var b4 bytes.Buffer
	b4.WriteString("unread")
	b4.ReadByte()
	b4.UnreadByte()
	fmt.Println(b4.String())
	fmt.Println(string(b4.Bytes()[:3]))
}

// Output:
// hello world!✓ 15
// hello world!✓ n=42
// 5 <nil> hello
//   14
// "world!" <nil>
// ✓ 3
// " n=42" EOF
// 0 EOF true
// "line1\n"
// "line2\n"
// "line3"
// abc
// ab c
// 0 true
// unread
// unr
