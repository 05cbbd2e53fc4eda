package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(a, b string) (string, string) { return b, a }

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad char %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return
}

func three() (int, string, bool) { return 1, "two", true }

func pass(a int, b string, c bool) string { return fmt.Sprint(a, b, c) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	for _, s := range []string{"123", "", "12x"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	fmt.Println(pass(three()))
	_, s, _ := three()
	fmt.Println(s)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
}

// Output:
// 3 2
// -3 -2
// y x
// 123 <nil>
// 0 empty
// 0 bad char 'x'
// 1twotrue
// two
// 2 3
// 1 [9 2 3]
