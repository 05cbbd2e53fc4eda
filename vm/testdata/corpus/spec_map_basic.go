package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(len(m), m)
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["zz"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "nope")
	fmt.Println(len(m), m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	m2 := m
	m2["shared"] = 1
	fmt.Println(len(m), m["shared"])
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	mm := make(map[int]bool, 100)
	fmt.Println(len(mm), mm[5])
}

// Output:
// 3 map[a:11 b:2 c:3]
// 2 true
// 0 false
// 2 map[a:11 c:3]
// [a c]
// 14
// 3 1
// map[105:4 109:1 112:2 115:4]
// 0 false
