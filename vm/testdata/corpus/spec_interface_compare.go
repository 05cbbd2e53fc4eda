package main

import "fmt"

type K struct{ A int }
type E struct{ S string }

func (e E) Error() string { return e.S }

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = K{1}, K{1}
	fmt.Println(a == b)
	a, b = &K{1}, &K{1}
	fmt.Println(a == b)
	p := &K{2}
	a, b = p, p
	fmt.Println(a == b)
	var e1 error = E{"x"}
	var e2 error = E{"x"}
	fmt.Println(e1 == e2)
	a = 3
	fmt.Println(a == 3, a != 4, a == "3")
	var s fmt.Stringer
	var i any = s
	fmt.Println(i == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y any = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y any = map[int]int{}, 1
		fmt.Println(x == y)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m := map[any]int{}
		m[func() {}] = 1
	}()
}

// Output:
// true
// false
// true
// true
// false
// true
// true
// true true false
// true
// recovered: runtime error: comparing uncomparable type []int
// false
// recovered: <nil>
// recovered: runtime error: hash of unhashable type func()
