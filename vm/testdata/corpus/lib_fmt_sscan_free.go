package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g, %g>", v.X, v.Y) }

func table(rows [][]string) string {
	var b strings.Builder
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%-*s", widths[i], c)
		}
		b.WriteString("|\n")
	}
	return b.String()
}

func main() {
	fmt.Print(table([][]string{{"id", "name", "x"}, {"1", "alpha", "yes"}, {"22", "b", "no"}}))
	vs := []Vec{{1, 2}, {0.5, -1}}
	fmt.Println(vs)
	fmt.Printf("%v|%s|%d\n", vs[0], vs[1], vs[0])
	var sb strings.Builder
	n, err := fmt.Fprint(&sb, "x", 1, 2, "y")
	fmt.Println(n, err, sb.String())
	sb.Reset()
	fmt.Fprintln(&sb, "a", "b")
	fmt.Fprintf(&sb, "%03d", 7)
	fmt.Printf("%q\n", sb.String())
	m, _ := fmt.Printf("%s\n", "count me")
	fmt.Println(m)
	a := fmt.Append(nil, "x", 1)
	a = fmt.Appendf(a, "[%d]", 2)
	a = fmt.Appendln(a, "end")
	fmt.Printf("%q\n", a)
}

// Output:
// id | name  | x  |
// 1  | alpha | yes|
// 22 | b     | no |
// [<1, 2> <0.5, -1>]
// <1, 2>|<0.5, -1>|{%!d(float64=1) %!d(float64=2)}
// 5 <nil> x1 2y
// "a b\n007"
// count me
// 9
// "x1[2]end\n"
