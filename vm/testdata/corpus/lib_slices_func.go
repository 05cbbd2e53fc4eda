package main

import (
	"fmt"
	"slices"
	"strings"
)

type User struct {
	Name string
	Age  int
}

func compare[T int | float64 | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func or(vals ...int) int {
	for _, v := range vals {
		if v != 0 {
			return v
		}
	}
	return 0
}

func main() {
	users := []User{{"bob", 31}, {"alice", 25}, {"carol", 31}, {"dan", 19}, {"eve", 25}}
	slices.SortFunc(users, func(a, b User) int { return compare(a.Age, b.Age) })
	fmt.Println(users[0], users[len(users)-1].Age)
	slices.SortStableFunc(users, func(a, b User) int { return compare(b.Age, a.Age) })
	fmt.Println(users)
	slices.SortFunc(users, func(a, b User) int {
		return or(compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(users)
	oldest := slices.MaxFunc(users, func(a, b User) int { return compare(a.Age, b.Age) })
	fmt.Println(oldest)
	youngest := slices.MinFunc(users, func(a, b User) int { return compare(a.Age, b.Age) })
	fmt.Println(youngest)
	i, ok := slices.BinarySearchFunc(users, 25, func(u User, age int) int { return compare(u.Age, age) })
	fmt.Println(i, ok)
	fmt.Println(slices.IsSortedFunc(users, func(a, b User) int { return compare(a.Age, b.Age) }))
	names := []string{"B", "a", "C", "b"}
	slices.SortStableFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b", "B", "c"}, strings.EqualFold))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(compare(1.5, 2), compare("b", "a"), min(compare("x", "x"), 5))
}

// Output:
// {dan 19} 31
// [{bob 31} {carol 31} {alice 25} {eve 25} {dan 19}]
// [{dan 19} {alice 25} {eve 25} {bob 31} {carol 31}]
// {bob 31}
// {dan 19}
// 1 true
// true
// [a B b C]
// [a b c]
// true
// -1 1 0
