package main

import "fmt"

func get(a [4]int, i int) int {
	return a[i]
}

func main() {
	a := [4]int{10, 20, 30, 40}
	fmt.Println(get(a, 3))
	fmt.Println(get(a, 4))
}

// Output:
// 40
// Panic: runtime error: index out of range [4] with length 4
