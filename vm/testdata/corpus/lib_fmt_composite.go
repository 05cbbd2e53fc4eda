package main

import "fmt"

type P struct {
	X, Y int
}

type Q struct {
	Name  string
	Pts   []P
	Meta  map[string][]int
	Inner *P
}

type W struct {
	P
	Label string
}

func main() {
	q := Q{"q", []P{{1, 2}, {3, 4}}, map[string][]int{"b": {2}, "a": {1, 1}}, nil}
	fmt.Printf("%v\n%+v\n", q, q)
	fmt.Printf("%#v\n", q)
	fmt.Printf("%v %+v %#v\n", W{P{1, 2}, "l"}, W{P{1, 2}, "l"}, W{P{1, 2}, "l"})
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil})
	fmt.Printf("%#v\n", [][]string{{"a"}, {}, nil})
	fmt.Printf("%v\n", map[P]string{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("%v %v\n", []any{1, "a", nil, 2.5, []int{1}}, [2]bool{true})
	fmt.Printf("%#v %#v\n", []any{1, "a", nil}, map[string]any{"x": 1})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.0, true)
	fmt.Printf("%#v %#v %#v\n", uint8(3), int64(-3), 'x')
	fmt.Printf("%v %d\n", &P{5, 6}, &P{7, 8})
	fmt.Printf("%+v\n", &W{P{}, "ptr"})
	fmt.Printf("%v\n", struct {
		A []int
		B map[int]bool
	}{})
	fmt.Printf("%5v|%-5v|%05d\n", []int{1, 2}, []string{"a"}, []int{3, 4})
	fmt.Printf("%x %X\n", P{255, 16}, []string{"hi", "yo"})
	fmt.Printf("%.1f\n", []float64{1.25, 2.75})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
}

// Output:
// {q [{1 2} {3 4}] map[a:[1 1] b:[2]] <nil>}
// {Name:q Pts:[{X:1 Y:2} {X:3 Y:4}] Meta:map[a:[1 1] b:[2]] Inner:<nil>}
// main.Q{Name:"q", Pts:[]main.P{main.P{X:1, Y:2}, main.P{X:3, Y:4}}, Meta:map[string][]int{"a":[]int{1, 1}, "b":[]int{2}}, Inner:(*main.P)(nil)}
// {{1 2} l} {P:{X:1 Y:2} Label:l} main.W{P:main.P{X:1, Y:2}, Label:"l"}
// [[a] [] []]
// [][]string{[]string{"a"}, []string{}, []string(nil)}
// map[{1 2}:a {2 1}:b]
// [1 a <nil> 2.5 [1]] [true false]
// []interface {}{1, "a", interface {}(nil)} map[string]interface {}{"x":1}
// 42 "s" 1 true
// 0x3 -3 120
// &{5 6} &{7 8}
// &{P:{X:0 Y:0} Label:ptr}
// {[] map[]}
// [    1     2]|[a    ]|[00003 00004]
// {ff 10} [6869 796F]
// [1.2 2.8]
// map["k":"v"]
