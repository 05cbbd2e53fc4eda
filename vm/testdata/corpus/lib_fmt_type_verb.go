package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type ID string
type Grid [2][3]int
type Handler func(int) error
type Pair[K comparable, V any] struct {
	K K
	V V
}
type Iface interface{ M() }

func main() {
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.0, 'r', true)
	fmt.Printf("%T %T %T\n", int8(1), uint(1), complex64(1))
	fmt.Printf("%T %T %T\n", Celsius(1), ID("x"), Grid{})
	fmt.Printf("%T %T %T\n", []int{}, map[string][]bool{}, [3]*int{})
	fmt.Printf("%T %T\n", &struct{ A int }{}, struct {
		X int `json:"x"`
		y string
	}{})
	fmt.Printf("%T\n", Pair[string, int]{})
	fmt.Printf("%T\n", Pair[ID, []Celsius]{})
	fmt.Printf("%T %T\n", errors.New("x"), fmt.Errorf("w: %w", errors.New("x")))
	fmt.Printf("%T\n", nil)
	var e error
	fmt.Printf("%T\n", e)
	var i Iface
	fmt.Printf("%T\n", &i)
	fmt.Printf("%T %T\n", []any{1}, map[any]any{})
	fmt.Printf("%T\n", (*Celsius)(nil))
	fmt.Printf("%T %T\n", byte(1), rune(1))
	fmt.Printf("%10T|%-8T|\n", 1, "s")
	var h Handler
	fmt.Printf("%T\n", h)
}

// Output:
// int string float64 int32 bool
// int8 uint complex64
// main.Celsius main.ID main.Grid
// []int map[string][]bool [3]*int
// *struct { A int } struct { X int "json:\"x\""; y string }
// main.Pair[string,int]
// main.Pair[main.ID,[]main.Celsius]
// *errors.errorString *fmt.wrapError
// <nil>
// <nil>
// *main.Iface
// []interface {} map[interface {}]interface {}
// *main.Celsius
// uint8 int32
//        int|string  |
// main.Handler
