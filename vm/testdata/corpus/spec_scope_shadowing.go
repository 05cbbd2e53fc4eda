package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 1, errors.New("e") }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else", y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	var err error
	if true {
		n, err := get()
		_ = n
		fmt.Println("inner err:", err)
	}
	fmt.Println("outer err:", err)
	n, err := get()
	fmt.Println(n, err)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int = string
	var s int = "now a string"
	fmt.Println(s)
	true := false
	fmt.Println(true)
	switch x := 3.5; {
	case x > 1:
		fmt.Println("switch x", x)
	}
	fmt.Println(x)
}

// Output:
// package
// main
// block
// main
// if 5
// loop 0
// loop 10
// inner err: e
// outer err: <nil>
// 1 e
// 42
// now a string
// false
// switch x 3.5
// main
