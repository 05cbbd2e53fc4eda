package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "not found: " + n.Key }

type Timeout struct{}

func (*Timeout) Error() string     { return "timeout" }
func (*Timeout) Timeout() bool     { return true }
func (t *Timeout) Is(e error) bool { return e == errSentinel }

var errSentinel = errors.New("sentinel")

func main() {
	e1 := errors.New("x")
	fmt.Println(e1, e1.Error(), errors.Unwrap(e1) == nil)
	w := fmt.Errorf("lvl1: %w", fmt.Errorf("lvl2: %w", NotFound{"k"}))
	var nf NotFound
	fmt.Println(errors.As(w, &nf), nf.Key)
	var tmo interface{ Timeout() bool }
	tw := fmt.Errorf("op: %w", &Timeout{})
	fmt.Println(errors.As(tw, &tmo), tmo.Timeout())
	fmt.Println(errors.Is(tw, errSentinel))
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	j := errors.Join(e1, nil, w)
	fmt.Println(errors.Is(j, e1), errors.As(j, &nf))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.ErrUnsupported)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var target NotFound
		errors.As(w, target)
	}()
}

// Output:
// x x true
// true k
// true true
// true
// true Atoi true
// true true
// "x\nlvl1: lvl2: not found: k"
// unsupported operation
// recovered: errors: target must be a non-nil pointer
