package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprintf("code %d", c.code) }

func main() {
	base := codeErr{7}
	e := fmt.Errorf("op %s: %w", "read", base)
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Printf("%+v|%#v\n", base, base)
	var ce codeErr
	fmt.Println(errors.As(e, &ce), ce.code)
	e2 := fmt.Errorf("%w; %w", errors.New("a"), errors.New("b"))
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("%w", nil)
	fmt.Println(e3)
	e4 := fmt.Errorf("value %d", 5)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("%v and %w", "x", base)
	fmt.Println(e5, errors.Is(e5, base))
	fmt.Printf("%T %T %T\n", e, e2, e4)
	e6 := fmt.Errorf("bad verb %w", "not an error")
	fmt.Println(e6)
}

// Output:
// op read: code 7
// op read: code 7|op read: code 7|"op read: code 7"
// code 7|main.codeErr{code:7}
// true 7
// a; b true
// %!w(<nil>)
// value 5 true
// x and code 7 true
// *fmt.wrapError *fmt.wrapErrors *errors.errorString
// bad verb %!w(string=not an error)
