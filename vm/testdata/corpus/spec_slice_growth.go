package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 600; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	var b []byte
	last = -1
	for i := 0; i < 100; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Println("b", len(b), cap(b))
			last = cap(b)
		}
	}
}

// Output:
// 1 4
// 5 8
// 9 16
// 17 32
// 33 64
// 65 128
// 129 256
// 257 512
// 513 848
// b 1 32
// b 33 64
// b 65 128
