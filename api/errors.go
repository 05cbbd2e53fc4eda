package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/amigo-platform/amigo/node/engine"
)

// RetryAfterSeconds is d as a Retry-After header's value: whole seconds,
// at least 1.
func RetryAfterSeconds(d time.Duration) string {
	return strconv.Itoa(max(1, int((d+time.Second-1)/time.Second)))
}

// Status is the HTTP status the API answers with for c; codes it does not
// know are 500.
func (c ErrorCode) Status() int {
	if s, ok := codeStatus[c]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// codeStatus is the one table of codes and their HTTP statuses.
var codeStatus = map[ErrorCode]int{
	CodeBadRequest:   http.StatusBadRequest,
	CodeUnauthorized: http.StatusUnauthorized,
	CodeForbidden:    http.StatusForbidden,
	CodeNotFound:     http.StatusNotFound,
	CodeMethod:       http.StatusMethodNotAllowed,
	CodeConflict:     http.StatusConflict,
	CodeTooLarge:     http.StatusRequestEntityTooLarge,
	CodeContract:     http.StatusUnprocessableEntity,
	CodeRateLimited:  http.StatusTooManyRequests,
	CodeUnavailable:  http.StatusServiceUnavailable,
	CodeTimeout:      http.StatusGatewayTimeout,
	CodeInternal:     http.StatusInternalServerError,
}

// CodeForStatus is the error code an HTTP status stands for, for a
// response whose body carries none (CodeInternal for any other status).
func CodeForStatus(status int) ErrorCode {
	for c, s := range codeStatus {
		if s == status {
			return c
		}
	}
	return CodeInternal
}

// receiptCode is the error code under which the API reports a failed
// receipt, or "" when the failure is the transaction's own outcome (it
// ran and was reverted) and the receipt is the answer. deploy says whether
// the receipt is a deploy's: a source that does not check is then the
// request's fault.
func receiptCode(rc *engine.Receipt, deploy bool) ErrorCode {
	if rc == nil || rc.OK() {
		return ""
	}
	switch rc.ErrorKind {
	case "not_found":
		return CodeNotFound
	case "args":
		return CodeBadRequest
	case "exists", "duplicate":
		return CodeConflict
	case "check":
		if deploy {
			return CodeBadRequest
		}
	}
	return ""
}

// writeError reports err, as a backend returned it while serving r, in an
// ErrorResponse. Errors without a code are logged and answered with a
// generic message, so internal details do not leak.
func (s *server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var (
		re *ReceiptError
		ae *Error
	)
	switch {
	case errors.As(err, &re) && re.Receipt != nil:
		code := receiptCode(re.Receipt, re.Receipt.Kind == engine.KindDeploy)
		if code == "" {
			code = CodeContract
		}
		s.writeJSON(w, r, code.Status(), &ErrorResponse{Error: ErrorBody{Code: code, Message: re.Receipt.Error}, Receipt: re.Receipt})
	case errors.As(err, &ae):
		if ae.RetryAfter > 0 {
			w.Header().Set("Retry-After", RetryAfterSeconds(ae.RetryAfter))
		}
		s.fail(w, r, ae.Code, ae.Message)
	case errors.Is(err, engine.ErrNotDeployed):
		s.fail(w, r, CodeNotFound, err.Error())
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(r.Context().Err(), context.DeadlineExceeded):
		s.fail(w, r, CodeTimeout, "the request took longer than the node allows")
	case errors.Is(err, context.Canceled):
		// The client went away (or the node is shutting down): nobody
		// may read this answer.
		s.log.Debug("api request canceled", "method", r.Method, "path", r.URL.Path, "err", err)
		s.fail(w, r, CodeUnavailable, "request canceled")
	default:
		s.log.Error("api backend error", "method", r.Method, "path", r.URL.Path, "err", err)
		s.fail(w, r, CodeInternal, "internal error")
	}
}

// fail writes an ErrorResponse with code and message.
func (s *server) fail(w http.ResponseWriter, r *http.Request, code ErrorCode, message string) {
	s.writeJSON(w, r, code.Status(), &ErrorResponse{Error: ErrorBody{Code: code, Message: message}})
}

// writeReceipt answers with a transaction's, query's receipt: 200, or the
// error receiptCode gives with the receipt beside it.
func (s *server) writeReceipt(w http.ResponseWriter, r *http.Request, rc *engine.Receipt, deploy bool) {
	if code := receiptCode(rc, deploy); code != "" {
		s.writeJSON(w, r, code.Status(), &ErrorResponse{Error: ErrorBody{Code: code, Message: rc.Error}, Receipt: rc})
		return
	}
	s.writeJSON(w, r, http.StatusOK, rc)
}
