package main

import (
	"fmt"
	"slices"
)

func main() {
	var empty []int
	fmt.Println(slices.Index(empty, 1), slices.Contains(empty, 0), slices.Equal(empty, []int{}))
	i, f := slices.BinarySearch(empty, 5)
	fmt.Println(i, f)
	dups := []int{1, 2, 2, 2, 3}
	i, f = slices.BinarySearch(dups, 2)
	fmt.Println(i, f)
	fmt.Println(slices.Compact(empty) == nil, slices.Clone(empty) == nil, slices.Clone([]int{}) == nil)
	fmt.Println(len(slices.Repeat([]int{}, 5)), slices.Repeat([]int{1}, 3))
}

func init() {
	s := []string{"a", "b", "c", "d"}
	fmt.Println(slices.Insert(s[:2], 1, "X"), s)
	fmt.Println(slices.Delete(slices.Clone(s), 0, 0), slices.Delete(slices.Clone(s), 1, 4))
	fmt.Println(slices.ContainsFunc(s, func(x string) bool { return x > "c" }), slices.IndexFunc(s, func(x string) bool { return x == "z" }))
	fmt.Println(slices.MinFunc(s, func(a, b string) int { return len(a) - len(b) }))
}

// Output:
// [a X b] [a X b d]
// [a X b d] [a]
// true -1
// a
// -1 false true
// 0 false
// 1 true
// true true false
// 0 [1 1 1]
