package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	ps := &s[2]
	s[2] = 30
	fmt.Println(*ps)
	s = append(s, 4, 5, 6, 7)
	*ps = 99
	fmt.Println(s[2], *ps)
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{Val: 3}
	for c := n; c != nil; c = c.Next {
		fmt.Print(c.Val, ";")
	}
	fmt.Println()
	f := &n.Next.Val
	*f = 200
	fmt.Println(n.Next.Val)
	np := new(int)
	fmt.Println(*np)
	*np = 3
	q := np
	*q++
	fmt.Println(*np)
	pp := &p
	**pp = 100
	fmt.Println(x)
	var nilp *int
	fmt.Println(nilp == nil)
	type P struct{ A, B int }
	sp := &P{1, 2}
	fmt.Println(*sp, sp.A)
	fmt.Printf("%+v\n", sp)
}

// Output:
// 7 7 true
// [1 20 3]
// 30
// 30 99
// 1;2;3;
// 200
// 0
// 4
// 100
// true
// {1 2} 1
// &{A:1 B:2}
