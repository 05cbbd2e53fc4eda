package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func inner() {
	panic(ErrBase)
}

func middle() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("middle: %w", r.(error)))
		}
	}()
	inner()
}

func outer() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	middle()
	return nil
}

func replace() (r any) {
	defer func() { r = recover() }()
	defer func() { panic("replacement") }()
	panic("original")
}

func main() {
	err := outer()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase))
	fmt.Println(replace())
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered same value:", r)
		}()
		defer func() {
			r := recover()
			panic(r)
		}()
		panic(123)
	}()
}

// Output:
// middle: base failure
// true
// replacement
// recovered same value: 123
