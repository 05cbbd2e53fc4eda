package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Describe[T Stringish](v T) string {
	return strings.ToUpper(string(v)) + fmt.Sprint(v.Len())
}

type Shower interface{ Show() string }
type Item struct{ N int }

func (i Item) Show() string { return fmt.Sprintf("item#%d", i.N) }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Set map[string]struct{}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() T {
	var z T
	return z
}

type Celsius float64

func main() {
	fmt.Println(Max(3, 7, 1), Max("b", "a", "c"), Max(2.5), Max[Celsius](1, 3.5))
	fmt.Println(Describe(Name("bob")))
	fmt.Println(ShowAll([]Item{{1}, {2}}))
	fmt.Println(Keys(Set{"a": {}, "b": {}}), Keys(map[int]int{}))
	p := Ptr(42)
	*p++
	fmt.Println(*p)
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[[]int]() == nil, Zero[*int]() == nil)
	fmt.Printf("%T\n", Max[Celsius](1))
}

// Output:
// 7 c 2.5 3.5
// BOB3
// [item#1 item#2]
// 2 0
// 43
// 0 "" true true
// main.Celsius
