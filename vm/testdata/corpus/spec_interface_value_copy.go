package main

import "fmt"

type Box struct{ V int }

func (b Box) Get() int   { return b.V }
func (b *Box) Set(v int) { b.V = v }

type Getter interface{ Get() int }
type Setter interface {
	Getter
	Set(int)
}

func main() {
	b := Box{1}
	var g Getter = b
	b.V = 2
	fmt.Println(g.Get(), b.Get())
	var s Setter = &b
	s.Set(10)
	fmt.Println(b.V, s.Get())
	g = s
	b.V = 20
	fmt.Println(g.Get())
	items := []Getter{Box{1}, &Box{2}}
	for _, it := range items {
		if st, ok := it.(Setter); ok {
			st.Set(99)
		}
	}
	fmt.Println(items[0].Get(), items[1].Get())
	var a1 any = b
	var a2 any = b
	fmt.Println(a1 == a2)
	b.V = 0
	fmt.Println(a1 == any(b), a1.(Box).V)
	arr := [2]int{1, 2}
	var ai any = arr
	arr[0] = 100
	fmt.Println(ai, arr)
}

// Output:
// 1 2
// 10 10
// 20
// 1 99
// true
// false 20
// [1 2] [100 2]
