package main

import "fmt"

var trace []string

func v(s string, n int) int {
	trace = append(trace, s)
	return n
}

func idx(s string, n int) int {
	trace = append(trace, "idx"+s)
	return n
}

func show(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func main() {
	_ = v("a", 1) + v("b", 2)*v("c", 3)
	show("binary")
	_ = fmt.Sprint(v("x", 1), v("y", 2), v("z", 3))
	show("args")
	arr := []int{0, 0, 0}
	arr[idx("L", 0)], arr[idx("R", 1)] = v("v1", 10), v("v2", 20)
	show("assign")
	fmt.Println(arr)
	m := map[int]int{}
	m[v("k", 1)] = v("val", 2)
	show("map")
	a, b := pair()
	fmt.Println(a, b)
	show("tuple")
	i := 0
	s := []int{10, 20, 30}
	i, s[i] = 1, 99
	fmt.Println(i, s)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	s2 := []int{1, 2, 3}
	s2[0], s2[1], s2[2] = s2[2], s2[0], s2[1]
	fmt.Println(s2)
	j := 0
	j, s2[j] = 2, 100
	fmt.Println(j, s2)
	_ = []int{v("e1", 1), v("e2", 2), v("e3", 3)}
	show("composite")
	_ = map[string]int{"p": v("m1", 1), "q": v("m2", 2)}
	show("maplit")
	_ = struct{ A, B int }{B: v("fB", 1), A: v("fA", 2)}
	show("structlit")
}

// Output:
// binary [a b c]
// args [x y z]
// assign [idxL idxR v1 v2]
// [10 20 0]
// map [k val]
// 1 2
// tuple [pair]
// 1 [99 20 30]
// 2 1
// [3 1 2]
// 2 [100 1 2]
// composite [e1 e2 e3]
// maplit [m1 m2]
// structlit [fB fA]
