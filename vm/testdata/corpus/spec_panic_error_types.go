package main

import (
	"errors"
	"fmt"
	"strconv"
)

type StackErr struct {
	Op    string
	Depth int
	Cause error
}

func (s *StackErr) Error() string {
	return s.Op + " at depth " + strconv.Itoa(s.Depth) + ": " + s.Cause.Error()
}

func (s *StackErr) Unwrap() error { return s.Cause }

var ErrLimit = errors.New("limit exceeded")

func recurse(d int) {
	if d == 3 {
		panic(&StackErr{"recurse", d, ErrLimit})
	}
	recurse(d + 1)
}

func run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *StackErr:
				err = fmt.Errorf("run: %w", x)
			case error:
				err = x
			default:
				err = fmt.Errorf("unknown panic: %v", x)
			}
		}
	}()
	recurse(0)
	return nil
}

func main() {
	err := run()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrLimit))
	var se *StackErr
	if errors.As(err, &se) {
		fmt.Println(se.Op, se.Depth)
	}
	codes := []any{errors.New("plain"), 42, "str", fmt.Errorf("wrapped: %w", ErrLimit)}
	for _, c := range codes {
		func() {
			defer func() {
				r := recover()
				if e, ok := r.(error); ok {
					fmt.Println("error:", e, errors.Is(e, ErrLimit))
				} else {
					fmt.Printf("non-error %T: %v\n", r, r)
				}
			}()
			panic(c)
		}()
	}
}

// Output:
// run: recurse at depth 3: limit exceeded
// true
// recurse 3
// error: plain false
// non-error int: 42
// non-error string: str
// error: wrapped: limit exceeded true
