package main

import "fmt"

type T struct {
	A int
	B string
	C [2]bool
}

func main() {
	x := T{1, "b", [2]bool{true, false}}
	y := T{1, "b", [2]bool{true, false}}
	fmt.Println(x == y)
	y.C[1] = true
	fmt.Println(x == y)
	a := struct{ N int }{1}
	b := struct{ N int }{1}
	fmt.Println(a == b)
	type U struct{ N int }
	u := U(a)
	fmt.Println(u, u == U{1})
	var e1, e2 struct{}
	fmt.Println(e1 == e2, e1)
	var i1 any = T{1, "", [2]bool{}}
	var i2 any = T{1, "", [2]bool{}}
	fmt.Println(i1 == i2)
	points := []struct {
		X, Y int
	}{{1, 2}, {3, 4}}
	fmt.Println(points)
	cfg := struct {
		Name  string
		Inner struct{ On bool }
	}{Name: "n"}
	cfg.Inner.On = true
	fmt.Printf("%+v\n", cfg)
	ptrA := &struct{ V int }{5}
	ptrA.V *= 2
	fmt.Println(ptrA.V)
	type WithSlice struct{ S []int }
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a1, a2 any = WithSlice{}, WithSlice{}
		fmt.Println(a1 == a2)
	}()
}

// Output:
// true
// false
// true
// {1} true
// true {}
// true
// [{1 2} {3 4}]
// {Name:n Inner:{On:true}}
// 10
// recovered: runtime error: comparing uncomparable type main.WithSlice
