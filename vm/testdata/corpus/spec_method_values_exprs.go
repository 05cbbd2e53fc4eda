package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Sum() int       { return p.X + p.Y }
func (p *Pt) Scale(k int)   { p.X *= k; p.Y *= k }
func (p Pt) Add(q Pt) Pt    { return Pt{p.X + q.X, p.Y + q.Y} }
func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Pt) WithX(x int) Pt { p.X = x; return p }

func main() {
	p := Pt{1, 2}
	sum := p.Sum
	p.X = 100
	fmt.Println(sum(), p.Sum())
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	f := Pt.Sum
	fmt.Println(f(Pt{3, 4}))
	g := (*Pt).Scale
	q := Pt{1, 1}
	g(&q, 5)
	fmt.Println(q)
	h := Pt.Add
	fmt.Println(h(Pt{1, 2}, Pt{3, 4}))
	ps := (*Pt).Sum
	fmt.Println(ps(&q))
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", g)
	var fns []func() int
	for _, pt := range []Pt{{1, 1}, {2, 2}} {
		fns = append(fns, pt.Sum)
	}
	fmt.Println(fns[0](), fns[1]())
	str := p.String
	p = Pt{}
	fmt.Println(str(), p.WithX(5))
	var s fmt.Stringer = q
	m := s.String
	fmt.Println(m())
	ifn := fmt.Stringer.String
	fmt.Println(ifn(Pt{7, 8}))
}

// Output:
// 3 102
// (200,4)
// 7
// (5,5)
// (4,6)
// 10
// func(main.Pt) int
// func(*main.Pt, int)
// 2 4
// (200,4) (5,0)
// (5,5)
// (7,8)
