package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type QueryErr struct {
	Query string
	Err   error
}

func (q *QueryErr) Error() string { return "query " + q.Query + ": " + q.Err.Error() }
func (q *QueryErr) Unwrap() error { return q.Err }

func find(k string) error {
	if k == "" {
		return &QueryErr{"<empty>", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	e1 := find("x")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Is(e1, ErrPerm))
	fmt.Println(errors.Unwrap(e1) == ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Unwrap(errors.Unwrap(e2)) == ErrNotFound)
	e3 := find("")
	var qe *QueryErr
	if errors.As(fmt.Errorf("ctx: %w", e3), &qe) {
		fmt.Println("as:", qe.Query, qe.Err)
	}
	fmt.Println(errors.As(e1, &qe))
	e4 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e4, errors.Is(e4, ErrNotFound), errors.Unwrap(e4))
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPerm)
	fmt.Println(multi, errors.Is(multi, ErrPerm), errors.Unwrap(multi))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrPerm), errors.Unwrap(nil))
}

// Output:
// find "x": not found
// true false
// true
// layer2: find "x": not found
// true true
// as: <empty> not found
// false
// no wrap: not found false <nil>
// both: not found and permission denied true <nil>
// true false <nil>
