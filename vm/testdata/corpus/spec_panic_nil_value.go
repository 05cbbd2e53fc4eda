package main

import (
	"errors"
	"fmt"
)

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T\n", r)
			err, ok := r.(error)
			fmt.Println(ok, err)
			var rt interface{ RuntimeError() }
			fmt.Println(errors.As(err, &rt))
		}()
		panic(nil)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println(r == nil)
		}()
		var e error
		if e != nil {
			panic(e)
		}
		fmt.Println("no panic")
	}()
}

// Output:
// *runtime.PanicNilError
// true panic called with nil argument
// true
// no panic
// true
