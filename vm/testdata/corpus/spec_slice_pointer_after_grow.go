package main

import "fmt"

type Item struct{ N int }

func main() {
	items := make([]Item, 1, 1)
	first := &items[0]
	items = append(items, Item{2})
	first.N = 100
	fmt.Println(items[0].N, first.N)
	s := make([]int, 2, 4)
	p := &s[1]
	s = append(s, 3)
	*p = 50
	fmt.Println(s)
	ptrs := []*Item{}
	for i := range 3 {
		ptrs = append(ptrs, &Item{i})
	}
	vals := make([]Item, 0)
	for _, p := range ptrs {
		vals = append(vals, *p)
	}
	ptrs[0].N = -1
	fmt.Println(vals, *ptrs[0])
	a := []int{1, 2, 3}
	b := a[:2]
	b = append(b, 99)
	fmt.Println(a, b)
	b = append(b, 100)
	b[0] = -1
	fmt.Println(a, b)
}

// Output:
// 0 100
// [0 50 3]
// [{0} {1} {2}] {-1}
// [1 2 99] [1 2 99]
// [1 2 99] [-1 2 99 100]
