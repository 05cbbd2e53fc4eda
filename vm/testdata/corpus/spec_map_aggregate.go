package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func main() {
	sales := []Sale{
		{"north", "apple", 10, 0.5}, {"south", "apple", 5, 0.55},
		{"north", "pear", 3, 0.8}, {"east", "apple", 7, 0.5},
		{"south", "pear", 12, 0.75}, {"north", "apple", 4, 0.45},
	}
	revenue := map[string]float64{}
	units := map[string]map[string]int{}
	for _, s := range sales {
		revenue[s.Region] += float64(s.Units) * s.Price
		if units[s.Product] == nil {
			units[s.Product] = map[string]int{}
		}
		units[s.Product][s.Region] += s.Units
	}
	regions := make([]string, 0, len(revenue))
	for r := range revenue {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Printf("%-6s %.2f\n", r, revenue[r])
	}
	fmt.Println(units)
	total := 0
	for _, byRegion := range units {
		for _, u := range byRegion {
			total += u
		}
	}
	fmt.Println("total units", total)
	index := map[byte][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry apricot") {
		index[w[0]] = append(index[w[0]], w)
	}
	keys := []int{}
	for k := range index {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(string(rune(k)), index[byte(k)])
	}
}

// Output:
// east   3.50
// north  9.20
// south  11.75
// map[apple:map[east:7 north:14 south:5] pear:map[north:3 south:12]]
// total units 41
// a [apple avocado apricot]
// b [banana blueberry]
// c [cherry]
