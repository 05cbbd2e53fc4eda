package main

import "fmt"

func main() {
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(10), isEven(7), isOdd(1001))
	var expr, term func(s string, i int) (int, int)
	expr = func(s string, i int) (int, int) {
		v, i := term(s, i)
		for i < len(s) && s[i] == '+' {
			var w int
			w, i = term(s, i+1)
			v += w
		}
		return v, i
	}
	term = func(s string, i int) (int, int) {
		if s[i] == '(' {
			v, j := expr(s, i+1)
			return v, j + 1
		}
		return int(s[i] - '0'), i + 1
	}
	v, _ := expr("1+(2+3)+((4))+5", 0)
	fmt.Println(v)
	var hofstadterF, hofstadterM func(int) int
	hofstadterF = func(n int) int {
		if n == 0 {
			return 1
		}
		return n - hofstadterM(hofstadterF(n-1))
	}
	hofstadterM = func(n int) int {
		if n == 0 {
			return 0
		}
		return n - hofstadterF(hofstadterM(n-1))
	}
	for i := range 12 {
		fmt.Print(hofstadterF(i), hofstadterM(i), " ")
	}
	fmt.Println("|")
}

// Output:
// true false false true
// 15
// 1 0 1 0 2 1 2 2 3 2 3 3 4 4 5 4 5 5 6 6 6 6 7 7 |
