package main

import "fmt"

func main() {
	var s []string
	prev := -1
	for i := 0; i < 50; i++ {
		s = append(s, "x")
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	a := make([]int, 0, 3)
	a = append(a, 1, 2, 3, 4)
	fmt.Println(len(a), cap(a))
	b := make([]int, 7)
	b = append(b, 1)
	fmt.Println(len(b), cap(b))
	c := make([]byte, 5)
	c = append(c, 'x')
	fmt.Println(len(c), cap(c))
	d := append([]int64{}, make([]int64, 11)...)
	fmt.Println(len(d), cap(d))
	e := append(make([]int, 300), 1)
	fmt.Println(len(e), cap(e))
	f := append(make([]int, 1024), 1)
	fmt.Println(len(f), cap(f))
}

// Output:
// 1 2
// 3 4
// 5 8
// 9 16
// 17 32
// 33 71
// 4 4
// 8 14
// 6 16
// 11 12
// 301 608
// 1025 1536
