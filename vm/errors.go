package vm

import (
	"errors"
	"fmt"
	"go/token"
	"strings"
)

// Sentinel errors for the limits an execution can hit. A *RunError wraps
// one of them (test with errors.Is) when a limit ended the execution.
var (
	ErrOutOfGas    = errors.New("out of gas")
	ErrCallDepth   = errors.New("call depth limit exceeded")
	ErrAllocLimit  = errors.New("allocation limit exceeded")
	ErrOutputLimit = errors.New("output limit exceeded")
	ErrPanic       = errors.New("panic")
)

// Diagnostic is one positioned problem found while checking source.
type Diagnostic struct {
	Pos  token.Position
	Msg  string
	Hint string // how to do it in a contract, if the construct is forbidden
}

func (d Diagnostic) Error() string {
	s := d.Msg
	if d.Pos.IsValid() {
		s = d.Pos.String() + ": " + s
	}
	if d.Hint != "" {
		s += " (" + d.Hint + ")"
	}
	return s
}

// CheckError holds every diagnostic found in a package, in source order.
type CheckError struct {
	Diags []Diagnostic
}

func (e *CheckError) Error() string {
	var b strings.Builder
	for i, d := range e.Diags {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Error())
	}
	return b.String()
}

// Frame is one line of a VM stack trace.
type Frame struct {
	Func string
	Pos  token.Position
}

// RunError is an execution that ended abnormally: an unrecovered panic or a
// limit. Kind is ErrPanic or one of the limit sentinels.
type RunError struct {
	Kind    error
	Msg     string // for a panic, the value as Go prints it after "panic: "
	Pos     token.Position
	GasUsed int64
	Trace   []Frame
	// Value is the panic value (a VM value) for Kind == ErrPanic.
	Value any
}

func (e *RunError) Error() string {
	var s string
	if e.Kind == ErrPanic {
		s = "panic: " + e.Msg
	} else {
		s = e.Kind.Error()
		if e.Msg != "" {
			s += ": " + e.Msg
		}
	}
	if e.Pos.IsValid() {
		s += " at " + e.Pos.String()
	}
	return s
}

func (e *RunError) Unwrap() error { return e.Kind }

// TraceString formats the stack like Go's goroutine trace.
func (e *RunError) TraceString() string {
	var b strings.Builder
	for _, f := range e.Trace {
		fmt.Fprintf(&b, "%s(...)\n\t%s\n", f.Func, f.Pos)
	}
	return b.String()
}

// abort is a host panic value that unwinds the whole execution without
// running deferred calls: limits are not recoverable by the program.
type abort struct {
	kind error
	msg  string
	pos  token.Pos
}
