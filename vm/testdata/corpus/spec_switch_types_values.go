package main

import "fmt"

type Op byte

const (
	Add Op = '+'
	Sub Op = '-'
	Mul Op = '*'
)

func apply(op Op, a, b int) (int, bool) {
	switch op {
	case Add:
		return a + b, true
	case Sub:
		return a - b, true
	case Mul:
		return a * b, true
	}
	return 0, false
}

func classify(s string) string {
	switch len(s) {
	case 0:
		return "empty"
	case 1, 2, 3:
		return "short"
	}
	switch s[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return "long-vowel"
	}
	return "long"
}

func main() {
	for _, op := range []Op{'+', '-', '*', '/'} {
		fmt.Println(string(op), fmt.Sprint(apply(op, 7, 3)))
	}
	for _, s := range []string{"", "ab", "apple", "grape"} {
		fmt.Println(classify(s))
	}
	x := 5
	switch {
	case x > 3 && x < 10:
		fmt.Println("in range")
		fallthrough
	case x > 100:
		fmt.Println("fell through (no cond check)")
	case x > 4:
		fmt.Println("not reached")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float match")
	}
	var p *int
	switch p {
	case nil:
		fmt.Println("nil pointer case")
	}
	arr := [2]int{1, 2}
	switch arr {
	case [2]int{1, 2}:
		fmt.Println("array match")
	}
}

// Output:
// + 10 true
// - 4 true
// * 21 true
// / 0 false
// empty
// short
// long-vowel
// long
// in range
// fell through (no cond check)
// float match
// nil pointer case
// array match
