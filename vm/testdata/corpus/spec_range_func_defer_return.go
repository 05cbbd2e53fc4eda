package main

import "fmt"

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func findFirst(target int) (idx int) {
	defer func() { fmt.Println("findFirst defer, idx =", idx) }()
	for i := range Seq(10) {
		defer fmt.Println("deferred in loop body", i)
		if i == target {
			return i * 100
		}
	}
	return -1
}

func nested() {
outer:
	for i := range Seq(3) {
		for j := range Seq(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}
}

func main() {
	fmt.Println(findFirst(2))
	fmt.Println(findFirst(20))
	nested()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i := range Seq(5) {
			if i == 1 {
				panic("boom in body")
			}
		}
	}()
}

// Output:
// iterator cleanup
// deferred in loop body 2
// deferred in loop body 1
// deferred in loop body 0
// findFirst defer, idx = 200
// 200
// iterator cleanup
// deferred in loop body 9
// deferred in loop body 8
// deferred in loop body 7
// deferred in loop body 6
// deferred in loop body 5
// deferred in loop body 4
// deferred in loop body 3
// deferred in loop body 2
// deferred in loop body 1
// deferred in loop body 0
// findFirst defer, idx = -1
// -1
// pair 0 0
// iterator cleanup
// pair 1 0
// iterator cleanup
// iterator cleanup
// iterator cleanup
// iterator cleanup
// recovered: boom in body
