package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	a[0] = 100
	fmt.Println(a, s)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(*p, s)
	b := [5]int(s)
	fmt.Println(b)
	e := [0]int(s[:0])
	fmt.Println(e, len(e))
	var nilS []int
	np := (*[0]int)(nilS)
	fmt.Println(np == nil)
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		c := [6]int(s)
		fmt.Println(c)
	}()
	str := []byte("hello")
	arr := [5]byte(str)
	fmt.Println(string(arr[:]), arr == [5]byte{'h', 'e', 'l', 'l', 'o'})
}

// Output:
// [100 2 3] [1 2 3 4 5]
// [1 200] [1 200 3 4 5]
// [1 200 3 4 5]
// [] 0
// true
// recovered: runtime error: cannot convert slice with length 5 to array or pointer to array with length 6
// hello true
