package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func gen(start, step int) func() int {
	cur := start - step
	return func() int {
		cur += step
		return cur
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other(), next())
	g := gen(10, 5)
	fmt.Println(g(), g(), g())
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), ",")
	}
	fmt.Println()
	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	fmt.Println(x)
	acc := 0
	var fns []func()
	for i := 1; i <= 3; i++ {
		fns = append(fns, func() { acc += i })
	}
	for _, fn := range fns {
		fn()
	}
	fmt.Println(acc)
}

// Output:
// 1 2 3
// 1
// 1 2
// 10 15 20
// 0,1,1,2,3,5,8,13,21,34,
// 16
// 6
