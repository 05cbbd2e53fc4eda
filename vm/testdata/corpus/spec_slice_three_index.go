package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	s = append(s, 200)
	s[0] = -1
	fmt.Println(arr, s)
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	u := arr[5:]
	fmt.Println(u, len(u), cap(u))
	v := u[:cap(u)]
	fmt.Println(v)
	w := arr[1:3]
	fmt.Println(w[:5], cap(w))
	sl := []string{"a", "b", "c", "d"}
	k := sl[1:2:3]
	fmt.Println(k, cap(k), k[:2])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(k[:3])
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		lo, hi, mx := 1, 3, 2
		fmt.Println(sl[lo:hi:mx])
	}()
}

// Output:
// [2 3] 2 3
// [0 1 2 3 100 5 6 7] [2 3 100]
// [0 1 2 3 100 5 6 7] [-1 3 100 200]
// 0 0 false
// [5 6 7] 3 3
// [5 6 7]
// [1 2 3 100 5] 7
// [b] 2 [b c]
// recovered: runtime error: slice bounds out of range [:3] with capacity 2
// recovered: runtime error: slice bounds out of range [:3:2]
