package main

import "fmt"

type A struct{ X, Y int }

func (A) Name() string  { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{ X int }

func (B) Name() string { return "B" }

type C struct {
	A
	B
	Y string
}

func (c C) Name() string { return "C(" + c.A.Name() + "," + c.B.Name() + ")" }

type D struct {
	A
	X float64
}

func main() {
	c := C{A{1, 2}, B{3}, "cy"}
	fmt.Println(c.A.X, c.B.X, c.Y, c.A.Y)
	fmt.Println(c.Name(), c.OnlyA())
	d := D{A{5, 6}, 1.5}
	fmt.Println(d.X, d.A.X, d.Y, d.Name())
	fmt.Printf("%+v\n", c)
	fmt.Printf("%+v\n", d)
}

// Output:
// 1 3 cy 2
// C(A,B) onlyA
// 1.5 5 6 A
// {A:{X:1 Y:2} B:{X:3} Y:cy}
// {A:{X:5 Y:6} X:1.5}
