package main

import "fmt"

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x T)   { b.items = append(b.items, x) }
func (b *Base[T]) Len() int  { return len(b.items) }
func (b Base[T]) At(i int) T { return b.items[i] }

type Named[T any] struct {
	Base[T]
	Name string
}

func (n *Named[T]) Describe() string { return fmt.Sprintf("%s has %d items", n.Name, n.Len()) }

type Sizer interface{ Len() int }

type Pair[A any, B any] struct {
	First  A
	Second B
}

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	n := &Named[string]{Name: "words"}
	n.Add("x")
	n.Add("y")
	fmt.Println(n.Describe(), n.At(1), n.items)
	var s Sizer = n
	fmt.Println(s.Len())
	ni := Named[int]{Name: "nums"}
	for i := range 4 {
		ni.Add(i * i)
	}
	fmt.Println(ni.Describe(), ni.Base.At(3))
	fmt.Printf("%+v\n", ni)
	p := Pair[string, int]{"a", 1}
	q := Swap(p)
	fmt.Printf("%+v %+v %T\n", p, q, q)
	nested := Pair[Pair[int, int], []Pair[string, bool]]{Pair[int, int]{1, 2}, []Pair[string, bool]{{"t", true}}}
	fmt.Printf("%v\n", nested)
}

// Output:
// words has 2 items y [x y]
// 2
// nums has 4 items 9
// {Base:{items:[0 1 4 9]} Name:nums}
// {First:a Second:1} {First:1 Second:a} main.Pair[int,string]
// {{1 2} [{t true}]}
