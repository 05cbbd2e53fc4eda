package main

import (
	"fmt"
	"slices"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 20; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys)
	m2 := m
	clear(m)
	fmt.Println(len(m), len(m2))
	m[1] = 1
	fmt.Println(m2)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
}

// Output:
// 10
// [0 2 4 6 8 10 12 14 16 18]
// 0 0
// map[1:1]
// 0
// [0 0 0] 3
