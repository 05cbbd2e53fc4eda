package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	ages := map[string]int{"carol": 41, "alice": 30, "bob": 25, "dave": 30}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Println(k, ages[k])
	}
	byAge := map[int][]string{}
	for name, age := range ages {
		byAge[age] = append(byAge[age], name)
	}
	for _, age := range slices.Sorted(maps.Keys(byAge)) {
		names := byAge[age]
		slices.Sort(names)
		fmt.Println(age, strings.Join(names, ","))
	}
	total, count := 0, 0
	for _, v := range ages {
		total += v
		count++
	}
	fmt.Println(total, count)
	fmt.Println(ages)
	fmt.Printf("%v %d\n", map[int]string{3: "c", 1: "a", 2: "b"}, map[string]int{"z": 1, "a": 2})
}

// Output:
// alice 30
// bob 25
// carol 41
// dave 30
// 25 bob
// 30 alice,dave
// 41 carol
// 126 4
// map[alice:30 bob:25 carol:41 dave:30]
// map[1:a 2:b 3:c] map[%!d(string=a):2 %!d(string=z):1]
