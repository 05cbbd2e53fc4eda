package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k := range m {
		fmt.Println(k)
	}
	clear(m)
	fmt.Println(m, len(m))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	m["a"] = 1
	fmt.Println("unreachable")
}

// Output:
// true 0 0
// 0 false
// map[] 0
// recovered: assignment to entry in nil map
