package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("unreached 2")
}

func level1() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("level1 recovered ", r)
		}
	}()
	level2()
	return "normal"
}

func helper() any { return recover() }

func indirect() (r any) {
	defer func() {
		r = helper()
	}()
	defer func() {
		if x := recover(); x != nil {
			r = fmt.Sprint("direct:", x)
			panic("second")
		}
	}()
	panic("first")
}

func main() {
	fmt.Println(level1())
	func() {
		defer func() { fmt.Println("outer got:", recover()) }()
		fmt.Println(indirect())
	}()
	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		defer func() {
			defer func() { fmt.Println("inner caught:", recover()) }()
			panic("panic inside defer")
		}()
		panic("original")
	}()
}

// Output:
// level3 defer
// level2 defer
// level1 recovered deep
// outer got: second
// inner caught: panic inside defer
// caught: original
