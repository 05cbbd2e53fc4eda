package main

import "fmt"

type Person struct {
	Name string
	Age  int
	tags []string
}

type Pair struct {
	A, B int
}

func main() {
	p := Person{Name: "Ann", Age: 30}
	fmt.Println(p)
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Printf("%#v\n", p)
	q := p
	q.Name = "Bob"
	fmt.Println(p.Name, q.Name)
	pp := &p
	pp.Age++
	fmt.Println(p.Age, (*pp).Age)
	var z Person
	fmt.Printf("%+v %v\n", z, z.tags == nil)
	a := Pair{1, 2}
	b := Pair{B: 2, A: 1}
	fmt.Println(a == b, a != Pair{})
	anon := struct {
		X int
		Y string
	}{1, "y"}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	pts := []Pair{{1, 2}, {3, 4}}
	pts[0].A = 10
	fmt.Println(pts)
	for _, pt := range pts {
		pt.B = 0
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].B = 0
	}
	fmt.Println(pts)
}

// Output:
// {Ann 30 []}
// {Ann 30 []}|{Name:Ann Age:30 tags:[]}
// main.Person{Name:"Ann", Age:30, tags:[]string(nil)}
// Ann Bob
// 31 31
// {Name: Age:0 tags:[]} true
// true true
// {1 y} {X:1 Y:y} struct { X int; Y string }
// [{10 2} {3 4}]
// [{10 2} {3 4}]
// [{10 0} {3 0}]
