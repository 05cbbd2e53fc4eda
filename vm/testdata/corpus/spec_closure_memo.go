package main

import "fmt"

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	var fib func(int) int
	memo, misses := memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fib = memo
	fmt.Println(fib(80), *misses)
	fmt.Println(fib(40), *misses)
	sq, m2 := memoize(func(n int) int { return n * n })
	for _, x := range []int{3, 4, 3, 3, 5} {
		fmt.Print(sq(x), " ")
	}
	fmt.Println(*m2)
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5), adders["add100"](5))
	pipeline := []func(int) int{adders["add1"], sq, adders["add100"]}
	v := 2
	for _, p := range pipeline {
		v = p(v)
	}
	fmt.Println(v)
}

// Output:
// 23416728348467685 81
// 102334155 81
// 9 16 9 9 25 3
// 6 15 105
// 109
