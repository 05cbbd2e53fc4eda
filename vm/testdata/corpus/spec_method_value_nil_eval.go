package main

import "fmt"

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return 7 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var p *T
	try("ptr method value on nil", func() {
		f := p.Ptr
		fmt.Println("got func, calling:", f())
	})
	try("value method value on nil ptr", func() {
		f := p.Val
		fmt.Println("unreached", f != nil)
	})
	var s fmt.Stringer
	try("method value of nil interface", func() {
		f := s.String
		fmt.Println("unreached", f != nil)
	})
	try("method expr with nil", func() {
		g := (*T).Ptr
		fmt.Println(g(nil))
	})
	t := T{3}
	pt := &t
	f := pt.Val
	t.n = 99
	fmt.Println(f(), pt.Val())
}

// Output:
// got func, calling: 7
// ptr method value on nil ok
// value method value on nil ptr panicked: runtime error: invalid memory address or nil pointer dereference
// method value of nil interface panicked: runtime error: invalid memory address or nil pointer dereference
// 7
// method expr with nil ok
// 3 99
