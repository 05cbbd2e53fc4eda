package main

import (
	"fmt"
	"slices"
	"strings"
)

type Seq[V any] = func(yield func(V) bool)
type Seq2[K, V any] = func(yield func(K, V) bool)

func FromSlice[V any](s []V) Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](s Seq[V], f func(V) W) Seq[W] {
	return func(yield func(W) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](s Seq[V], n int) Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[V any](s Seq[V]) Seq2[int, V] {
	return func(yield func(int, V) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Naturals() Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Zip[A, B any](a Seq[A], b []B) Seq2[A, B] {
	return func(yield func(A, B) bool) {
		i := 0
		for x := range a {
			if i >= len(b) || !yield(x, b[i]) {
				return
			}
			i++
		}
	}
}

func main() {
	words := FromSlice([]string{"go", "is", "fun"})
	for i, w := range Enumerate(Map(words, strings.ToUpper)) {
		fmt.Println(i, w)
	}
	squares := Map(Naturals(), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 6)))
	for n, s := range Zip(Naturals(), []string{"a", "b", "c"}) {
		fmt.Print(n, s, " ")
	}
	fmt.Println("|")
	total := 0
	for v := range Take(Naturals(), 101) {
		total += v
	}
	fmt.Println(total)
	fmt.Println(slices.Collect(Take(FromSlice([]int{1, 2}), 0)) == nil)
}

// Output:
// 0 GO
// 1 IS
// 2 FUN
// [0 1 4 9 16 25]
// 0a 1b 2c |
// 5050
// true
