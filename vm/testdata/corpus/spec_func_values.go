package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

func apply(op Op, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"sub": func(a, b int) int { return a - b },
	}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Println(name, apply(ops[name], 6, 3))
	}
	var f func()
	fmt.Println(f == nil)
	up := compose(strings.TrimSpace, strings.ToUpper)
	fmt.Println(up("  hi there "))
	fs := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
	}
	v := 5
	for _, fn := range fs {
		v = fn(v)
	}
	fmt.Println(v)
	fmt.Println(func(a int) int { return a * a }(9))
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

// Output:
// add 9
// mul 18
// sub 3
// true
// HI THERE
// 12
// 81
// recovered: runtime error: invalid memory address or nil pointer dereference
