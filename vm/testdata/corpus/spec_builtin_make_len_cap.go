package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s), s)
	s2 := make([]string, 2)
	fmt.Printf("%q %d\n", s2, cap(s2))
	m := make(map[string]int, 50)
	fmt.Println(len(m))
	arr := [5]int{}
	fmt.Println(len(arr), cap(arr))
	pa := &arr
	fmt.Println(len(pa), cap(pa))
	fmt.Println(len("héllo"), len([]rune("héllo")))
	var ns []int
	var nm map[int]int
	fmt.Println(len(ns), cap(ns), len(nm))
	const L = len([3]int{})
	fmt.Println(L)
	sub := s[1:2]
	fmt.Println(len(sub), cap(sub))
	bs := make([]byte, 0, 4)
	bs = append(bs, "ab"...)
	fmt.Println(len(bs), cap(bs), string(bs))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n := -1
		_ = make([]int, n)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n, c := 5, 2
		_ = make([]int, n, c)
	}()
}

// Output:
// 3 10 [0 0 0]
// ["" ""] 2
// 0
// 5 5
// 5 5
// 6 5
// 0 0 0
// 3
// 1 9
// 2 4 ab
// recovered: runtime error: makeslice: len out of range
// recovered: runtime error: makeslice: cap out of range
