package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return a / b, nil
}

func panicWith(v any) (r any) {
	defer func() { r = recover() }()
	panic(v)
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(panicWith("string"))
	fmt.Println(panicWith(42))
	r := panicWith(MyErr{7})
	fmt.Printf("%T %v\n", r, r)
	if e, ok := r.(error); ok {
		var me MyErr
		fmt.Println(errors.As(e, &me), me.Code)
	}
	r = panicWith(errors.New("wrapped"))
	fmt.Println(r.(error).Error())
	r = panicWith([]int{1, 2})
	fmt.Println(r)
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("after recover, second recover:", recover())
		}()
		defer func() {
			fmt.Println("first:", recover())
		}()
		panic("once")
	}()
}

// Output:
// 5 <nil>
// 0 caught: runtime error: integer divide by zero
// string
// 42
// main.MyErr myerr 7
// true 7
// wrapped
// [1 2]
// <nil>
// first: once
// after recover, second recover: <nil>
