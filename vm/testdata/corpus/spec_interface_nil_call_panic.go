package main

import "fmt"

type Greeter interface{ Greet() string }

type English struct{}

func (English) Greet() string { return "hello" }

func main() {
	gs := []Greeter{English{}, nil}
	for _, g := range gs {
		fmt.Println(g.Greet())
	}
}

// Output:
// hello
// Panic: runtime error: invalid memory address or nil pointer dereference
