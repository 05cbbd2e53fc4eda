package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Tri struct{ A, B, C float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return fmt.Sprintf("circle(r=%g)", c.R) }
func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return fmt.Sprintf("rect(%gx%g)", r.W, r.H) }
func (t Tri) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Tri) Name() string { return fmt.Sprintf("tri(%g,%g,%g)", t.A, t.B, t.C) }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Tri{3, 4, 5}, Rect{1, 1}, Circle{2.5}, Tri{2, 2, 2}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-16s %8.3f\n", s.Name(), s.Area())
	}
	counts := map[string]int{}
	total := 0.0
	for _, s := range shapes {
		switch s.(type) {
		case Circle:
			counts["circle"]++
		case Rect:
			counts["rect"]++
		default:
			counts["other"]++
		}
		total += s.Area()
	}
	fmt.Println(counts)
	fmt.Printf("%.4f\n", total)
	largest := shapes[len(shapes)-1]
	if c, ok := largest.(Circle); ok {
		fmt.Println("largest is a circle with r", c.R)
	}
}

// Output:
// rect(1x1)           1.000
// tri(2,2,2)          1.732
// circle(r=1)         3.142
// tri(3,4,5)          6.000
// rect(3x4)          12.000
// circle(r=2.5)      19.635
// map[circle:2 other:2 rect:2]
// 43.5086
// largest is a circle with r 2.5
