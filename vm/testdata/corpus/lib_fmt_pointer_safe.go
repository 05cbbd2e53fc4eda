package main

import "fmt"

type Node struct {
	Val  int
	Name string
}

type Holder struct {
	N Node
	S []Node
}

func main() {
	n := &Node{1, "one"}
	fmt.Println(n)
	fmt.Printf("%v %+v\n", n, n)
	fmt.Printf("%#v\n", *n)
	ns := []Node{{2, "two"}, {3, "three"}}
	fmt.Println(ns, &ns[0])
	h := Holder{Node{4, "four"}, ns}
	fmt.Printf("%+v\n", h)
	fmt.Printf("%v\n", &h)
	var np *Node
	fmt.Println(np)
	fmt.Printf("%v %+v\n", np, np)
	m := map[string]Node{"k": {5, "five"}}
	fmt.Println(m)
	arr := [2]*Node{}
	fmt.Println(arr[0] == nil)
	pp := &n
	fmt.Println((*pp).Name, (**pp).Val)
}

// Output:
// &{1 one}
// &{1 one} &{Val:1 Name:one}
// main.Node{Val:1, Name:"one"}
// [{2 two} {3 three}] &{2 two}
// {N:{Val:4 Name:four} S:[{Val:2 Name:two} {Val:3 Name:three}]}
// &{{4 four} [{2 two} {3 three}]}
// <nil>
// <nil> <nil>
// map[k:{5 five}]
// true
// one 1
