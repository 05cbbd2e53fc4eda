package main

import "fmt"

func main() {
	n := 3
	for i := 0; i < 3; i++ {
		fmt.Println(1 << n)
		n -= 2
	}
}

// Output:
// 8
// 2
// Panic: runtime error: negative shift amount
