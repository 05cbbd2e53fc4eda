package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	orig := map[string][]int{"a": {1, 2}, "b": {3}}
	cl := maps.Clone(orig)
	cl["a"][0] = 100
	cl["c"] = []int{9}
	fmt.Println(orig, cl)
	deep := make(map[string][]int, len(orig))
	for k, v := range orig {
		deep[k] = slices.Clone(v)
	}
	deep["a"][1] = -1
	fmt.Println(orig["a"], deep["a"])
	scores := map[string]int{"ann": 90, "ben": 45, "cat": 72, "dan": 30}
	passed := maps.Clone(scores)
	maps.DeleteFunc(passed, func(_ string, v int) bool { return v < 50 })
	fmt.Println(passed, len(scores))
	inverted := map[int]string{}
	for k, v := range scores {
		inverted[v] = k
	}
	for _, s := range slices.Backward(slices.Sorted(maps.Keys(inverted))) {
		fmt.Print(inverted[s], ":", s, " ")
	}
	fmt.Println("|")
	fmt.Println(maps.Equal(scores, maps.Clone(scores)), maps.Equal(map[string]int{}, map[string]int(nil)))
}

// Output:
// map[a:[100 2] b:[3]] map[a:[100 2] b:[3] c:[9]]
// [100 2] [100 -1]
// map[ann:90 cat:72] 4
// ann:90 cat:72 ben:45 dan:30 |
// true true
