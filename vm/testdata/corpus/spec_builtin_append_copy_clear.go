package main

import "fmt"

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil)
	s = append(s, 1, 2, 3)
	s = append(s, []int{4, 5}...)
	fmt.Println(s)
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	c := make([]int, 2)
	n := copy(c, s)
	fmt.Println(n, c)
	clear(s)
	fmt.Println(s)
	m := map[int]string{1: "a", 2: "b"}
	clear(m)
	fmt.Println(m, len(m))
	type P struct{ X int }
	ps := []P{{1}, {2}}
	clear(ps[1:])
	fmt.Println(ps)
	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)
	x := []int{1, 2, 3, 4}
	x = append(x[:1], x[3:]...)
	fmt.Println(x)
	y := append([]int{}, x...)
	y[0] = 100
	fmt.Println(x, y)
	z := append(x[:0:0], 9)
	fmt.Println(z, x)
}

// Output:
// true
// [1 2 3 4 5]
// abcd
// 2 [1 2]
// [0 0 0 0 0]
// map[] 0
// [{1} {0}]
// true true
// [1 4]
// [1 4] [100 4]
// [9] [1 4]
