package main

import "fmt"

func v(n int) int {
	fmt.Print("v", n, " ")
	return n
}

func main() {
	switch v(3) {
	case v(1), v(2):
		fmt.Println("first")
	case v(3), v(4):
		fmt.Println("second")
	case v(5):
		fmt.Println("third")
	}
	switch {
	case v(0) > 0:
	case v(1) > 0:
		fmt.Println("cond")
	}
	x := 10
	switch y := x / 2; y {
	case 5:
		x = 0
		fallthrough
	case 6:
		fmt.Println("x", x, "y", y)
	}
	type T struct{ A int }
	switch (T{1}) {
	case T{0}:
		fmt.Println("zero")
	case T{1}:
		fmt.Println("one")
	}
}

// Output:
// v3 v1 v2 v3 second
// v0 v1 cond
// x 0 y 5
// one
