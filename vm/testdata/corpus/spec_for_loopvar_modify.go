package main

import "fmt"

func main() {
	for i := range 5 {
		i += 10
		fmt.Print(i, " ")
	}
	fmt.Println("|")
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		fmt.Print(i, " ")
	}
	fmt.Println("|")
	s := []int{1, 2, 3}
	for i, v := range s {
		v *= 10
		i = 100
		_ = i
		_ = v
	}
	fmt.Println(s)
	var captured []func() int
	for i := 0; i < 6; i += 2 {
		captured = append(captured, func() int { return i })
		i--
	}
	for _, f := range captured {
		fmt.Print(f(), " ")
	}
	fmt.Println("|")
	count := 0
	for i := range 3 {
		for j := range i {
			count += j + 1
		}
	}
	fmt.Println(count)
	n := 3
	for range n {
		n--
	}
	fmt.Println(n)
}

// Output:
// 10 11 12 13 14 |
// 1 2 4 5 7 8 10 |
// [1 2 3]
// -1 0 1 2 3 4 |
// 4
// 0
