package main

import "fmt"

type Inner struct {
	Arr [2]int
	Sl  []int
	M   map[string]int
	P   *int
}

type Outer struct {
	In   Inner
	Name string
}

func mutate(o Outer) {
	o.Name = "changed"
	o.In.Arr[0] = 100
	o.In.Sl[0] = 100
	o.In.M["k"] = 100
	*o.In.P = 100
}

func main() {
	x := 1
	o := Outer{Inner{[2]int{1, 2}, []int{1, 2}, map[string]int{"k": 1}, &x}, "orig"}
	mutate(o)
	fmt.Println(o.Name, o.In.Arr, o.In.Sl, o.In.M, *o.In.P)
	c := o
	c.In.Arr[1] = -1
	c.In.Sl = append(c.In.Sl, 3)
	c.In.Sl[1] = -1
	fmt.Println(o.In.Arr, o.In.Sl, c.In.Arr, c.In.Sl)
	arr := [2]Outer{o, o}
	arr[0].Name = "zero"
	fmt.Println(arr[0].Name, arr[1].Name)
	var iface any = o
	o.Name = "after"
	fmt.Println(iface.(Outer).Name)
	m := map[string]Outer{"a": o}
	tmp := m["a"]
	tmp.Name = "mapcopy"
	fmt.Println(m["a"].Name, tmp.Name)
}

// Output:
// orig [1 2] [100 2] map[k:100] 100
// [1 2] [100 2] [1 -1] [100 -1 3]
// zero orig
// orig
// after mapcopy
