package main

import "fmt"

type State struct{ N int }

func main() {
	x := 10
	get := func() int { return x }
	set := func(v int) { x = v }
	fmt.Println(get())
	set(20)
	fmt.Println(x, get())
	x = 30
	fmt.Println(get())
	s := []int{1, 2}
	f := func() { s = append(s, 3) }
	f()
	fmt.Println(s)
	st := State{1}
	g := func() { st.N++ }
	g()
	g()
	fmt.Println(st.N)
	copied := st
	h := func() int { return copied.N }
	st.N = 100
	fmt.Println(h())
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(100))
	make2 := func() (func(), func() int) {
		v := 0
		return func() { v++ }, func() int { return v }
	}
	i1, r1 := make2()
	i2, r2 := make2()
	i1()
	i1()
	i2()
	fmt.Println(r1(), r2())
	y := 1
	func() {
		y := 2
		y++
		_ = y
	}()
	fmt.Println(y)
}

// Output:
// 10
// 20 20
// 30
// [1 2 3]
// 3
// 3
// 5050
// 2 1
// 1
