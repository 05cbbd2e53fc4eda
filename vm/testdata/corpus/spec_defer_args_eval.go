package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value recv:", t.name) }
func (t *T) PShow() { fmt.Println("ptr recv:", t.name) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func work() {
	defer un(trace("work"))
	fmt.Println("in work")
}

func main() {
	work()
	t := T{"before"}
	defer t.Show()
	defer t.PShow()
	t.name = "after"
	s := []int{1, 2, 3}
	defer fmt.Println("slice:", s)
	s[0] = 100
	arr := [2]int{1, 2}
	defer fmt.Println("array:", arr)
	arr[0] = 100
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	for i := range 2 {
		defer func(n int) { fmt.Println("param", n, "captured", i) }(i * 10)
	}
}

// Output:
// enter work
// in work
// leave work
// param 10 captured 1
// param 0 captured 0
// original f
// array: [1 2]
// slice: [100 2 3]
// ptr recv: after
// value recv: before
