package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	a := make([]P, 2)
	fmt.Printf("%+v\n", a)
	b := make([][]int, 2)
	fmt.Println(b[0] == nil, len(b[1]))
	c := make([]map[string]int, 1)
	fmt.Println(c[0] == nil, len(c[0]))
	d := make([]*P, 2)
	fmt.Println(d[0] == nil)
	e := make([]any, 2)
	fmt.Println(e, e[0] == nil)
	f := make([]float64, 3, 5)
	fmt.Println(f, f[:5])
	g := make([]bool, 2)
	fmt.Println(g)
	var arr [3]P
	fmt.Printf("%+v\n", arr)
	h := make([]string, 2)
	fmt.Printf("%q\n", h)
	var n int64 = 4
	i := make([]int, n)
	fmt.Println(len(i))
	j := make([]error, 1)
	fmt.Println(j[0] == nil, j)
}

// Output:
// [{X:0 S:} {X:0 S:}]
// true 0
// true 0
// true
// [<nil> <nil>] true
// [0 0 0] [0 0 0 0 0]
// [false false]
// [{X:0 S:} {X:0 S:} {X:0 S:}]
// ["" ""]
// 4
// true [<nil>]
