package main

import "fmt"

func main() {
	a := []int{10, 5, 0}
	for _, d := range a {
		fmt.Println(100 / d)
	}
}

// Output:
// 10
// 20
// Panic: runtime error: integer divide by zero
