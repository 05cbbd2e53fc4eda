package main

import (
	"errors"
	"fmt"
)

type S struct{ A int }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(S{1}, S{2}, "z", errors.New("e"), errors.New("f")))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, "b"))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Print("p", 1, 2, "q", "\n")
	fmt.Print(1.5, 2, '\n', "\n")
	s := fmt.Sprintf("%d-%s", 5, "five")
	fmt.Println(s, len(s))
	e := fmt.Errorf("code=%d msg=%q", 404, "nf")
	fmt.Println(e)
	fmt.Println(nil, []any{nil, 1}, map[string]any{"k": nil})
	var ip *int
	fmt.Println(ip == nil)
	fmt.Printf("%q %q %q\n", fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(""))
	fmt.Println(fmt.Sprint([]byte("hi"), [3]byte{1, 2, 3}))
}

// Output:
// ab1 2c3.5 true false
// 1 2 3
// x1y
// {1} {2}ze f
// "a 1 b\n"
// "\n"
// p1 2q
// 1.5 2 10
// 5-five 6
// code=404 msg="nf"
// <nil> [<nil> 1] map[k:<nil>]
// true
// "" "<nil>" ""
// [104 105] [1 2 3]
