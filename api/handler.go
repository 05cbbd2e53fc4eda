package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"sync"
	"time"
)

// Options configures the handler. The zero value is usable.
type Options struct {
	// MaxBodyBytes bounds a request body (default 8 MiB: deploys carry
	// source). Larger bodies are answered 413 too_large.
	MaxBodyBytes int64
	// Timeout bounds the context the backend sees for a request (default
	// 30 s); a backend that gives up with context.DeadlineExceeded is
	// answered 504 timeout. The events stream has no timeout.
	Timeout time.Duration
	// PingInterval is how often the events stream sends a ": ping"
	// comment to keep idle connections open (default 15 s).
	PingInterval time.Duration
	// Logger receives a Debug record per request and an Error record per
	// internal failure or recovered panic (nil: discard).
	Logger *slog.Logger
	// Version is the node's version: sent in the Amigo-Version header of
	// every response and in Status when the backend leaves it empty.
	Version string
	// Authenticate, if set, admits each request before its route runs,
	// given the permission the route needs: "deploy", "call" or "read"
	// ("" for the OpenAPI document, which it is not asked about). Its
	// error is answered as a backend's (an *Error with CodeUnauthorized
	// or CodeForbidden); the caller it returns replaces the caller a
	// deploy, call or query names (CallerFrom). An empty caller with a
	// nil error admits the request without establishing a caller.
	Authenticate func(r *http.Request, perm string) (caller string, err error)
}

// TokenCookie is the cookie a browser's explorer session keeps its bearer
// token in (HttpOnly, SameSite=Strict). Gateways take it instead of an
// Authorization header for GET and HEAD requests only.
const TokenCookie = "amigo_token"

const (
	defaultMaxBody = 8 << 20
	defaultTimeout = 30 * time.Second
	defaultPing    = 15 * time.Second
)

// server serves the routes of one handler.
type server struct {
	b    Backend
	opts Options
	log  *slog.Logger
	mux  *http.ServeMux
}

// NewHandler returns the /v1 HTTP handler over b: the routes that
// types.go lists and openapi.json (served at /v1/openapi.json) describes.
// Every answer but the events stream is JSON, indented with ?pretty=1.
//
// Every error is a JSON ErrorResponse, unknown routes (404 not_found),
// wrong methods (405 method_not_allowed) and panics (500 internal: the
// server keeps serving) included. Errors of b are mapped so:
//
//   - *ReceiptError: as a failed receipt (below), the receipt attached;
//     a failure of another kind is 422 contract_error;
//   - *Error: its code;
//   - wrapping engine.ErrNotDeployed: 404 not_found;
//   - wrapping context.DeadlineExceeded: 504 timeout;
//   - anything else: 500 internal with a generic message, the error
//     logged.
//
// A receipt whose transaction failed is answered 200: the transaction ran
// and was reverted, and the receipt says why. The exceptions are failures
// that are the request's, answered as errors carrying the receipt:
// error_kind "not_found" is 404, "args" 400, "exists" and "duplicate"
// 409, and "check" on a deploy 400.
func NewHandler(b Backend, opts Options) http.Handler {
	return newServer(b, opts)
}

func newServer(b Backend, opts Options) *server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = defaultMaxBody
	}
	if opts.Timeout <= 0 {
		opts.Timeout = defaultTimeout
	}
	if opts.PingInterval <= 0 {
		opts.PingInterval = defaultPing
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &server{b: b, opts: opts, log: log, mux: http.NewServeMux()}
	for _, rt := range s.routes() {
		h := s.admit(rt.perm, rt.handle)
		if !rt.stream {
			h = s.withTimeout(h)
		}
		s.mux.Handle(rt.method+" "+rt.path, h)
	}
	return s
}

// ServeHTTP logs the request, recovers a panic of its handler and routes
// it, answering unknown routes and methods in JSON.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w}
	if s.opts.Version != "" {
		sw.Header().Set("Amigo-Version", s.opts.Version)
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("api handler panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if !sw.wrote {
				s.fail(sw, r, CodeInternal, "internal error")
			}
		}
		status := sw.status
		if !sw.wrote {
			status = http.StatusOK
		}
		s.log.Debug("api request", "method", r.Method, "path", r.URL.Path, "status", status, "duration", time.Since(start))
	}()
	h, pattern := s.mux.Handler(r)
	if pattern == "" {
		// The mux found no route: learn from its own answer whether the
		// path exists under another method, then answer in JSON.
		rec := &statusWriter{ResponseWriter: discardWriter{header: http.Header{}}}
		h.ServeHTTP(rec, r)
		if rec.status == http.StatusMethodNotAllowed {
			sw.Header().Set("Allow", rec.Header().Get("Allow"))
			s.fail(sw, r, CodeMethod, fmt.Sprintf("method %s is not allowed on %s (allowed: %s)", r.Method, r.URL.Path, rec.Header().Get("Allow")))
			return
		}
		s.fail(sw, r, CodeNotFound, fmt.Sprintf("no route %s %s", r.Method, r.URL.Path))
		return
	}
	s.mux.ServeHTTP(sw, r)
}

