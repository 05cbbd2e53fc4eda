package main

import "fmt"

var table = build()

func build() map[string]int {
	fmt.Println("building table")
	return map[string]int{"a": 1}
}

func init() {
	fmt.Println("init checks table")
	if table["b"] == 0 {
		panic("init: missing key b")
	}
}

func main() {
	fmt.Println("never reached")
}

// Output:
// building table
// init checks table
// Panic: init: missing key b
