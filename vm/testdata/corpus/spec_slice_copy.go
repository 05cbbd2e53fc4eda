package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src, dst[:1])
	fmt.Println(n, src)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	var nilS []int
	fmt.Println(copy(nilS, src), copy(src, nilS))
	e := []int{}
	fmt.Println(copy(e, src))
	arr := [5]int{}
	copy(arr[1:], []int{7, 8, 9, 10, 11})
	fmt.Println(arr)
}

// Output:
// 3 [1 2 3]
// 1 [1 2 3 4 5]
// 4 [1 2 1 2 3 4]
// 4 [3 4 5 6 5 6]
// 4 [104 195 169 108]
// 0 0
// 0
// [0 7 8 9 10]
