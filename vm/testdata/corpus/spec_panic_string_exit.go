package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("value too large: %d", n))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}

// Output:
// ok 0
// ok 1
// ok 2
// Panic: value too large: 3
