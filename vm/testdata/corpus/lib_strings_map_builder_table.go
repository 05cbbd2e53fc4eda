package main

import (
	"fmt"
	"strings"
)

func center(s string, w int) string {
	n := len([]rune(s))
	if n >= w {
		return s
	}
	left := (w - n) / 2
	return strings.Repeat("-", left) + s + strings.Repeat("-", w-n-left)
}

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func main() {
	fmt.Println(center("title", 15), center("日本", 6), center("toolong", 3))
	for _, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16) {
		fmt.Printf("|%-16s|\n", l)
	}
	var sb strings.Builder
	for i := 1; i <= 3; i++ {
		for j := 1; j <= 3; j++ {
			fmt.Fprintf(&sb, "%3d", i*j)
		}
		sb.WriteString("\n")
	}
	fmt.Print(sb.String())
	fmt.Println(strings.Count(sb.String(), "\n"), sb.Len())
}

// Output:
// -----title----- --日本-- toolong
// |The quick brown |
// |fox jumps over  |
// |the lazy dog and|
// |keeps running   |
// |far away        |
//   1  2  3
//   2  4  6
//   3  6  9
// 3 30
