package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[1] = 200
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	p := &a
	p[2] = 300
	fmt.Println(a, len(p))
	for i, v := range a {
		a[2] = 0
		fmt.Print(i, ":", v, ";")
	}
	fmt.Println()
	for i, v := range &a {
		a[2] = 7
		fmt.Print(i, ":", v, ";")
	}
	fmt.Println()
	d := [...]string{2: "c", 0: "a"}
	fmt.Println(len(d), d)
	fmt.Printf("%q\n", d)
	var z [4]bool
	fmt.Println(z)
	type Point struct{ X, Y int }
	pts := [2]Point{{1, 2}, {3, 4}}
	q := pts
	q[0].X = 50
	fmt.Println(pts, q)
}

// Output:
// [1 2 3] [9 2 3]
// [1 2 3] [100 2 3]
// [1 200 3]
// [1 200 300] 3
// 0:1;1:200;2:300;
// 0:1;1:200;2:7;
// 3 [a  c]
// ["a" "" "c"]
// [false false false false]
// [{1 2} {3 4}] [{50 2} {3 4}]
