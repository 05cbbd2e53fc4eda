package main

import (
	"errors"
	"fmt"
)

type temporary interface{ Temporary() bool }
type coded interface{ Code() int }

type httpErr struct {
	code int
	temp bool
}

func (h httpErr) Error() string   { return fmt.Sprintf("http %d", h.code) }
func (h httpErr) Code() int       { return h.code }
func (h httpErr) Temporary() bool { return h.temp }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type asOverride struct{}

func (asOverride) Error() string { return "as-override" }
func (asOverride) As(target any) bool {
	if p, ok := target.(*httpErr); ok {
		*p = httpErr{418, false}
		return true
	}
	return false
}

func main() {
	err := &wrapped{"fetch", fmt.Errorf("retry 3: %w", httpErr{503, true})}
	var t temporary
	var c coded
	fmt.Println(errors.As(err, &t), t.Temporary())
	fmt.Println(errors.As(err, &c), c.Code())
	var he httpErr
	fmt.Println(errors.As(err, &he), he)
	fmt.Println(errors.As(asOverride{}, &he), he.code)
	fmt.Println(errors.Is(err, httpErr{503, true}), errors.Is(err, httpErr{503, false}))
	chain := []error{}
	for e := error(err); e != nil; e = errors.Unwrap(e) {
		chain = append(chain, e)
	}
	for i, e := range chain {
		fmt.Printf("%d %T %v\n", i, e, e)
	}
	var nilTarget *wrapped
	fmt.Println(errors.As(errors.New("plain"), &nilTarget), nilTarget == nil)
}

// Output:
// true true
// true 503
// true http 503
// true 418
// true false
// 0 *main.wrapped fetch: retry 3: http 503
// 1 *fmt.wrapError retry 3: http 503
// 2 main.httpErr http 503
// false true
