package main

import (
	"fmt"
	"slices"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				fmt.Println("  (stopped at", i, ")")
				return
			}
		}
	}
}

func Fib() func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Nothing(yield func() bool) {
	yield()
	yield()
}

func main() {
	for i := range Count(4) {
		fmt.Print(i, ";")
	}
	fmt.Println()
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			fmt.Println("break at", s)
			break
		}
		fmt.Println(i, s)
	}
	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, ",")
	}
	fmt.Println()
	n := 0
	for range Nothing {
		n++
	}
	fmt.Println(n)
	sum := 0
	for i := range Count(10) {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
}

func init() {
	fmt.Println(slices.Collect(Count(3)))
}

// Output:
// [0 1 2]
// 0;1;2;3;
// 0 a
// break at b
//   (stopped at 1 )
// 0,1,1,2,3,5,8,13,21,34,
// 2
// 25
