package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(a, b, c, d)

func f(s string) int {
	fmt.Println("init", s)
	return len(s) * 10
}

func sum(xs ...int) int {
	fmt.Println("computing total")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("init 1: a =", a, "total =", total)
	d = 100
}

func init() {
	fmt.Println("init 2: d =", d)
}

var late = func() string {
	fmt.Println("late var initialized")
	return "late"
}()

func main() {
	fmt.Println("main", a, b, c, d, total, late)
}

// Output:
// init b
// init c
// computing total
// late var initialized
// init 1: a = 20 total = 43
// init 2: d = 100
// main 20 10 10 100 43 late
