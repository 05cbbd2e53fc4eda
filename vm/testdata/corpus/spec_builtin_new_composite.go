package main

import "fmt"

type Conf struct {
	Name string
	Opts map[string]bool
	List []int
}

func main() {
	c := new(Conf)
	fmt.Printf("%+v %v %v\n", *c, c.Opts == nil, c.List == nil)
	c.List = append(c.List, 1)
	fmt.Println(c.List)
	a := new([3]string)
	a[1] = "mid"
	fmt.Printf("%q\n", *a)
	s := new([]int)
	fmt.Println(*s == nil, len(*s))
	pp := new(*int)
	fmt.Println(*pp == nil)
	x := 5
	*pp = &x
	**pp = 6
	fmt.Println(x)
	f := new(func() int)
	fmt.Println(*f == nil)
	*f = func() int { return 42 }
	fmt.Println((*f)())
	i := new(any)
	fmt.Println(*i == nil)
	*i = "set"
	fmt.Println(*i)
	e := new(struct{})
	fmt.Println(*e)
	b := new(bool)
	*b = !*b
	fmt.Println(*b)
}

// Output:
// {Name: Opts:map[] List:[]} true true
// [1]
// ["" "mid" ""]
// true 0
// true
// 6
// true
// 42
// true
// set
// {}
// true
