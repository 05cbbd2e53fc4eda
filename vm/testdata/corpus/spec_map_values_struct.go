package main

import "fmt"

type Acc struct {
	N    int
	Tags []string
}

func main() {
	m := map[string]Acc{}
	a := m["x"]
	a.N++
	m["x"] = a
	fmt.Println(m)
	pm := map[string]*Acc{}
	pm["y"] = &Acc{}
	pm["y"].N += 5
	pm["y"].Tags = append(pm["y"].Tags, "t")
	fmt.Println(*pm["y"])
	sm := map[string][]int{}
	sm["a"] = append(sm["a"], 1)
	sm["a"] = append(sm["a"], 2)
	sm["b"] = append(sm["b"], 3)
	fmt.Println(sm)
	nested := map[string]map[string]int{}
	if nested["outer"] == nil {
		nested["outer"] = map[string]int{}
	}
	nested["outer"]["inner"]++
	nested["outer"]["inner"]++
	fmt.Println(nested)
	arrm := map[int][3]int{}
	v := arrm[1]
	v[0] = 9
	arrm[1] = v
	fmt.Println(arrm)
	cp := map[string]int{"a": 1}
	alias := cp
	alias["b"] = 2
	fmt.Println(cp)
}

// Output:
// map[x:{1 []}]
// {5 [t]}
// map[a:[1 2] b:[3]]
// map[outer:map[inner:2]]
// map[1:[9 0 0]]
// map[a:1 b:2]
