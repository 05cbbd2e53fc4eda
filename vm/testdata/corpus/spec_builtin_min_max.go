package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -0.5))
	fmt.Println(min("b", "a", "c"), max("apple", "banana"))
	var i8 int8 = -5
	fmt.Println(min(i8, 3), max(i8, -100))
	fmt.Println(min(1), max("only"))
	x, y := 7, 9
	fmt.Println(min(x, y, 8), max(x, y, 8))
	fmt.Println(min(math.NaN(), 1), max(1, math.NaN()))
	fmt.Println(min(math.Inf(-1), 0), max(math.Inf(1), 0))
	negZero := math.Copysign(0, -1)
	fmt.Println(1/min(0.0, negZero), 1/max(negZero, 0.0))
	const c = min(10, 20) * max(2, 3)
	fmt.Println(c)
	var u uint = 5
	fmt.Println(min(u, 3))
	fmt.Println(min("", "a"), max("", "a") == "a")
}

// Output:
// 1 3
// 1 -0.5
// a banana
// -5 -5
// 1 only
// 7 9
// NaN NaN
// -Inf +Inf
// -Inf +Inf
// 30
// 3
//  true
