package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s, slices.IsSorted(c))
	i, found := slices.BinarySearch(c, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(c, 7)
	fmt.Println(i, found)
	slices.Reverse(c)
	fmt.Println(c)
	fmt.Println(slices.Equal(s, s), slices.Equal(s, c), slices.Equal([]int{}, nil))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 2, 5}, 2, 3, 4))
	fmt.Println(slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	fmt.Println(slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9, 9, 9))
	fmt.Println(slices.IndexFunc(s, func(n int) bool { return n > 4 }))
	fmt.Println(slices.ContainsFunc(s, func(n int) bool { return n < 0 }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 0}, []int{1, 2}))
	fmt.Println(slices.Repeat([]string{"a", "b"}, 2), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%3 == 0 }))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Clip(make([]int, 2, 10)), cap(slices.Clip(make([]int, 2, 10))))
}

// Output:
// true 1 -1
// 9 1
// [1 1 2 3 4 5 6 9] [3 1 4 1 5 9 2 6] true
// 5 true
// 7 false
// [9 6 5 4 3 2 1 1]
// true false true
// [1 2 3 1]
// [1 2 3 4 5]
// [0 3 4]
// [0 9 9 9 3]
// 4
// false
// -1 1
// [a b a b] [1 2 3 4]
// [1 2 4 5]
// 1 true
// [0 0] 2
