package main

import (
	"errors"
	"fmt"
)

var (
	A = errors.New("a failed")
	B = errors.New("b failed")
)

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func (c CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t == 0 || t == c)
}

func main() {
	j := errors.Join(A, B)
	fmt.Println(j)
	fmt.Println(errors.Is(j, A), errors.Is(j, B))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j2 := errors.Join(nil, A)
	fmt.Printf("%q\n", j2.Error())
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	wrapped := fmt.Errorf("ctx: %w", errors.Join(CodeErr(404), A))
	fmt.Println(wrapped)
	var ce CodeErr
	fmt.Println(errors.As(wrapped, &ce), ce)
	fmt.Println(errors.Is(wrapped, CodeErr(404)), errors.Is(wrapped, CodeErr(0)), errors.Is(wrapped, CodeErr(500)))
	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, fmt.Errorf("item %d", i))
	}
	fmt.Println(errors.Join(errs...))
}

// Output:
// a failed
// b failed
// true true
// true true
// "a failed"
// 2
// ctx: code 404
// a failed
// true code 404
// true true false
// item 0
// item 1
// item 2
