package client_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/client/clienttest"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

func newClient(t *testing.T, endpoint string) *client.Client {
	t.Helper()
	c, err := client.New(endpoint)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// The example of DESIGN.md section 3.
func TestCallExample(t *testing.T) {
	n := clienttest.NewNode(t)
	c, err := client.New(n.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rc, err := c.Call(context.Background(), "hello.Greet", "world")
	if err != nil {
		t.Fatal(err)
	}
	if string(rc.Result) != `"Hello, world!"` || rc.GasUsed != 1234 || rc.Hash == "" || rc.Height != 2 {
		t.Fatalf("receipt %+v", rc)
	}
	if len(rc.Events) != 1 || rc.Events[0].Type != "greeted" || rc.Events[0].Attrs["name"] != "world" {
		t.Fatalf("events %+v", rc.Events)
	}
	if got := n.Requests(); len(got) != 1 || got[0] != "POST /v1/call" {
		t.Fatalf("requests %q", got)
	}
}

func TestNewEndpoints(t *testing.T) {
	for _, tc := range []struct {
		endpoint, want, err string
	}{
		{"", client.DefaultEndpoint, ""},
		{"http://127.0.0.1:9000", "http://127.0.0.1:9000", ""},
		{"127.0.0.1:9000", "127.0.0.1:9000", ""},
		{"https://gw.example.com/amigo/", "https://gw.example.com/amigo/", ""},
		{"ftp://x", "", "want an http(s) URL or a multiaddr"},
		{"http://", "", "has no host"},
		{"http://h/?a=b", "", "query or fragment"},
		{"/ip4/127.0.0.1/tcp/4001", "", "does not end in /p2p/<peer-id>"},
		{"/nonsense", "", "not a valid multiaddr"},
	} {
		c, err := client.New(tc.endpoint)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("New(%q): err %v, want %q", tc.endpoint, err, tc.err)
			}
			if cerr := client.CheckEndpoint(tc.endpoint); cerr == nil {
				t.Errorf("CheckEndpoint(%q) = nil", tc.endpoint)
			}
			continue
		}
		if err != nil {
			t.Errorf("New(%q): %v", tc.endpoint, err)
			continue
		}
		if c.Endpoint() != tc.want {
			t.Errorf("New(%q).Endpoint() = %q", tc.endpoint, c.Endpoint())
		}
		c.Close()
	}
}

func TestPathPrefix(t *testing.T) {
	n := clienttest.NewNode(t)
	mux := http.NewServeMux()
	mux.Handle("/amigo/", http.StripPrefix("/amigo", n.Config.Handler))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	st, err := newClient(t, srv.URL+"/amigo/").Status(ctxT(t))
	if err != nil || st.PeerID != clienttest.PeerID {
		t.Fatalf("status %+v, %v", st, err)
	}
}

