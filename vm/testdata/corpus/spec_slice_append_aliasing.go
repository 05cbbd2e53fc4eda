package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3], b[3])
	c := base[:2]
	c = append(c, 42)
	fmt.Println(base, c)
	full := []int{1, 2, 3}
	d := append(full, 4)
	d[0] = 100
	fmt.Println(full, d)
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t[0] = 20
	t = append(t, 40)
	fmt.Println(s, t, len(t), cap(t))
	u := append(s[:1], s[2:]...)
	fmt.Println(u, s)
	var n []int
	n = append(n, n...)
	fmt.Println(n == nil, len(n))
	x := []int{1, 2}
	x = append(x, x...)
	x = append(x[:1], x...)
	fmt.Println(x)
}

// Output:
// [0 0 0 2] [0 0 0 2] 2 2
// [0 0 42] [0 0 42]
// [1 2 3] [100 2 3 4]
// [1 20 3 40 5] [20 3 40] 3 4
// [1 3 40 5] [1 3 40 5 5]
// true 0
// [1 1 2 1 2]
