package main

import "fmt"

func main() {
	var v any = "hello"
	fmt.Println(v.(string))
	n := v.(int)
	fmt.Println(n)
}

// Output:
// hello
// Panic: interface conversion: interface {} is string, not int
