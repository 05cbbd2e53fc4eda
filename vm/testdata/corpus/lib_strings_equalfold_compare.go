package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	pairs := [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"ǅ", "ǆ"}, {"Kelvin", "\u212aelvin"}, {"i", "İ"}, {"abc", "abcd"}, {"", ""}}
	for _, p := range pairs {
		fmt.Printf("%q %q fold=%v cmp=%d\n", p[0], p[1], strings.EqualFold(p[0], p[1]), strings.Compare(p[0], p[1]))
	}
	names := []string{"bob", "Alice", "alice", "Bob", "carol", "ALICE"}
	sort.SliceStable(names, func(i, j int) bool { return strings.ToLower(names[i]) < strings.ToLower(names[j]) })
	fmt.Println(names)
	seen := map[string]bool{}
	var uniq []string
	for _, n := range names {
		k := strings.ToLower(n)
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, n)
		}
	}
	fmt.Println(uniq)
}

// Output:
// "Go" "GO" fold=true cmp=1
// "σ" "Σ" fold=true cmp=1
// "ς" "Σ" fold=true cmp=1
// "ǅ" "ǆ" fold=true cmp=-1
// "Kelvin" "Kelvin" fold=true cmp=-1
// "i" "İ" fold=false cmp=-1
// "abc" "abcd" fold=false cmp=-1
// "" "" fold=true cmp=0
// [Alice alice ALICE bob Bob carol]
// [Alice bob carol]
