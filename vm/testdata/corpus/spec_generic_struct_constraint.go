package main

import (
	"fmt"
	"sort"
)

type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Name struct{ First, Last string }

func (n Name) Less(o Name) bool {
	if n.Last != o.Last {
		return n.Last < o.Last
	}
	return n.First < o.First
}

func SortAll[T Lesser[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Less(xs[j]) })
}

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Cache[K comparable, V any] struct {
	m     map[K]V
	order []K
	cap   int
}

func (c *Cache[K, V]) Put(k K, v V) {
	if c.m == nil {
		c.m = map[K]V{}
	}
	if _, ok := c.m[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.cap {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.m, old)
		}
	}
	c.m[k] = v
}

func main() {
	ages := []Age{30, 5, 17}
	SortAll(ages)
	fmt.Println(ages, MinOf[Age](9, 3, 7))
	names := []Name{{"b", "Z"}, {"a", "Z"}, {"c", "A"}}
	SortAll(names)
	fmt.Println(names)
	c := Cache[string, int]{cap: 2}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	c.Put("c", 3)
	fmt.Println(c.m, c.order)
}

// Output:
// [5 17 30] 3
// [{c A} {a Z} {b Z}]
// map[b:2 c:3] [b c]
