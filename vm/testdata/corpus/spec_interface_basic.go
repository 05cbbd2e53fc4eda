package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Named interface {
	Shape
	Name() string
}

type Square struct{ Rect }

func (Square) Name() string { return "square" }

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}}
	for _, s := range shapes {
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	var n Named = Square{Rect{5, 5}}
	fmt.Println(n.Name(), n.Area())
	var s Shape = n
	fmt.Println(s.Perimeter())
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.4f\n", total)
	var e interface{} = 5
	var e2 any = "x"
	fmt.Println(e, e2)
	e = Rect{1, 1}
	fmt.Println(e)
}

// Output:
// main.Rect 12.00 14.00
// *main.Circle 3.14 6.28
// main.Square 4.00 8.00
// square 25
// 20
// 19.1416
// 5 x
// {1 1}
