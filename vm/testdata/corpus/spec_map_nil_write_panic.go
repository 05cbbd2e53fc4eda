package main

import "fmt"

type Registry struct {
	items map[string]int
}

func main() {
	var r Registry
	fmt.Println(len(r.items))
	r.items["x"]++
}

// Output:
// 0
// Panic: assignment to entry in nil map
