package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 2, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{3.5, -1, 2.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	fmt.Println(sort.SearchInts(ints, 2), sort.SearchInts(ints, 3), sort.SearchInts(ints, 100))
	fmt.Println(sort.SearchStrings(strs, "banana"), sort.SearchFloat64s(fl, 1))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	idx, found := sort.Find(len(strs), func(i int) int {
		switch {
		case "apple" < strs[i]:
			return -1
		case "apple" > strs[i]:
			return 1
		}
		return 0
	})
	fmt.Println(idx, found)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Sort(sort.StringSlice(strs))
	fmt.Println(sort.StringsAreSorted(strs))
}

// Output:
// [-1 0 2 2 5 8] true
// ["" "Apple" "apple" "banana" "pear"]
// [-1 0 2.25 3.5]
// 2 4 6
// 3 2
// 8
// 2 true
// [8 5 2 2 0 -1]
// true