func TestStatusAndPeers(t *testing.T) {
	n := clienttest.NewNode(t)
	c := newClient(t, n.URL)
	st, err := c.Status(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	if st.Profile != "dev" || st.Height != 1 || st.Packages != 1 || st.Caller != clienttest.DevCaller {
		t.Fatalf("status %+v", st)
	}
	pl, err := c.Peers(ctxT(t))
	if err != nil || len(pl.Peers) != 1 || pl.Peers[0].Protocols[0] != api.Protocol {
		t.Fatalf("peers %+v, %v", pl, err)
	}
}

func TestDeployAndPackages(t *testing.T) {
	n := clienttest.NewNode(t)
	c := newClient(t, n.URL)
	ctx := ctxT(t)
	src := "// Package token counts.\npackage token\n\n// Mint mints.\nfunc Mint(to string, n int) error { return nil }\n"
	rc, err := c.Deploy(ctx, "alice/token", []vm.File{{Name: "token.go", Src: []byte(src)}}, client.CallOptions{Caller: "alice", GasLimit: 9000})
	if err != nil {
		t.Fatal(err)
	}
	if rc.Kind != engine.KindDeploy || rc.Caller != "alice" || rc.Hash == "" {
		t.Fatalf("receipt %+v", rc)
	}

	list, err := c.Packages(ctx, "", 0, 0)
	if err != nil || list.Total != 2 || len(list.Packages) != 2 || list.Packages[0].Path != "alice/token" || list.Packages[1].Path != "hello" {
		t.Fatalf("packages %+v, %v", list, err)
	}
	list, err = c.Packages(ctx, "tok", 1, 0)
	if err != nil || list.Total != 1 || list.Packages[0].Path != "alice/token" {
		t.Fatalf("packages q=tok %+v, %v", list, err)
	}
	list, err = c.Packages(ctx, "", 1, 1)
	if err != nil || list.Total != 2 || len(list.Packages) != 1 || list.Packages[0].Path != "hello" {
		t.Fatalf("packages page 2 %+v, %v", list, err)
	}
	if r := n.Requests(); r[len(r)-1] != "GET /v1/packages?limit=1&offset=1" {
		t.Errorf("request %q", r[len(r)-1])
	}

	pi, err := c.Package(ctx, "alice/token")
	if err != nil {
		t.Fatal(err)
	}
	if pi.Name != "token" || pi.Doc != "Package token counts." || len(pi.Files) != 1 || len(pi.Funcs) != 1 || pi.Funcs[0].Signature != "func Mint(to string, n int) error" {
		t.Fatalf("package %+v", pi)
	}

	// A second deploy to the same path conflicts: the receipt comes back
	// with a *CallFailed carrying the node's error.
	rc, err = c.Deploy(ctx, "alice/token", []vm.File{{Name: "token.go", Src: []byte(src)}}, client.CallOptions{})
	var cf *client.CallFailed
	var e *client.Error
	if !errors.As(err, &cf) || !errors.As(err, &e) || e.Code != api.CodeConflict || e.Status != 409 || rc == nil || rc.ErrorKind != "exists" || cf.Receipt != rc {
		t.Fatalf("redeploy: %v (%T), receipt %+v", err, err, rc)
	}

	// Source that does not parse.
	rc, err = c.Deploy(ctx, "bad", []vm.File{{Name: "bad.go", Src: []byte("package bad\nfunc {")}}, client.CallOptions{})
	if !errors.As(err, &e) || e.Code != api.CodeBadRequest || rc == nil || rc.ErrorKind != "check" {
		t.Fatalf("bad source: %v, receipt %+v", err, rc)
	}

	// Async: only the hash.
	rc, err = c.Deploy(ctx, "later", []vm.File{{Name: "later.go", Src: []byte("package later\n")}}, client.CallOptions{Async: true})
	if err != nil || rc.Hash == "" || rc.Height != 0 {
		t.Fatalf("async deploy %+v, %v", rc, err)
	}
}

func TestPackageNotFound(t *testing.T) {
	n := clienttest.NewNode(t)
	_, err := newClient(t, n.URL).Package(ctxT(t), "nope")
	var e *client.Error
	if !errors.As(err, &e) || e.Code != api.CodeNotFound || e.Status != 404 || e.Message != "package nope is not deployed" || e.Receipt != nil {
		t.Fatalf("err %#v", err)
	}
}

func TestCallFailures(t *testing.T) {
	n := clienttest.NewNode(t)
	c := newClient(t, n.URL)
	ctx := ctxT(t)

	// A reverted call: 200 with a failed receipt.
	rc, err := c.Call(ctx, "hello.Fail")
	var cf *client.CallFailed
	if !errors.As(err, &cf) || cf.Receipt != rc || rc == nil || rc.Height == 0 {
		t.Fatalf("Fail: %v (%T), %+v", err, err, rc)
	}
	if err.Error() != "runtime error: integer divide by zero at hello.go:12:9" || cf.Err != nil {
		t.Fatalf("Fail: %q, %v", err, cf.Err)
	}
	var e *client.Error
	if errors.As(err, &e) {
		t.Fatalf("a reverted call is not an *Error: %v", e)
	}

	// Bad arguments and unknown packages are the request's fault: an
	// *Error with the receipt, still a *CallFailed.
	for _, tc := range []struct {
		target string
		args   []string
		code   api.ErrorCode
		kind   string
	}{
		{"hello.Greet", nil, api.CodeBadRequest, "args"},
		{"hello.Nope", nil, api.CodeBadRequest, "args"},
		{"nope.Greet", []string{"x"}, api.CodeNotFound, "not_found"},
	} {
		rc, err := c.Call(ctx, tc.target, tc.args...)
		if !errors.As(err, &cf) || !errors.As(err, &e) || e.Code != tc.code || rc == nil || rc.ErrorKind != tc.kind || e.Receipt != rc {
			t.Errorf("%s: %v (%T), receipt %+v", tc.target, err, err, rc)
		}
	}

	// A target that is not PKG.FUNC fails before any request.
	before := len(n.Requests())
	if _, err := c.Call(ctx, "hello"); err == nil || !strings.Contains(err.Error(), "package.Func") {
		t.Errorf("bad target: %v", err)
	}
	if len(n.Requests()) != before {
		t.Errorf("a bad target made a request")
	}
}

func TestCallWithOptions(t *testing.T) {
	n := clienttest.NewNode(t)
	c := newClient(t, n.URL)
	ctx := ctxT(t)
	rc, err := c.CallWith(ctx, client.CallRequest{Package: "hello", Func: "Greet", Args: []string{"bob"}, Caller: "alice", GasLimit: 5000})
	if err != nil || rc.Caller != "alice" {
		t.Fatalf("%+v, %v", rc, err)
	}
	rc, err = c.CallWith(ctx, client.CallRequest{Package: "hello", Func: "Greet", Args: []string{"bob"}, Async: true})
	if err != nil || rc.Hash == "" || rc.Result != nil {
		t.Fatalf("async %+v, %v", rc, err)
	}
	got, err := c.Tx(ctx, rc.Hash)
	if err != nil || string(got.Result) != `"Hello, bob!"` {
		t.Fatalf("tx of async call %+v, %v", got, err)
	}

	// Off the dev profile a caller override is refused, with no receipt.
	n.SetProfile("cluster")
	rc, err = c.CallWith(ctx, client.CallRequest{Package: "hello", Func: "Greet", Args: []string{"bob"}, Caller: "alice"})
	var e *client.Error
	var cf *client.CallFailed
	if !errors.As(err, &e) || e.Code != api.CodeForbidden || e.Status != 403 || errors.As(err, &cf) || rc != nil {
		t.Fatalf("forbidden: %v (%T), %+v", err, err, rc)
	}
}

func TestQuery(t *testing.T) {
	n := clienttest.NewNode(t)
	c := newClient(t, n.URL)
	ctx := ctxT(t)
	rc, err := c.Query(ctx, "hello.Greet", "q")
	if err != nil || string(rc.Result) != `"Hello, q!"` || rc.Kind != "query" {
		t.Fatalf("%+v, %v", rc, err)
	}
	rc, err = c.QueryWith(ctx, client.CallRequest{Package: "hello", Func: "Burn"})
	var cf *client.CallFailed
	if !errors.As(err, &cf) || rc.ErrorKind != "out_of_gas" {
		t.Fatalf("%+v, %v", rc, err)
	}
	if st, _ := c.Status(ctx); st.Height != 1 {
		t.Errorf("queries advanced the height to %d", st.Height)
	}
}

func TestRender(t *testing.T) {
	n := clienttest.NewNode(t)
	c := newClient(t, n.URL)
	ctx := ctxT(t)
	out, err := c.Render(ctx, "hello", "a/b")
	if err != nil || out.Markdown != "# hello\n\npath: a/b\n" || out.Package != "hello" || out.Path != "a/b" {
		t.Fatalf("%+v, %v", out, err)
	}
	_, err = c.Render(ctx, "hello", "panic")
	var e *client.Error
	if !errors.As(err, &e) || e.Code != api.CodeContract || e.Status != 422 || e.Receipt == nil || e.Receipt.Pos != "hello.go:19:1" {
		t.Fatalf("render panic: %#v", err)
	}
	_, err = c.Render(ctx, "nope", "")
	if !errors.As(err, &e) || e.Code != api.CodeNotFound {
		t.Fatalf("render unknown: %v", err)
	}
}

func TestTxs(t *testing.T) {
	n := clienttest.NewNode(t)
	c := newClient(t, n.URL)
	ctx := ctxT(t)
	var hashes []string
	for _, name := range []string{"a", "b", "c"} {
		rc, err := c.Call(ctx, "hello.Greet", name)
		if err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, rc.Hash)
	}
	list, err := c.Txs(ctx, 0, 2)
	if err != nil || len(list.Txs) != 2 || list.Txs[0].Hash != hashes[2] || list.Txs[1].Hash != hashes[1] || list.Next != 3 {
		t.Fatalf("page 1: %+v, %v", list, err)
	}
	list, err = c.Txs(ctx, list.Next, 2)
	if err != nil || len(list.Txs) != 2 || list.Txs[0].Hash != hashes[0] || list.Txs[1].Height != 1 || list.Next != 0 {
		t.Fatalf("page 2: %+v, %v", list, err)
	}
	rc, err := c.Tx(ctx, hashes[1])
	if err != nil || rc.Args[0] != "b" {
		t.Fatalf("tx: %+v, %v", rc, err)
	}
	_, err = c.Tx(ctx, strings.Repeat("00", 32))
	var e *client.Error
	if !errors.As(err, &e) || e.Code != api.CodeNotFound {
		t.Fatalf("unknown tx: %v", err)
	}
	_, err = c.Tx(ctx, "xyz")
	if !errors.As(err, &e) || e.Code != api.CodeBadRequest || !strings.Contains(e.Message, "64 hex digits") {
		t.Fatalf("bad hash: %v", err)
	}
}

