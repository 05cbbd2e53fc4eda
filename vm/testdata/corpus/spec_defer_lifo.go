package main

import "fmt"

func main() {
	defer fmt.Println("first deferred, runs last")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
		fmt.Println("inner body")
	}()
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 100
	defer func() { fmt.Println("x in closure:", x) }()
	x = 200
	fmt.Println("main body end")
}

// Output:
// inner body
// inner 2
// inner 1
// main body end
// x in closure: 200
// x at defer time: 1
// loop defer 2
// loop defer 1
// loop defer 0
// first deferred, runs last
