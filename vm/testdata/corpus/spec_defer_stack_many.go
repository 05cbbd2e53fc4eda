package main

import "fmt"

func deep(n int, acc *[]int) {
	defer func() { *acc = append(*acc, n) }()
	if n > 0 {
		deep(n-1, acc)
	}
}

func many() (sum int) {
	for i := 1; i <= 1000; i++ {
		defer func() { sum += i }()
	}
	return 0
}

func main() {
	var acc []int
	deep(5, &acc)
	fmt.Println(acc)
	fmt.Println(many())
	order := ""
	func() {
		for _, c := range "abcde" {
			defer func() { order += string(c) }()
		}
	}()
	fmt.Println(order)
	x := 0
	func() {
		defer func(v int) { x = v * 2 }(x + 5)
		x = 100
	}()
	fmt.Println(x)
}

// Output:
// [0 1 2 3 4 5]
// 500500
// edcba
// 10
