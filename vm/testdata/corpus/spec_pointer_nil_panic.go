package main

import "fmt"

type Config struct {
	Name string
}

func main() {
	var c *Config
	fmt.Println("loading")
	fmt.Println(c.Name)
}

// Output:
// loading
// Panic: runtime error: invalid memory address or nil pointer dereference
