package main

import "fmt"

func First[S ~[]E, E any](s S) E { return s[0] }

func Apply[T any, R any](v T, f func(T) R) R { return f(v) }

func MakePair[A, B any](a A, b B) struct {
	A A
	B B
} {
	return struct {
		A A
		B B
	}{a, b}
}

func Count[T comparable](xs []T, target T) int {
	n := 0
	for _, x := range xs {
		if x == target {
			n++
		}
	}
	return n
}

type IDs []int64

func Convert[To, From interface{ ~int | ~int64 | ~float64 }](f From) To { return To(f) }

func main() {
	ids := IDs{7, 8}
	fmt.Println(First(ids))
	fmt.Printf("%T\n", First(ids))
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i * 2) }))
	p := MakePair("k", 1.5)
	fmt.Printf("%+v\n", p)
	fmt.Println(Count([]string{"a", "b", "a"}, "a"), Count([]any{1, "1", 1}, any(1)))
	fmt.Println(Convert[int](3.9), Convert[float64](int64(7)))
	var f func([]string) string = First[[]string]
	fmt.Println(f([]string{"z"}))
}

// Output:
// 7
// int64
// 6
// {A:k B:1.5}
// 2 2
// 3 7
// z
