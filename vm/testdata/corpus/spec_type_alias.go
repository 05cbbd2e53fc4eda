package main

import "fmt"

type Score = int
type Names = []string
type Matrix = [][]float64
type Handler = func(string) string
type Pair[T any] = struct{ A, B T }

type Real struct{ V int }
type AliasReal = Real

func (r Real) Double() int { return r.V * 2 }

func sum(xs ...Score) Score {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s Score = 5
	var i int = s
	fmt.Printf("%T %T %v\n", s, i, sum(1, 2, i))
	n := Names{"a", "b"}
	var plain []string = n
	fmt.Printf("%T %v\n", n, plain)
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%T %v\n", m, m)
	var h Handler = func(s string) string { return "<" + s + ">" }
	fmt.Println(h("x"))
	ar := AliasReal{21}
	fmt.Printf("%T %v\n", ar, ar.Double())
	p := Pair[int]{1, 2}
	fmt.Printf("%T %+v\n", p, p)
	var b byte = 'A'
	var u uint8 = b
	var r rune = 'Z'
	var i32 int32 = r
	fmt.Printf("%T %T %T %T\n", b, u, r, i32)
	var a any = 3
	var e interface{} = a
	fmt.Printf("%T\n", e)
}

// Output:
// int int 8
// []string [a b]
// [][]float64 [[1 2] [3 4]]
// <x>
// main.Real 42
// struct { A int; B int } {A:1 B:2}
// uint8 uint8 int32 int32
// int
