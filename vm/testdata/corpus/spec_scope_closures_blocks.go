package main

import "fmt"

var counter = 100

func incGlobal() int {
	counter++
	return counter
}

func main() {
	fmt.Println(incGlobal())
	counter := 0
	inc := func() int {
		counter++
		return counter
	}
	inc()
	inc()
	fmt.Println(counter, incGlobal())
	x := 1
	{
		x := x + 1
		{
			x := x * 10
			fmt.Println("inner", x)
		}
		fmt.Println("middle", x)
	}
	fmt.Println("outer", x)
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		x := i * i
		fs = append(fs, func() int { return x })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("|")
	if v, err := fmt.Sprint("v"), error(nil); err != nil {
		fmt.Println("err branch", v)
	} else {
		fmt.Println("ok branch", v)
	}
	type T int
	{
		type T string
		var t T = "inner T"
		fmt.Printf("%T %v\n", t, t)
	}
	var t T = 5
	fmt.Printf("%T %v\n", t, t)
}

// Output:
// 101
// 2 102
// inner 20
// middle 2
// outer 1
// 0 1 4 |
// ok branch v
// main.T inner T
// main.T 5
