//go:build ignore

// Package fmt implements formatted output as Go's fmt does, for VM values.
package fmt

import (
	"errors"
	"internal/iox"
)

// Stringer is implemented by values with a String method.
type Stringer interface {
	String() string
}

func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string

// wrapIndexes returns the argument indexes of %w verbs in format.
func wrapIndexes(format string) []int

// write writes s to the program's standard output.
func write(s string) int

func Printf(format string, a ...any) (n int, err error) { return write(Sprintf(format, a...)), nil }
func Print(a ...any) (n int, err error)                 { return write(Sprint(a...)), nil }
func Println(a ...any) (n int, err error)               { return write(Sprintln(a...)), nil }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats like Sprintf and returns an error; %w operands are wrapped.
func Errorf(format string, a ...any) error {
	s := Sprintf(format, a...)
	idx := wrapIndexes(format)
	var errs []error
	for _, i := range idx {
		if i < len(a) {
			if e, ok := a[i].(error); ok {
				errs = append(errs, e)
			}
		}
	}
	switch len(errs) {
	case 0:
		return errors.New(s)
	case 1:
		if len(idx) == 1 {
			return &wrapError{s, errs[0]}
		}
	}
	return &wrapErrors{s, errs}
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w iox.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Fprint formats using the default formats and writes to w.
func Fprint(w iox.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats, adds a newline and writes to w.
func Fprintln(w iox.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Append formats using the default formats and appends the result to b.
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }

// Appendln formats using the default formats, adds a newline and appends the result to b.
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }
