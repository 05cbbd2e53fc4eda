package main

import "fmt"

type T struct {
	A, B, C int64
}

func main() {
	s := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = append(s, 6, 7, 8, 9, 10, 11, 12, 13)
	fmt.Println(len(s), cap(s))
	t := make([]int, 5)
	t = append(t, 1)
	fmt.Println(len(t), cap(t))
	var ts []T
	for i := 0; i < 10; i++ {
		ts = append(ts, T{})
		fmt.Print(cap(ts), ",")
	}
	fmt.Println()
	var ss []string
	for i := 0; i < 10; i++ {
		ss = append(ss, "")
		fmt.Print(cap(ss), ",")
	}
	fmt.Println()
	var i32 []int32
	for i := 0; i < 20; i++ {
		i32 = append(i32, 0)
		fmt.Print(cap(i32), ",")
	}
	fmt.Println()
	bs := append([]byte("abc"), "defgh"...)
	fmt.Println(len(bs), cap(bs))
}

// Output:
// 5 6
// 13 14
// 6 10
// 1,2,4,4,8,8,8,8,16,16,
// 2,2,4,4,8,8,8,8,16,16,
// 8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,32,32,32,32,
// 8 8
