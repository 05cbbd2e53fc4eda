package main

import "fmt"

type T struct {
	A int
	_ int
	B int
	_ string
}

var _ = initSideEffect()

func initSideEffect() int {
	fmt.Println("blank var initializer runs")
	return 0
}

var _ fmt.Stringer = (*S)(nil)

type S struct{}

func (*S) String() string { return "S" }

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	_, b, _ := three()
	fmt.Println(b)
	for _, v := range []int{4, 5} {
		fmt.Print(v)
	}
	fmt.Println()
	for i, _ := range "ab" {
		fmt.Print(i)
	}
	fmt.Println()
	t := T{A: 1, B: 2}
	fmt.Printf("%v %+v\n", t, t)
	u := T{A: 1, B: 2}
	fmt.Println(t == u)
	var _ int = 5
	_ = three
	m := map[string]int{"x": 1}
	_, ok := m["x"]
	fmt.Println(ok)
	var x any = 3
	_, isInt := x.(int)
	fmt.Println(isInt)
}

// Output:
// blank var initializer runs
// 2
// 45
// 01
// {1 0 2 } {A:1 _:0 B:2 _:}
// true
// true
// true
