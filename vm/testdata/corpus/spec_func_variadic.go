package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func info(xs ...any) string { return fmt.Sprintf("%d:%v", len(xs), xs) }

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func isNil(xs ...int) bool { return xs == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Printf("%q %q\n", join("-", "a", "b", "c"), join(","))
	fmt.Println(info(), info(1, "a", nil), info([]any{1, 2}...), info([]any{1, 2}))
	mutate(s...)
	fmt.Println(s)
	mutate(1, 2)
	fmt.Println(isNil(), isNil(s...), isNil([]int{}...))
	f := sum
	fmt.Println(f(10, 20))
	fmt.Printf("%T\n", f)
	var parts []string
	fmt.Printf("%q\n", join("+", parts...))
}

// Output:
// 0 1 6
// 15
// "a-b-c" ""
// 0:[] 3:[1 a <nil>] 2:[1 2] 1:[[1 2]]
// [-1 5 6]
// true false false
// 30
// func(...int) int
// ""
