package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	fmt.Println(string(ja), string(jb))
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	d := a[:0]
	fmt.Println(d == nil, len(d))
	e := a[0:0:0]
	fmt.Println(e == nil)
	var f []int = nil
	g := f[:]
	fmt.Println(g == nil, f[0:0] == nil)
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
}

// Output:
// true false false
// 0 0 0 0
// [] [] []
// [] [] []int(nil) []int{}
// null []
// [1] false
// false 0
// false
// true true
// true 0
