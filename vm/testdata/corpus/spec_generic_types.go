package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	s.Pop()
	v, err = s.Pop()
	fmt.Printf("%q %v\n", v, err)
	is := &Stack[int]{}
	for i := range 5 {
		is.Push(i * i)
	}
	fmt.Println(is.items)
	p := Pair[string, int]{"x", 1}
	fmt.Println(p)
	ps := []Pair[int, []string]{{1, []string{"a"}}, {2, nil}}
	fmt.Println(ps)
	fmt.Printf("%T\n", p)
	var root *Tree[int]
	for _, x := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(x)
	}
	root.Walk(func(x int) { fmt.Print(x, " ") })
	fmt.Println("|")
	var sr *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		sr = sr.Insert(w)
	}
	sr.Walk(func(x string) { fmt.Print(x) })
	fmt.Println()
}

// Output:
// 2
// b <nil>
// "" empty stack
// [0 1 4 9 16]
// x=1
// [1=[a] 2=[]]
// main.Pair[string,int]
// 1 3 4 5 8 9 |
// acmx