func TestEvents(t *testing.T) {
	n := clienttest.NewNode(t)
	c := newClient(t, n.URL)
	ctx, cancel := context.WithCancel(ctxT(t))
	defer cancel()
	all, allErr := c.Events(ctx, "")
	other, otherErr := c.Events(ctx, "other")
	n.WaitSubscribers(t, 2)
	rc, err := c.Call(ctx, "hello.Greet", "ev")
	if err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-all:
		if ev.Height != rc.Height || ev.Tx != rc.Hash || ev.Pkg != "hello" || ev.Type != "greeted" || ev.Attrs["name"] != "ev" || !ev.Time.Equal(rc.Time) {
			t.Fatalf("event %+v", ev)
		}
	case err := <-allErr:
		t.Fatalf("stream ended: %v", err)
	}
	cancel()
	for range all {
	}
	if err := <-allErr; err != nil {
		t.Fatalf("after cancel: %v", err)
	}
	if ev, ok := <-other; ok {
		t.Fatalf("other package's stream got %+v", ev)
	}
	if err := <-otherErr; err != nil {
		t.Fatalf("after cancel: %v", err)
	}
}

func TestEventsNodeCloses(t *testing.T) {
	n := clienttest.NewNode(t)
	events, errc := newClient(t, n.URL).Events(ctxT(t), "hello")
	n.WaitSubscribers(t, 1)
	n.CloseStreams()
	for range events {
	}
	if err := <-errc; err == nil || !strings.Contains(err.Error(), "closed the stream") {
		t.Fatalf("err %v", err)
	}
}

func TestEventsErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("package") == "json" {
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte("{}"))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(503)
		w.Write([]byte(`{"error":{"code":"unavailable","message":"shutting down"}}`))
	}))
	defer srv.Close()
	c := newClient(t, srv.URL)
	events, errc := c.Events(ctxT(t), "")
	if _, ok := <-events; ok {
		t.Fatal("got an event")
	}
	var e *client.Error
	if err := <-errc; !errors.As(err, &e) || e.Code != api.CodeUnavailable || e.Message != "shutting down" {
		t.Fatalf("err %v", err)
	}
	_, errc = c.Events(ctxT(t), "json")
	if err := <-errc; err == nil || !strings.Contains(err.Error(), "not an event stream") {
		t.Fatalf("err %v", err)
	}
}

func TestErrorDecoding(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/status":
			http.Error(w, "bad gateway\nmore", http.StatusBadGateway)
		case "/v1/peers":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte("{not json"))
		case "/v1/call":
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(422)
			w.Write([]byte(`{"error":{"code":"contract_error","message":"boom"},"receipt":{"kind":"call","package":"p","func":"F","error":"boom","error_kind":"panic","pos":"p.go:1:2","gas_used":7}}`))
		default:
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"error":{"code":"unauthorized","message":"a bearer token is required"}}`))
		}
	}))
	defer srv.Close()
	c := newClient(t, srv.URL)
	ctx := ctxT(t)

	_, err := c.Status(ctx)
	var e *client.Error
	if !errors.As(err, &e) || e.Status != 502 || e.Code != api.CodeInternal ||
		e.Message != "GET /v1/status: unexpected response 502 Bad Gateway from "+srv.URL+" (is it an amigo node?): bad gateway" {
		t.Fatalf("non-JSON error: %#v", err)
	}
	if _, err := c.Peers(ctx); err == nil || !strings.Contains(err.Error(), "decode the node's response") {
		t.Fatalf("malformed JSON: %v", err)
	}
	rc, err := c.Call(ctx, "p.F")
	var cf *client.CallFailed
	if !errors.As(err, &cf) || !errors.As(err, &e) || e.Code != api.CodeContract || rc == nil || rc.GasUsed != 7 || err.Error() != "boom at p.go:1:2" {
		t.Fatalf("error with receipt: %v, %+v", err, rc)
	}
	_, err = c.Txs(ctx, 0, 0)
	if !errors.As(err, &e) || e.Code != api.CodeUnauthorized || e.Error() != "a bearer token is required" {
		t.Fatalf("unauthorized: %v", err)
	}
}

func TestToken(t *testing.T) {
	var auth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth = r.Header.Get("Authorization")
		w.Write([]byte(`{"peers":[]}`))
	}))
	defer srv.Close()
	c, err := client.New(srv.URL, client.WithToken("t0k"), client.WithHTTPClient(srv.Client()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Peers(ctxT(t)); err != nil || auth != "Bearer t0k" {
		t.Fatalf("%v, Authorization %q", err, auth)
	}
}

// closedAddr is a loopback address nothing listens on.
func closedAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestUnreachable(t *testing.T) {
	endpoint := "http://" + closedAddr(t)
	c := newClient(t, endpoint)
	_, err := c.Status(ctxT(t))
	if !errors.Is(err, client.ErrUnreachable) {
		t.Fatalf("err %v (%T)", err, err)
	}
	var ue *client.UnreachableError
	if !errors.As(err, &ue) || ue.Endpoint != endpoint {
		t.Fatalf("err %#v", err)
	}
	msg := err.Error()
	for _, want := range []string{"the node at " + endpoint + " is unreachable", "connection refused", `start one with "amigo node"`, "--remote"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
	events, errc := c.Events(ctxT(t), "")
	for range events {
	}
	if err := <-errc; !errors.Is(err, client.ErrUnreachable) {
		t.Fatalf("events: %v", err)
	}
}

func TestCanceled(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-block }))
	defer srv.Close()
	defer close(block)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := newClient(t, srv.URL).Status(ctx)
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, client.ErrUnreachable) {
		t.Fatalf("err %v", err)
	}
}
