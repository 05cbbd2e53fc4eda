package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrStr struct{ N int }

func (p *PtrStr) String() string { return fmt.Sprintf("P%d", p.N) }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

type Wrapper struct {
	C Color
	N int
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println([]Color{Red, Blue})
	fmt.Println(map[Color]int{Blue: 1, Red: 2})
	fmt.Printf("%v %+v\n", Wrapper{Blue, 1}, Wrapper{Green, 2})
	ps := PtrStr{3}
	fmt.Println(ps, &ps)
	fmt.Println(Both{})
	err := errors.New("plain")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	s := fmt.Sprint(Color(1), " ", Color(2))
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%5s|%-6v|", Red, Blue))
}

// Output:
// Red Blue Color(7)
// Green Green 1 "Green" 477265656e
// [Red Blue]
// map[Red:2 Blue:1]
// {Blue 1} {C:Green N:2}
// {3} P3
// error wins
// plain
// plain|plain|"plain"
// Green Blue
//   Red|Blue  |
