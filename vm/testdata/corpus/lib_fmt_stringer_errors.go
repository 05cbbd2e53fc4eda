package main

import (
	"fmt"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Account struct {
	Owner   string
	Balance Money
}

type Status int

func (s Status) String() string { return [...]string{"off", "on"}[s] }

type Err struct{ Code int }

func (e *Err) Error() string { return fmt.Sprintf("E%03d", e.Code) }

type GoStr struct{ v int }

func (g GoStr) GoString() string { return fmt.Sprintf("GoStr<%d>", g.v) }

type Fmter struct{}

func (Fmter) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	fmt.Fprintf(f, "F[%c w=%d,%v plus=%v]", verb, w, wok, f.Flag('+'))
}

type Panicky struct{}

func (Panicky) String() string { panic("bad stringer") }

func main() {
	fmt.Println(Money(12345), Money(7))
	a := Account{"ann", 250}
	fmt.Printf("%v %+v\n", a, a)
	fmt.Printf("%s %d %v\n", Status(1), Status(1), []Status{0, 1})
	var e error = &Err{7}
	fmt.Println(e)
	fmt.Printf("%v %s %q %x\n", e, e, e, e)
	fmt.Printf("%v %#v\n", GoStr{1}, GoStr{2})
	fmt.Printf("%v %+5s %d\n", Fmter{}, Fmter{}, Fmter{})
	fmt.Println(Panicky{})
	var nilErr *Err
	fmt.Println(nilErr)
}

// Output:
// $123.45 $0.07
// {ann $2.50} {Owner:ann Balance:$2.50}
// on 1 [off on]
// E007
// E007 E007 "E007" 45303037
// {1} GoStr<2>
// F[v w=0,false plus=false] F[s w=5,true plus=true] F[d w=0,false plus=false]
// %!v(PANIC=String method: bad stringer)
// <nil>
