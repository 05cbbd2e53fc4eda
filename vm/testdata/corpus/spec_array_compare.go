package main

import "fmt"

type Key [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	m := map[Key]int{}
	m[Key{"x", "y"}] = 1
	m[Key{"x", "y"}]++
	m[Key{"y", "x"}] = 10
	fmt.Println(len(m), m[Key{"x", "y"}])
	fmt.Println(m)
	type S struct {
		A [2]float64
		B string
	}
	s1 := S{[2]float64{1, 2}, "k"}
	s2 := S{[2]float64{1, 2}, "k"}
	fmt.Println(s1 == s2)
	s2.A[1] = 3
	fmt.Println(s1 == s2)
	var e1, e2 [0]int
	fmt.Println(e1 == e2, len(e1))
	var i1 [2]any = [2]any{1, "a"}
	var i2 [2]any = [2]any{1, "a"}
	fmt.Println(i1 == i2)
}

// Output:
// true false true
// 2 2
// map[[x y]:2 [y x]:10]
// true
// false
// true 0
// true
