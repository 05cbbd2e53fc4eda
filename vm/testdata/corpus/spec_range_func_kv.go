package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Matrix [][]int

func (m Matrix) Cells() func(func([2]int, int) bool) {
	return func(yield func([2]int, int) bool) {
		for r, row := range m {
			for c, v := range row {
				if !yield([2]int{r, c}, v) {
					return
				}
			}
		}
	}
}

func Words(s string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range strings.Fields(s) {
			if !yield(i, w) {
				return
			}
		}
	}
}

func Filter[V any](seq func(func(V) bool), pred func(V) bool) func(func(V) bool) {
	return func(yield func(V) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	for pos, v := range m.Cells() {
		fmt.Println(pos, v)
	}
	for i, w := range Words(" the quick  brown fox ") {
		fmt.Print(i, ":", w, ";")
	}
	fmt.Println()
	ages := map[string]int{"x": 3, "a": 1, "m": 2}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals)
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	for v := range slices.Values([]int{5, 6}) {
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, "=", v, ",")
	}
	fmt.Println()
	evens := Filter(slices.Values([]int{1, 2, 3, 4, 5, 6}), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(evens))
	ch := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(ch)
}

// Output:
// [0 0] 1
// [0 1] 2
// [1 0] 3
// [1 1] 4
// 0:the;1:quick;2:brown;3:fox;
// [a m x]
// [1 2 3]
// 0p;1q;
// 56
// 2=3,1=2,0=1,
// [2 4 6]
// [[1 2] [3 4] [5]]
