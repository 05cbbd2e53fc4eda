package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	_
	FlagD
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(FlagA, FlagB, FlagD, FlagA|FlagD)
	fmt.Printf("%T %T\n", Monday, FlagB)
	const (
		p = iota * iota
		q
		r
	)
	fmt.Println(p, q, r)
}

// Output:
// 0 1 2 3
// 1024 1048576 1073741824 1099511627776
// 0 0 1 10 2 20
// s s 2 3
// 1 2 8 9
// main.Weekday main.Flags
// 0 1 4
