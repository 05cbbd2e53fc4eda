package main

import "fmt"

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	M     map[string]int
	F     float64
	Ok    bool
	R     rune
	Bytes []byte
	Any   any
}

type Temp float64

type Named struct{ T Temp }

func main() {
	o := Outer{
		Name:  "x",
		In:    Inner{1, []string{"p", "q"}},
		M:     map[string]int{"b": 2, "a": 1},
		F:     2.5,
		Ok:    true,
		R:     'z',
		Bytes: []byte("hi"),
		Any:   42,
	}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	var z Outer
	fmt.Printf("%v\n", z)
	fmt.Printf("%+v\n", z)
	fmt.Printf("%#v\n", z)
	fmt.Printf("%#v %#v\n", Named{3}, []Named{{1.5}})
	fmt.Printf("%T %T %T\n", o, o.In, &o.In)
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[string]bool(nil), [2]string{"a", "b"})
}

// Output:
// {x {1 [p q]} map[a:1 b:2] 2.5 true 122 [104 105] 42}
// {Name:x In:{A:1 B:[p q]} M:map[a:1 b:2] F:2.5 Ok:true R:122 Bytes:[104 105] Any:42}
// main.Outer{Name:"x", In:main.Inner{A:1, B:[]string{"p", "q"}}, M:map[string]int{"a":1, "b":2}, F:2.5, Ok:true, R:122, Bytes:[]uint8{0x68, 0x69}, Any:42}
// { {0 []} map[] 0 false 0 [] <nil>}
// {Name: In:{A:0 B:[]} M:map[] F:0 Ok:false R:0 Bytes:[] Any:<nil>}
// main.Outer{Name:"", In:main.Inner{A:0, B:[]string(nil)}, M:map[string]int(nil), F:0, Ok:false, R:0, Bytes:[]uint8(nil), Any:interface {}(nil)}
// main.Named{T:3} []main.Named{main.Named{T:1.5}}
// main.Outer main.Inner *main.Inner
// []int(nil) map[string]bool(nil) [2]string{"a", "b"}
