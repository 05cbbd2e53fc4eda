package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var b bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "row%d,", i)
	}
	b.Truncate(b.Len() - 1)
	fmt.Println(b.String())
	fields := bytes.Split(b.Bytes(), []byte(","))
	fmt.Println(len(fields), string(fields[1]))
	var out bytes.Buffer
	out.Grow(100)
	out.WriteString(strings.ToUpper(b.String()))
	fmt.Println(out.String(), out.Cap() >= 100)
	rd := bytes.NewReader([]byte("reader data"))
	p := make([]byte, 6)
	n, _ := rd.Read(p)
	fmt.Println(n, string(p), rd.Len())
	var b2 bytes.Buffer
	n64, err := b2.ReadFrom(strings.NewReader("from reader"))
	fmt.Println(n64, err, b2.String())
	var sb strings.Builder
	n64, err = b2.WriteTo(&sb)
	fmt.Println(n64, err, sb.String(), b2.Len())
	fmt.Println(bytes.NewBufferString("abc").Available() >= 0)
	b3 := bytes.NewBuffer(make([]byte, 0, 4))
	b3.WriteString("xy")
	b3.WriteRune('é')
	fmt.Println(b3.Bytes(), b3.Len())
	line, err := bytes.NewBufferString("no newline").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}

// Output:
// row0,row1,row2
// 3 row1
// ROW0,ROW1,ROW2 true
// 6 reader 5
// 11 <nil> from reader
// 11 <nil> from reader 0
// true
// [120 121 195 169] 4
// "no newline" EOF
