package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Names []string

func (n Names) Joined() string { return strings.Join(n, "+") }

type Meta map[string]string

func (m Meta) Get(k string) string { return m[k] }

type Reading struct {
	Celsius
	Names
	Meta
	ID int
}

type Level int

type Leveled struct {
	*Level
}

func main() {
	r := Reading{Celsius: 100, Names: Names{"a", "b"}, Meta: Meta{"src": "lab"}, ID: 7}
	fmt.Println(r.F(), r.Joined(), r.Get("src"), r.Celsius, len(r.Names))
	fmt.Printf("%v\n%+v\n", r, r)
	r.Names = append(r.Names, "c")
	r.Meta["k"] = "v"
	fmt.Println(r.Joined(), len(r.Meta))
	lv := Level(3)
	l := Leveled{&lv}
	*l.Level += 2
	fmt.Println(lv, *l.Level)
	var l2 Leveled
	fmt.Println(l2.Level == nil)
}

// Output:
// 212 a+b lab 100 2
// {100 [a b] map[src:lab] 7}
// {Celsius:100 Names:[a b] Meta:map[src:lab] ID:7}
// a+b+c 2
// 5 5
// true
