package main

import "fmt"

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a / b, nil
}

func mod8(a, b int8) (r int8, msg string) {
	defer func() {
		if x := recover(); x != nil {
			msg = fmt.Sprint(x)
		}
	}()
	return a % b, "ok"
}

func main() {
	fmt.Println(div(10, 3))
	q, err := div(1, 0)
	fmt.Println(q, err)
	fmt.Println(err.Error())
	fmt.Println(mod8(7, 3))
	fmt.Println(mod8(7, 0))
	var u uint = 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(uint(5) / u)
	}()
}

// Output:
// 3 <nil>
// 0 runtime error: integer divide by zero
// runtime error: integer divide by zero
// 1 ok
// 0 runtime error: integer divide by zero
// recovered: runtime error: integer divide by zero
