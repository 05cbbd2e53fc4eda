package main

import "fmt"

type P struct{ X int }

func main() {
	a := &P{1}
	b := &P{1}
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	c.X = 2
	fmt.Println(a.X, *a == *b)
	var n1, n2 *P
	fmt.Println(n1 == n2, n1 == nil)
	arr := [2]P{{1}, {2}}
	p0, p1 := &arr[0], &arr[1]
	fmt.Println(p0 == &arr[0], p0 == p1)
	s := []int{1, 2, 3}
	fmt.Println(&s[0] == &s[:1][0])
	t := s[1:]
	fmt.Println(&t[0] == &s[1])
	m := map[*P]string{a: "a", b: "b"}
	fmt.Println(m[a], m[b], m[c], len(m))
	type Q struct{ Ptr *P }
	q1, q2 := Q{a}, Q{a}
	fmt.Println(q1 == q2, q1 == Q{b})
	var e1, e2 struct{}
	pe1, pe2 := &e1, &e2
	_ = pe1
	_ = pe2
	x := 5
	px := &x
	ppx := &px
	fmt.Println(*ppx == px, **ppx)
}

// Output:
// false true true
// 2 false
// true true
// true false
// true
// true
// a b a 2
// true false
// true 5
