package main

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
)

func main() {
	items := [][]byte{[]byte("delta"), []byte("Alpha"), []byte("alpha"), []byte(""), []byte("beta"), {0xff}, []byte("al")}
	sort.Slice(items, func(i, j int) bool { return bytes.Compare(items[i], items[j]) < 0 })
	fmt.Printf("%q\n", items)
	slices.SortStableFunc(items, func(a, b []byte) int { return bytes.Compare(bytes.ToLower(b), bytes.ToLower(a)) })
	fmt.Printf("%q\n", items)
	fmt.Println(bytes.Compare(nil, []byte{}), bytes.Compare([]byte("a"), nil), bytes.Compare([]byte("ab"), []byte("b")))
	i, found := slices.BinarySearchFunc([][]byte{[]byte("a"), []byte("c"), []byte("e")}, []byte("c"), bytes.Compare)
	fmt.Println(i, found)
	fmt.Println(bytes.LastIndexByte([]byte("a/b/c"), '/'), bytes.LastIndexAny([]byte("x.y,z"), ".,"))
}

// Output:
// ["" "Alpha" "al" "alpha" "beta" "delta" "\xff"]
// ["\xff" "delta" "beta" "Alpha" "alpha" "al" ""]
// 0 1 -1
// 1 true
// 3 3
