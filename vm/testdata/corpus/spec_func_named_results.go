package main

import "fmt"

func f1() (x int) {
	x = 5
	return
}

func f2() (x int) {
	defer func() { x *= 2 }()
	return 7
}

func f3() (s string, n int) {
	s, n = "a", 1
	if n > 0 {
		s := "shadow"
		_ = s
		return "explicit", 2
	}
	return
}

func f4() (a, b int) {
	a, b = 1, 2
	a, b = b, a
	return
}

func f5() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("boom")
}

func f6() (r []int) {
	for i := 0; i < 3; i++ {
		r = append(r, i*i)
	}
	return
}

func main() {
	fmt.Println(f1(), f2())
	fmt.Println(f3())
	fmt.Println(f4())
	fmt.Println(f5())
	fmt.Println(f6())
}

// Output:
// 5 14
// explicit 2
// 2 1
// recovered: boom
// [0 1 4]
