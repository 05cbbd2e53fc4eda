package client

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
)

// Error is a request the node refused: the HTTP status, the API's stable
// code and message and, when the failure belongs to a transaction, its
// receipt.
type Error struct {
	Status  int
	Code    api.ErrorCode
	Message string
	Receipt *engine.Receipt // nil unless the node attached one
}

func (e *Error) Error() string {
	if e.Message != "" {
		return e.Message
	}
	return fmt.Sprintf("%s (%d %s)", e.Code, e.Status, http.StatusText(e.Status))
}

// CallFailed is a transaction or query that the node ran and that failed:
// it panicked, ran out of gas, returned a non-nil error, had arguments
// that do not fit, named an unknown package or function, or (deploy) did
// not type-check. A transaction is reverted but its receipt says why.
// Methods that return it return the same receipt beside it.
//
// The node answers a reverted call with its receipt (Err is nil) and the
// failures that are the request's fault (unknown package, bad arguments,
// rejected source, a package that exists) with an error carrying the
// receipt (Err is that *Error, which errors.As finds through Unwrap).
type CallFailed struct {
	Receipt *engine.Receipt
	Err     *Error
}

// Error is the receipt's error and, when known, its position in the
// contract: "runtime error: integer divide by zero at hello.go:7:9".
func (e *CallFailed) Error() string {
	msg := e.Receipt.Error
	if e.Receipt.Pos != "" {
		msg += " at " + e.Receipt.Pos
	}
	return msg
}

// Unwrap gives the node's *Error, if it answered with one.
func (e *CallFailed) Unwrap() error {
	if e.Err == nil {
		return nil
	}
	return e.Err
}

// ErrUnreachable matches (with errors.Is) every error of a request that
// did not reach the node.
var ErrUnreachable = errors.New("node unreachable")

// UnreachableError is a request that did not reach the node at Endpoint:
// nothing listens there, the name does not resolve, or the peer cannot be
// dialled. The node did not see the request.
type UnreachableError struct {
	Endpoint string
	Err      error
}

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("the node at %s is unreachable (%s); start one with \"amigo node\" or set --remote", e.Endpoint, oneLine(e.Err.Error()))
}

// oneLine joins the lines of a multi-line message (libp2p lists every
// failed dial on its own line) with "; ".
func oneLine(msg string) string {
	lines := strings.Split(msg, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimPrefix(strings.TrimSpace(l), "* "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "; ")
}

// Unwrap gives ErrUnreachable and the cause.
func (e *UnreachableError) Unwrap() []error { return []error{ErrUnreachable, e.Err} }

// peerDialError marks a failure to connect to a libp2p peer.
type peerDialError struct{ err error }

func (e *peerDialError) Error() string { return e.err.Error() }
func (e *peerDialError) Unwrap() error { return e.err }

// failed returns rc and, when it records a failure, a *CallFailed.
func failed(rc *engine.Receipt) (*engine.Receipt, error) {
	if rc.Error != "" {
		return rc, &CallFailed{Receipt: rc}
	}
	return rc, nil
}
