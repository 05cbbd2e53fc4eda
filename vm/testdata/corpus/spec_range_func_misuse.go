package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func swallow(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator swallowed:", r)
	}()
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		for x := range bad {
			fmt.Println("got", x)
			break
		}
		fmt.Println("after loop")
	}()
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		for x := range swallow {
			fmt.Println("body", x)
			if x == 1 {
				panic("body panic")
			}
		}
	}()
}

// Output:
// got 1
// recovered: runtime error: range function continued iteration after function for loop body returned false
// body 0
// body 1
// iterator swallowed: body panic
// outer recovered: runtime error: range function recovered a loop body panic and did not resume panicking
