package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = slices.Insert(s, 0, -1, 0)
	fmt.Println(s, len(s))
	s = slices.Insert(s, len(s), 6)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		_ = slices.Delete(s, 3, 100)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		_ = slices.Insert(s, 100, 1)
	}()
	orig := []int{1, 2, 3, 4}
	d := slices.Delete(orig, 1, 2)
	fmt.Println(d, orig)
	c := slices.Compact([]string{"a", "a", "b", "a", "a"})
	fmt.Println(c, len(c))
	r := []rune("hello")
	slices.Reverse(r)
	fmt.Println(string(r))
	idx := slices.Index([]string{"x", "y", "z"}, "z")
	fmt.Println(idx)
	e := slices.Equal([]float64{0}, []float64{-0.0})
	fmt.Println(e)
	m := slices.Max([]string{"apple", "pear", "fig"})
	fmt.Println(m)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = slices.Max([]int{})
	}()
	bs, found := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(bs, found)
}

// Output:
// [-1 0 1 2 3 4 5] 7
// [-1 0 1 2 3 4 5 6]
// [1 2 3 4 5 6]
// recovered: true
// recovered: true
// [1 3 4] [1 3 4 0]
// [a b a] 3
// olleh
// 2
// true
// pear
// recovered: slices.Max: empty list
// 2 false
