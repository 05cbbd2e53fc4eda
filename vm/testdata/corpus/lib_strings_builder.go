package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "[%d]", i)
	}
	fmt.Println(b.String())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	fmt.Println(b.Cap() >= 64, b.Len())
	var parts []string
	for i := range 5 {
		var sb strings.Builder
		for j := 0; j <= i; j++ {
			sb.WriteString("*")
		}
		parts = append(parts, sb.String())
	}
	fmt.Println(strings.Join(parts, "|"))
	nr, _ := b.WriteRune(0x10FFFF + 1)
	fmt.Println(nr, []byte(b.String()))
}

// Output:
// 0 true
// 2 <nil>
// hello 世!! 11
// hello 世!![0][1][2]
// "" 0
// true 0
// *|**|***|****|*****
// 3 [239 191 189]