type ctxKey int

const (
	callerKey ctxKey = iota
	strongKey
)

// CallerFrom is the caller Options.Authenticate established for the
// request, if any.
func CallerFrom(ctx context.Context) (string, bool) {
	c, ok := ctx.Value(callerKey).(string)
	return c, ok
}

// StrongRead reports whether the request asked for a linearizable read
// (?consistency=strong): the backend must make sure its state includes
// every write acknowledged before the request.
func StrongRead(ctx context.Context) bool {
	b, _ := ctx.Value(strongKey).(bool)
	return b
}

// admit runs Options.Authenticate and reads ?consistency.
func (s *server) admit(perm string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		switch c := r.URL.Query().Get("consistency"); c {
		case "", "local":
		case "strong":
			ctx = context.WithValue(ctx, strongKey, true)
		default:
			s.fail(w, r, CodeBadRequest, fmt.Sprintf("consistency %q: want local (the default) or strong", c))
			return
		}
		if s.opts.Authenticate != nil && perm != "" {
			caller, err := s.opts.Authenticate(r, perm)
			if err != nil {
				s.writeError(w, r, err)
				return
			}
			if caller != "" {
				ctx = context.WithValue(ctx, callerKey, caller)
			}
		}
		h(w, r.WithContext(ctx))
	}
}

// RoutePerm is the permission a request's route needs ("deploy", "call",
// "read"; "" for routes that need none) and whether the request names a
// route at all: a proxy in front of the API (a stateless gateway) admits
// requests as the handler would.
func RoutePerm(r *http.Request) (perm string, ok bool) {
	t := routeTable()
	_, pattern := t.mux.Handler(r)
	perm, ok = t.perms[pattern]
	return perm, ok
}

var routeTable = sync.OnceValue(func() (t struct {
	mux   *http.ServeMux
	perms map[string]string
}) {
	t.mux, t.perms = http.NewServeMux(), map[string]string{}
	for _, rt := range (&server{}).routes() {
		pattern := rt.method + " " + rt.path
		t.mux.Handle(pattern, http.NotFoundHandler())
		t.perms[pattern] = rt.perm
	}
	return t
})

// withTimeout bounds the request's context by the handler's timeout.
func (s *server) withTimeout(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
		defer cancel()
		h(w, r.WithContext(ctx))
	}
}

// writeJSON writes v as the response, indented when the request asks
// ?pretty=1.
func (s *server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // markdown and source read better unescaped
	if pretty(r) {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		s.log.Error("api encode response", "method", r.Method, "path", r.URL.Path, "err", err)
		status = http.StatusInternalServerError
		buf.Reset()
		_ = json.NewEncoder(&buf).Encode(&ErrorResponse{Error: ErrorBody{Code: CodeInternal, Message: "internal error"}})
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func pretty(r *http.Request) bool {
	switch r.URL.Query().Get("pretty") {
	case "1", "true":
		return true
	}
	return false
}

// decode reads the request body into v: exactly one JSON value, no
// unknown fields, at most MaxBodyBytes. On failure it answers the request
// and returns false.
func (s *server) decode(w http.ResponseWriter, r *http.Request, v any) bool {
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		// Anything but the end of the body after the value is an error.
		if _, terr := dec.Token(); terr != io.EOF {
			err = errTrailing
			if terr != nil {
				err = terr
			}
		}
	}
	if err == nil {
		return true
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		s.fail(w, r, CodeTooLarge, fmt.Sprintf("request body is larger than %d bytes", tooLarge.Limit))
	case errors.Is(err, io.EOF):
		s.fail(w, r, CodeBadRequest, "request body is empty: want a JSON object")
	case err == errTrailing:
		s.fail(w, r, CodeBadRequest, "request body must hold exactly one JSON value")
	default:
		s.fail(w, r, CodeBadRequest, "invalid JSON body: "+err.Error())
	}
	return false
}

var errTrailing = errors.New("trailing data")

// statusWriter records the status a handler writes.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.status, w.wrote = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection (flush, write
// deadline) through the wrapper.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// discardWriter is a ResponseWriter that keeps only headers.
type discardWriter struct{ header http.Header }

func (d discardWriter) Header() http.Header         { return d.header }
func (d discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (d discardWriter) WriteHeader(int)             {}
