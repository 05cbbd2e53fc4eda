package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 25}}
	byAge := append([]Person(nil), people...)
	sort.SliceStable(byAge, func(i, j int) bool { return byAge[i].Age < byAge[j].Age })
	fmt.Println(byAge)
	byName := append([]Person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println(byName)
	multi := append([]Person(nil), people...)
	sort.Slice(multi, func(i, j int) bool {
		if multi[i].Age != multi[j].Age {
			return multi[i].Age > multi[j].Age
		}
		return multi[i].Name < multi[j].Name
	})
	fmt.Println(multi)
	fmt.Println(sort.SliceIsSorted(multi, func(i, j int) bool { return multi[i].Age > multi[j].Age }))
	words := []string{"ccc", "a", "bb", "dd", "e", "fff"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}

// Output:
// [{Bob 25} {Dave 25} {Frank 25} {Alice 30} {Carol 30} {Eve 35}]
// [{Frank 25} {Eve 35} {Dave 25} {Carol 30} {Bob 25} {Alice 30}]
// [{Eve 35} {Alice 30} {Carol 30} {Bob 25} {Dave 25} {Frank 25}]
// true
// [a e bb dd ccc fff]
