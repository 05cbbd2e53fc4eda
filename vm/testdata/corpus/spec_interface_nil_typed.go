package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.Msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	var p *MyErr
	var i any = p
	fmt.Println(i == nil, i == (*MyErr)(nil))
	fmt.Printf("%T %v\n", i, i)
	var j any
	fmt.Printf("%T %v\n", j, j)
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target.Msg)
	var s fmt.Stringer
	fmt.Println(s == nil)
	var a, b any
	fmt.Println(a == b)
	a = (*int)(nil)
	fmt.Println(a == b, a == nil)
}

// Output:
// false nil MyErr
// true <nil>
// false true
// *main.MyErr nil MyErr
// <nil> <nil>
// true failed
// true
// true
// false false
