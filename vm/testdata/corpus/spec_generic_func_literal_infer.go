package main

import (
	"fmt"
	"strings"
)

func MapKV[K comparable, V, R any](m map[K]V, f func(K, V) R) []R {
	out := make([]R, 0, len(m))
	for k, v := range m {
		out = append(out, f(k, v))
	}
	return out
}

func Fold[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

func main() {
	total := Fold([]string{"a", "bb", "ccc"}, 0, func(n int, s string) int { return n + len(s) })
	fmt.Println(total)
	joined := Fold([]int{1, 2, 3}, "", func(s string, n int) string { return s + fmt.Sprint(n) })
	fmt.Println(joined)
	g := GroupBy(strings.Fields("apple avocado banana blueberry cherry"), func(s string) byte { return s[0] })
	fmt.Println(len(g), g['a'], g['b'], g['c'])
	sizes := MapKV(map[string][]int{"x": {1, 2}}, func(k string, v []int) string { return fmt.Sprint(k, len(v)) })
	fmt.Println(sizes)
	p := Ptr("s")
	q := Ptr(3.5)
	fmt.Printf("%T %T %v %v\n", p, q, *p, *q)
	byLen := GroupBy([]string{"go", "js", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(byLen)
}

// Output:
// 6
// 123
// 3 [apple avocado] [banana blueberry] [cherry]
// [x2]
// *string *float64 s 3.5
// map[1:[c] 2:[go js] 4:[rust]]
