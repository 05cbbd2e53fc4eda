package main

import "fmt"

func Pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func main() {
	var fs []func() string
	for i, sq := range Pairs(4) {
		fs = append(fs, func() string { return fmt.Sprint(i, ":", sq) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("|")
	var ptrs []*int
	for i := range Pairs(3) {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()
	total := 0
	add := func(v int) { total += v }
	for _, sq := range Pairs(5) {
		defer add(sq)
	}
	fmt.Println("total before return:", total)
	func() {
		for i := range Pairs(3) {
			defer fmt.Println("deferred from range-func body", i)
		}
		fmt.Println("inner func end")
	}()
}

// Output:
// 0:0 1:1 2:4 3:9 |
// 012
// total before return: 0
// inner func end
// deferred from range-func body 2
// deferred from range-func body 1
// deferred from range-func body 0
