package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	fmt.Println(fact(10), fact(20), fact(21))
	for i := 0; i <= 20; i += 5 {
		fmt.Print(fib(i), ",")
	}
	fmt.Println()
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ackermann(2, 3))
	m := 0
	hanoi(10, "a", "c", "b", &m)
	fmt.Println(m)
	fmt.Println(depth(10000))
	var perm func([]int, int) [][]int
	perm = func(a []int, k int) [][]int {
		if k == len(a) {
			return [][]int{append([]int(nil), a...)}
		}
		var res [][]int
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			res = append(res, perm(a, k+1)...)
			a[k], a[i] = a[i], a[k]
		}
		return res
	}
	fmt.Println(perm([]int{1, 2, 3}, 0))
}

// Output:
// 3628800 2432902008176640000 14197454024290336768
// 0,5,55,610,6765,
// true true false
// 9
// 1023
// 10000
// [[1 2 3] [1 3 2] [2 1 3] [2 3 1] [3 2 1] [3 1 2]]
