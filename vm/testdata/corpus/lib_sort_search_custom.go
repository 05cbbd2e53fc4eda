package main

import (
	"fmt"
	"sort"
	"strings"
)

type Version struct{ Major, Minor, Patch int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type Versions []Version

func (v Versions) Len() int           { return len(v) }
func (v Versions) Less(i, j int) bool { return v[i].Less(v[j]) }
func (v Versions) Swap(i, j int)      { v[i], v[j] = v[j], v[i] }

func main() {
	vs := Versions{{1, 2, 3}, {0, 9, 9}, {1, 10, 0}, {1, 2, 10}, {2, 0, 0}, {1, 2, 4}}
	sort.Sort(vs)
	fmt.Println(vs)
	target := Version{1, 2, 5}
	i := sort.Search(len(vs), func(i int) bool { return !vs[i].Less(target) })
	fmt.Println(i, vs[i])
	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	sort.Slice(words, func(i, j int) bool {
		li, lj := strings.ToLower(words[i]), strings.ToLower(words[j])
		if li != lj {
			return li < lj
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	nums := []int{1, 3, 5, 7, 9}
	for _, x := range []int{0, 4, 9, 10} {
		fmt.Print(sort.SearchInts(nums, x), " ")
	}
	fmt.Println("|")
	fmt.Println(sort.Search(0, func(int) bool { return true }))
}

// Output:
// [v0.9.9 v1.2.3 v1.2.4 v1.2.10 v1.10.0 v2.0.0]
// 3 v1.2.10
// [Apple apple Banana banana cherry]
// 0 2 4 5 |
// 0
