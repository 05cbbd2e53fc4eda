package main

import (
	"fmt"
	"sort"
)

type Card struct {
	Rank int
	Suit string
}

type Hand []Card

func (h Hand) Len() int      { return len(h) }
func (h Hand) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h Hand) Less(i, j int) bool {
	if h[i].Suit != h[j].Suit {
		return h[i].Suit < h[j].Suit
	}
	return h[i].Rank < h[j].Rank
}

type byLenThenAlpha []string

func (b byLenThenAlpha) Len() int      { return len(b) }
func (b byLenThenAlpha) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byLenThenAlpha) Less(i, j int) bool {
	if len(b[i]) != len(b[j]) {
		return len(b[i]) < len(b[j])
	}
	return b[i] < b[j]
}

func main() {
	h := Hand{{10, "s"}, {2, "h"}, {14, "s"}, {3, "c"}, {7, "h"}, {2, "s"}}
	sort.Sort(h)
	fmt.Println(h, sort.IsSorted(h))
	sort.Sort(sort.Reverse(h))
	fmt.Println(h)
	w := byLenThenAlpha{"go", "rust", "c", "zig", "java", "d", "ada"}
	sort.Stable(w)
	fmt.Println(w)
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println(ok, big[:5], big[45:])
}

// Output:
// [{3 c} {2 h} {7 h} {2 s} {10 s} {14 s}] true
// [{14 s} {10 s} {2 s} {7 h} {2 h} {3 c}]
// [c d go ada zig java rust]
// true [0 1 2 3 4] [45 46 47 48 49]
