package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type City struct {
	Name  string
	Temps []Temp
}

func (c City) String() string {
	parts := make([]string, len(c.Temps))
	for i, t := range c.Temps {
		parts[i] = t.String()
	}
	return c.Name + "[" + strings.Join(parts, ",") + "]"
}

type Report struct {
	Cities []City
	Peak   Temp
	ByName map[string]Temp
	Ptr    *City
}

type ptrOnly struct{ n int }

func (p *ptrOnly) String() string { return fmt.Sprintf("ptrOnly(%d)", p.n) }

func main() {
	r := Report{
		Cities: []City{{"Oslo", []Temp{-3, 1.25}}, {"Rome", []Temp{18}}},
		Peak:   18,
		ByName: map[string]Temp{"b": 2, "a": 1},
	}
	fmt.Println(r)
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Printf("%s\n", r.Cities)
	fmt.Println([]Temp{1, 2}, map[Temp]string{2: "two", 1: "one"})
	c := City{"Nil", nil}
	r.Ptr = &c
	fmt.Printf("%v\n", r.Ptr)
	fmt.Printf("%d\n", []Temp{1, 2})
	p := ptrOnly{3}
	fmt.Println(p, &p, []*ptrOnly{&p}, []ptrOnly{p})
	fmt.Printf("%x %X\n", Temp(10), "Temp")
}

// Output:
// {[Oslo[-3.0°,1.2°] Rome[18.0°]] 18.0° map[a:1.0° b:2.0°] <nil>}
// {[Oslo[-3.0°,1.2°] Rome[18.0°]] 18.0° map[a:1.0° b:2.0°] <nil>}
// {Cities:[Oslo[-3.0°,1.2°] Rome[18.0°]] Peak:18.0° ByName:map[a:1.0° b:2.0°] Ptr:<nil>}
// [Oslo[-3.0°,1.2°] Rome[18.0°]]
// [1.0° 2.0°] map[1.0°:one 2.0°:two]
// Nil[]
// [%!d(main.Temp=1) %!d(main.Temp=2)]
// {3} ptrOnly(3) [ptrOnly(3)] [{3}]
// 31302e30c2b0 54656D70
