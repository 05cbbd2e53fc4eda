package main

import (
	"fmt"
	"slices"
)

type OrderedMap[K interface{ ~int | ~string }, V any] struct {
	data map[K]V
}

func NewOM[K interface{ ~int | ~string }, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{data: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) { m.data[k] = v }

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.data[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Keys() []K {
	ks := make([]K, 0, len(m.data))
	for k := range m.data {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Opt[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) OrElse(d T) T {
	if o.valid {
		return o.v
	}
	return d
}

func main() {
	m := NewOM[string, int]()
	m.Set("zeta", 26)
	m.Set("alpha", 1)
	m.Set("mu", 12)
	for _, k := range m.Keys() {
		v, _ := m.Get(k)
		fmt.Println(k, v)
	}
	_, ok := m.Get("nope")
	fmt.Println(ok)
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(Vec[int]{4, 5, 6}), v.Scale(3))
	f := Vec[float64]{0.5, 1.5}
	fmt.Println(f.Dot(f), f.Scale(2))
	fmt.Println(Some(5).OrElse(0), None[int]().OrElse(-1), None[string]().OrElse("def"))
	fmt.Printf("%T %T\n", v, Some("x"))
}

// Output:
// alpha 1
// mu 12
// zeta 26
// false
// 32 [3 6 9]
// 2.5 [1 3]
// 5 -1 def
// main.Vec[int] main.Opt[string]
