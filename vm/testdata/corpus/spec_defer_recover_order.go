package main

import "fmt"

func f() (log []string) {
	defer func() {
		log = append(log, "d1")
	}()
	defer func() {
		if r := recover(); r != nil {
			log = append(log, fmt.Sprint("d2 recovered ", r))
		}
	}()
	defer func() {
		log = append(log, "d3 sees panic in progress")
	}()
	log = append(log, "body")
	panic("P")
}

func g() {
	defer fmt.Println("g: deferred print 1")
	defer func() {
		r := recover()
		fmt.Println("g: recovered", r)
	}()
	defer fmt.Println("g: deferred print 3")
	var a []int
	_ = a[1]
}

func h() (n int) {
	defer func() {
		recover()
		n = -1
	}()
	n = 10
	panic("x")
}

func main() {
	fmt.Println(f())
	g()
	fmt.Println("h:", h())
	fmt.Println("main continues")
}

// Output:
// [body d3 sees panic in progress d2 recovered P d1]
// g: deferred print 3
// g: recovered runtime error: index out of range [1] with length 0
// g: deferred print 1
// h: -1
// main continues
