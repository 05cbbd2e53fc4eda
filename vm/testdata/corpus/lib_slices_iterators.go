package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	words := []string{"pear", "Apple", "fig", "banana"}
	sorted := slices.Sorted(slices.Values(words))
	fmt.Println(sorted, words)
	byLen := slices.SortedStableFunc(slices.Values(words), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)
	upper := slices.Collect(func(yield func(string) bool) {
		for _, w := range words {
			if !yield(strings.ToUpper(w)) {
				return
			}
		}
	})
	fmt.Println(upper)
	app := slices.AppendSeq([]string{"start"}, slices.Values(words[:2]))
	fmt.Println(app)
	for i, chunk := range slices.All(slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))) {
		fmt.Println(i, chunk)
	}
	for i, w := range slices.Backward(words) {
		if i < 2 {
			break
		}
		fmt.Print(i, w, " ")
	}
	fmt.Println("|")
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, m[k])
	}
	fmt.Println()
	idx := maps.Collect(func(yield func(string, int) bool) {
		for i, w := range words {
			if !yield(w, i) {
				return
			}
		}
	})
	fmt.Println(idx)
}

// Output:
// [Apple banana fig pear] [pear Apple fig banana]
// [fig pear Apple banana]
// [PEAR APPLE FIG BANANA]
// [start pear Apple]
// 0 [1 2 3]
// 1 [4 5 6]
// 2 [7]
// 3banana 2fig |
// a1b2c3
// map[Apple:1 banana:3 fig:2 pear:0]
