package api

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/node/engine"
)

// do serves one request with h.
func do(t *testing.T, h http.Handler, method, path, body string) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, r)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// errorOf decodes an ErrorResponse.
func errorOf(t *testing.T, b []byte) ErrorResponse {
	t.Helper()
	var e ErrorResponse
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatalf("error body %q: %v", b, err)
	}
	return e
}

func TestEndpoints(t *testing.T) {
	const maxBody = 4096
	tests := []struct {
		name         string
		method, path string
		body         string
		status       int
		code         ErrorCode // for an error answer
		msg          string    // the error message contains it
		want         []string  // the body contains each
		notWant      []string  // the body contains none
		receipt      bool      // the error carries a receipt
	}{
		{name: "status", method: "GET", path: "/v1/status", status: 200, want: []string{`"network":"dev:fake"`, `"version":"test-1"`, `"caller":"dev"`}},
		{name: "status pretty", method: "GET", path: "/v1/status?pretty=1", status: 200, want: []string{"{\n  \"network\": \"dev:fake\""}},

		{name: "packages", method: "GET", path: "/v1/packages", status: 200, want: []string{`"total":2`, `"path":"alice/token"`, `"path":"hello"`}},
		{name: "packages q", method: "GET", path: "/v1/packages?q=tok", status: 200, want: []string{`"total":1`, `"path":"alice/token"`}, notWant: []string{`"path":"hello"`}},
		{name: "packages page", method: "GET", path: "/v1/packages?limit=1&offset=1", status: 200, want: []string{`"total":2`, `"path":"hello"`}, notWant: []string{`alice/token`}},
		{name: "packages none", method: "GET", path: "/v1/packages?q=zzz", status: 200, want: []string{`"packages":[]`, `"total":0`}},
		{name: "packages limit 0", method: "GET", path: "/v1/packages?limit=0", status: 400, code: CodeBadRequest, msg: "limit: must be at least 1"},
		{name: "packages limit text", method: "GET", path: "/v1/packages?limit=ten", status: 400, code: CodeBadRequest, msg: `limit: "ten" is not an integer`},
		{name: "packages limit big", method: "GET", path: "/v1/packages?limit=5000", status: 400, code: CodeBadRequest, msg: "limit: must be at most 1000"},
		{name: "packages offset negative", method: "GET", path: "/v1/packages?offset=-1", status: 400, code: CodeBadRequest, msg: "offset"},

		{name: "package", method: "GET", path: "/v1/packages/hello", status: 200, want: []string{`"doc":"Package hello greets."`, `"signature":"func Greet(name string) string"`}},
		{name: "package with slash", method: "GET", path: "/v1/packages/alice/token", status: 200, want: []string{`"path":"alice/token"`, `"name":"Transfer"`}},
		{name: "package unknown", method: "GET", path: "/v1/packages/nobody/nothing", status: 404, code: CodeNotFound, msg: "not deployed"},
		{name: "package empty path", method: "GET", path: "/v1/packages/", status: 400, code: CodeBadRequest, msg: "path:"},

		{name: "deploy", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new","files":[{"name":"a.go","src":"package new"}]}`, status: 200, want: []string{`"kind":"deploy"`, `"package":"bob/new"`, `"hash":"`}, notWant: []string{`"error"`}},
		{name: "deploy lowercase file keys", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new","files":[{"name":"a.go","src":"cGFja2FnZSBuZXc="}]}`, status: 200, want: []string{`"kind":"deploy"`}},
		{name: "deploy async", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new","files":[{"name":"a.go","src":"package new"}],"async":true}`, status: 202, want: []string{`"hash":"`}, notWant: []string{`"height"`}},
		{name: "deploy exists", method: "POST", path: "/v1/deploy", body: `{"package":"hello","files":[{"name":"a.go","src":"package new"}]}`, status: 409, code: CodeConflict, msg: "already deployed", receipt: true},
		{name: "deploy check error", method: "POST", path: "/v1/deploy", body: `{"package":"bob/bad","files":[{"name":"a.go","src":"syntax error"}]}`, status: 400, code: CodeBadRequest, msg: "expected 'package'", receipt: true, want: []string{`"pos":"a.go:1:1"`}},
		{name: "deploy no package", method: "POST", path: "/v1/deploy", body: `{"files":[{"name":"a.go","src":""}]}`, status: 400, code: CodeBadRequest, msg: "package:"},
		{name: "deploy no files", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new"}`, status: 400, code: CodeBadRequest, msg: "files:"},
		{name: "deploy unknown field", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new","file":[]}`, status: 400, code: CodeBadRequest, msg: `unknown field "file"`},
		{name: "deploy malformed", method: "POST", path: "/v1/deploy", body: `{"package":`, status: 400, code: CodeBadRequest, msg: "invalid JSON body"},
		{name: "deploy source not text", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new","files":[{"name":"a.go","src":5}]}`, status: 400, code: CodeBadRequest, msg: "invalid JSON body"},
		{name: "deploy two values", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new"} {}`, status: 400, code: CodeBadRequest, msg: "exactly one JSON value"},
		{name: "deploy empty body", method: "POST", path: "/v1/deploy", status: 400, code: CodeBadRequest, msg: "empty"},
		{name: "deploy oversized", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new","files":[{"name":"a.go","src":"` + strings.Repeat("QUFB", maxBody) + `"}]}`, status: 413, code: CodeTooLarge, msg: "larger than 4096 bytes"},
		{name: "deploy forbidden caller", method: "POST", path: "/v1/deploy", body: `{"package":"bob/new","files":[{"name":"a.go","src":""}],"caller":"mallory"}`, status: 403, code: CodeForbidden, msg: "caller override"},

		{name: "call", method: "POST", path: "/v1/call", body: `{"package":"hello","func":"Greet","args":["world"]}`, status: 200, want: []string{`"result":"Hello, world!"`, `"type":"greeted"`}},
		{name: "call target", method: "POST", path: "/v1/call", body: `{"target":"hello.Greet","args":["you"]}`, status: 200, want: []string{`"package":"hello"`, `"func":"Greet"`, `"result":"Hello, you!"`}},
		{name: "call target with path", method: "POST", path: "/v1/call", body: `{"target":"alice/token.Transfer","args":["bob","3"]}`, status: 200, want: []string{`"package":"alice/token"`, `"func":"Transfer"`}},
		{name: "call target agrees", method: "POST", path: "/v1/call", body: `{"target":"hello.Greet","package":"hello","args":["x"]}`, status: 200},
		{name: "call target disagrees", method: "POST", path: "/v1/call", body: `{"target":"hello.Greet","func":"Other"}`, status: 400, code: CodeBadRequest, msg: "target:"},
		{name: "call target no dot", method: "POST", path: "/v1/call", body: `{"target":"hello"}`, status: 400, code: CodeBadRequest, msg: "target:"},
		{name: "call target trailing dot", method: "POST", path: "/v1/call", body: `{"target":"hello."}`, status: 400, code: CodeBadRequest, msg: "target:"},
		{name: "call no package", method: "POST", path: "/v1/call", body: `{"func":"Greet"}`, status: 400, code: CodeBadRequest, msg: "package:"},
		{name: "call no func", method: "POST", path: "/v1/call", body: `{"package":"hello"}`, status: 400, code: CodeBadRequest, msg: "func:"},
		{name: "call unexported func", method: "POST", path: "/v1/call", body: `{"package":"hello","func":"greet"}`, status: 400, code: CodeBadRequest, msg: `func: "greet" is not an exported`},
		{name: "call func not identifier", method: "POST", path: "/v1/call", body: `{"target":"hello.Gr eet"}`, status: 400, code: CodeBadRequest, msg: "func:"},
		{name: "call negative gas", method: "POST", path: "/v1/call", body: `{"target":"hello.Greet","gas_limit":-1}`, status: 400, code: CodeBadRequest, msg: "gas_limit:"},
		{name: "call unknown package", method: "POST", path: "/v1/call", body: `{"target":"nobody.Greet"}`, status: 404, code: CodeNotFound, msg: "not deployed", receipt: true},
		{name: "call wrong arg count", method: "POST", path: "/v1/call", body: `{"target":"hello.Greet","args":["a","b"]}`, status: 400, code: CodeBadRequest, msg: "takes 1 argument, got 2", receipt: true, want: []string{`"error_kind":"args"`}},
		{name: "call reverted", method: "POST", path: "/v1/call", body: `{"target":"hello.Boom"}`, status: 200, want: []string{`"error":"boom"`, `"error_kind":"panic"`, `"pos":"a.go:3:14"`}},
		{name: "call async", method: "POST", path: "/v1/call", body: `{"target":"hello.Greet","args":["x"],"async":true}`, status: 202, want: []string{`"hash":"`}, notWant: []string{`"result"`}},
		{name: "call internal", method: "POST", path: "/v1/call", body: `{"target":"broken.F"}`, status: 500, code: CodeInternal, msg: "internal error", notWant: []string{"/var/secret"}},
		{name: "call wrong type", method: "POST", path: "/v1/call", body: `{"target":"hello.Greet","args":"x"}`, status: 400, code: CodeBadRequest, msg: "invalid JSON body"},

		{name: "query", method: "POST", path: "/v1/query", body: `{"target":"hello.Greet","args":["q"]}`, status: 200, want: []string{`"kind":"query"`, `"result":"Hello, q!"`}},
		{name: "query async", method: "POST", path: "/v1/query", body: `{"target":"hello.Greet","async":true}`, status: 400, code: CodeBadRequest, msg: "async:"},
		{name: "query unknown package", method: "POST", path: "/v1/query", body: `{"package":"nobody","func":"F"}`, status: 404, code: CodeNotFound, receipt: true},
		{name: "query wrong arg count", method: "POST", path: "/v1/query", body: `{"target":"hello.Greet"}`, status: 400, code: CodeBadRequest, msg: "got 0", receipt: true},

		{name: "render", method: "POST", path: "/v1/render", body: `{"package":"hello","path":"a/b"}`, status: 200, want: []string{`"markdown":"# hello <a/b>"`, `"gas_used":5`}},
		{name: "render get", method: "GET", path: "/v1/render/alice/token?path=x", status: 200, want: []string{`"package":"alice/token"`, `"markdown":"# alice/token <x>"`}},
		{name: "render no package", method: "POST", path: "/v1/render", body: `{"path":"x"}`, status: 400, code: CodeBadRequest, msg: "package:"},
		{name: "render unknown", method: "GET", path: "/v1/render/nobody", status: 404, code: CodeNotFound, receipt: true},
		{name: "render panics in contract", method: "GET", path: "/v1/render/hello?path=boom", status: 422, code: CodeContract, msg: "boom", receipt: true, want: []string{`"pos":"a.go:9:2"`}},

		{name: "txs", method: "GET", path: "/v1/txs", status: 200, want: []string{`"height":7`, `"height":1`}},
		{name: "txs page", method: "GET", path: "/v1/txs?before=5&limit=2", status: 200, want: []string{`"height":4`, `"height":3`, `"next":3`}, notWant: []string{`"height":5`, `"height":2`}},
		{name: "txs limit big", method: "GET", path: "/v1/txs?limit=1000", status: 400, code: CodeBadRequest, msg: "limit:"},
		{name: "txs before negative", method: "GET", path: "/v1/txs?before=-2", status: 400, code: CodeBadRequest, msg: "before:"},
		{name: "tx", method: "GET", path: "/v1/txs/" + fakeTxHash, status: 200, want: []string{`"hash":"` + fakeTxHash + `"`}},
		{name: "tx upper case", method: "GET", path: "/v1/txs/" + strings.ToUpper(fakeTxHash), status: 200, want: []string{`"hash":"` + fakeTxHash + `"`}},
		{name: "tx unknown", method: "GET", path: "/v1/txs/" + strings.Repeat("ab", 32), status: 404, code: CodeNotFound, msg: "not found"},
		{name: "tx bad hash", method: "GET", path: "/v1/txs/xyz", status: 400, code: CodeBadRequest, msg: "hash:"},

		{name: "peers", method: "GET", path: "/v1/peers", status: 200, want: []string{`"peers":[]`}},
		{name: "openapi", method: "GET", path: "/v1/openapi.json", status: 200, want: []string{`"openapi": "3.1.0"`}},

		{name: "unknown route", method: "GET", path: "/v1/nothing", status: 404, code: CodeNotFound, msg: "no route GET /v1/nothing"},
		{name: "unknown root", method: "GET", path: "/", status: 404, code: CodeNotFound},
		{name: "unknown version", method: "GET", path: "/v2/status", status: 404, code: CodeNotFound},
		{name: "wrong method", method: "POST", path: "/v1/status", body: `{}`, status: 405, code: CodeMethod, msg: "allowed: GET, HEAD"},
		{name: "wrong method post route", method: "GET", path: "/v1/call", status: 405, code: CodeMethod, msg: "allowed: POST"},
		{name: "wrong method delete", method: "DELETE", path: "/v1/packages/hello", status: 405, code: CodeMethod},
		{name: "error pretty", method: "GET", path: "/v1/nothing?pretty=1", status: 404, code: CodeNotFound, want: []string{"{\n  \"error\": {\n    \"code\": \"not_found\""}},
	}
	h := NewHandler(newFake(), Options{MaxBodyBytes: maxBody, Version: "test-1"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, tt.method, tt.path, tt.body)
			body := w.Body.Bytes()
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d; body %s", w.Code, tt.status, body)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			if v := w.Header().Get("Amigo-Version"); v != "test-1" {
				t.Errorf("Amigo-Version %q", v)
			}
			if !json.Valid(body) {
				t.Fatalf("invalid JSON body %q", body)
			}
			if tt.code != "" {
				e := errorOf(t, body)
				if e.Error.Code != tt.code || !strings.Contains(e.Error.Message, tt.msg) {
					t.Errorf("error %+v, want code %s and message containing %q", e.Error, tt.code, tt.msg)
				}
				if (e.Receipt != nil) != tt.receipt {
					t.Errorf("receipt %+v, want one: %v", e.Receipt, tt.receipt)
				}
				if e.Receipt != nil && e.Receipt.Error != e.Error.Message {
					t.Errorf("receipt error %q, message %q", e.Receipt.Error, e.Error.Message)
				}
			}
			for _, s := range tt.want {
				if !bytes.Contains(body, []byte(s)) {
					t.Errorf("body lacks %s:\n%s", s, body)
				}
			}
			for _, s := range tt.notWant {
				if bytes.Contains(body, []byte(s)) {
					t.Errorf("body holds %s:\n%s", s, body)
				}
			}
		})
	}
}

// TestSubmitTx checks what the handler hands the backend.
func TestSubmitTx(t *testing.T) {
	f := newFake()
	h := NewHandler(f, Options{})
	for _, body := range []string{
		`{"target":"alice/token.Transfer","args":["bob","3"],"caller":"alice","gas_limit":500}`,
		`{"package":"alice/token","func":"Transfer","args":["bob","3"],"caller":"alice","gas_limit":500,"async":true}`,
	} {
		if w := do(t, h, "POST", "/v1/call", body); w.Code/100 != 2 {
			t.Fatalf("%s: %d %s", body, w.Code, w.Body)
		}
	}
	want := engine.Tx{Kind: engine.KindCall, Caller: "alice", Package: "alice/token", Func: "Transfer", Args: []string{"bob", "3"}, GasLimit: 500}
	if len(f.submitted) != 2 {
		t.Fatalf("submitted %d", len(f.submitted))
	}
	for i, s := range f.submitted {
		if fakeHash(s.tx) != fakeHash(want) {
			t.Errorf("tx %d = %+v, want %+v", i, s.tx, want)
		}
		if s.wait != (i == 0) {
			t.Errorf("tx %d wait = %v", i, s.wait)
		}
	}
	if w := do(t, h, "POST", "/v1/query", `{"target":"hello.Greet","args":["z"],"caller":"carol"}`); w.Code != 200 {
		t.Fatalf("query: %d %s", w.Code, w.Body)
	}
	if q := f.queried[0]; q.Package != "hello" || q.Func != "Greet" || q.Caller != "carol" || len(q.Args) != 1 {
		t.Errorf("query tx %+v", q)
	}
}

func TestTimeout(t *testing.T) {
	h := NewHandler(newFake(), Options{Timeout: 20 * time.Millisecond})
	w := do(t, h, "POST", "/v1/call", `{"target":"slow.F"}`)
	if e := errorOf(t, w.Body.Bytes()); w.Code != 504 || e.Error.Code != CodeTimeout {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
}

func TestPanicRecovered(t *testing.T) {
	var logs bytes.Buffer
	f := newFake()
	srv := httptest.NewServer(NewHandler(f, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))}))
	defer srv.Close()
	post := func(body string) (int, ErrorResponse) {
		t.Helper()
		resp, err := http.Post(srv.URL+"/v1/call", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var e ErrorResponse
		_ = json.Unmarshal(b, &e)
		return resp.StatusCode, e
	}
	if st, e := post(`{"target":"panic.F"}`); st != 500 || e.Error.Code != CodeInternal || e.Error.Message != "internal error" {
		t.Fatalf("panic: %d %+v", st, e)
	}
	if !strings.Contains(logs.String(), "api handler panic") || !strings.Contains(logs.String(), "fake: panic") {
		t.Errorf("panic not logged: %s", logs.String())
	}
	// The server still serves.
	if st, _ := post(`{"target":"hello.Greet","args":["again"]}`); st != 200 {
		t.Fatalf("after the panic: %d", st)
	}
	f.panicAll.Store(true)
	resp, err := http.Get(srv.URL + "/v1/status")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 500 {
		t.Fatalf("status with a panicking backend: %d", resp.StatusCode)
	}
}

func TestRequestLog(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h := NewHandler(newFake(), Options{Logger: log})
	do(t, h, "GET", "/v1/status", "")
	do(t, h, "GET", "/v1/nothing", "")
	do(t, h, "POST", "/v1/call", `{"target":"broken.F"}`)
	var recs []map[string]any
	for line := range strings.Lines(logs.String()) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if m["msg"] == "api request" {
			recs = append(recs, m)
		}
		if m["msg"] == "api backend error" && !strings.Contains(m["err"].(string), "/var/secret") {
			t.Errorf("internal error logged without its cause: %v", m)
		}
	}
	want := []struct {
		path   string
		status float64
	}{{"/v1/status", 200}, {"/v1/nothing", 404}, {"/v1/call", 500}}
	if len(recs) != len(want) {
		t.Fatalf("request records %v", recs)
	}
	for i, w := range want {
		r := recs[i]
		if r["level"] != "DEBUG" || r["path"] != w.path || r["status"] != w.status || r["method"] == nil || r["duration"] == nil {
			t.Errorf("record %d = %v, want %s %v", i, r, w.path, w.status)
		}
	}
}

// TestEvents reads the stream of a real server with a real client.
func TestEvents(t *testing.T) {
	f := newFake()
	srv := httptest.NewServer(NewHandler(f, Options{PingInterval: 10 * time.Millisecond, Timeout: 5 * time.Millisecond}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/v1/events?package=hello", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" || resp.Header.Get("Cache-Control") != "no-cache" {
		t.Fatalf("%d %v", resp.StatusCode, resp.Header)
	}
	var subCtx context.Context
	select {
	case subCtx = <-f.subscribed:
	case <-time.After(5 * time.Second):
		t.Fatal("no subscription")
	}
	f.events <- Event{Height: 4, Tx: "aa", Pkg: "other", Type: "skipped"}
	f.events <- Event{Height: 5, Tx: "bb", Pkg: "hello", Type: "greeted", Attrs: map[string]string{"name": "a\nb"}, List: []string{"name", "a\nb"}}
	f.events <- Event{Height: 6, Tx: "cc", Pkg: "hello", Type: "greeted"}

	// Outlive the handler timeout, which must not apply to the stream.
	time.Sleep(30 * time.Millisecond)

	type message struct{ id, event, data string }
	var msgs []message
	var cur message
	pings := 0
	sc := bufio.NewScanner(resp.Body)
	for (len(msgs) < 2 || pings == 0) && sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur != (message{}) {
				msgs = append(msgs, cur)
			}
			cur = message{}
		case line == ": ping":
			pings++
		case strings.HasPrefix(line, "id: "):
			cur.id = line[4:]
		case strings.HasPrefix(line, "event: "):
			cur.event = line[7:]
		case strings.HasPrefix(line, "data: "):
			cur.data = line[6:]
		default:
			t.Fatalf("unexpected line %q", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if pings == 0 {
		t.Error("no ping")
	}
	for i, want := range []Event{
		{Height: 5, Tx: "bb", Pkg: "hello", Type: "greeted", Attrs: map[string]string{"name": "a\nb"}, List: []string{"name", "a\nb"}},
		{Height: 6, Tx: "cc", Pkg: "hello", Type: "greeted"},
	} {
		m := msgs[i]
		var got Event
		if err := json.Unmarshal([]byte(m.data), &got); err != nil {
			t.Fatalf("data %q: %v", m.data, err)
		}
		gb, _ := json.Marshal(got)
		wb, _ := json.Marshal(want)
		if m.event != "amigo" || m.id != map[int]string{0: "5", 1: "6"}[i] || !bytes.Equal(gb, wb) {
			t.Errorf("message %d = %+v, want %s", i, m, wb)
		}
	}

	// The client goes away: the backend's subscription ends with it.
	cancel()
	select {
	case <-subCtx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the subscription outlived the client")
	}
}

func TestEventsSubscribeError(t *testing.T) {
	w := do(t, NewHandler(newFake(), Options{}), "GET", "/v1/events?package=broken", "")
	if e := errorOf(t, w.Body.Bytes()); w.Code != 500 || e.Error.Code != CodeInternal {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
}

func TestSplitTarget(t *testing.T) {
	for _, tt := range []struct{ in, pkg, fn string }{
		{"hello.Greet", "hello", "Greet"},
		{"alice/token.Transfer", "alice/token", "Transfer"},
		{"gno.land/r/demo.Render", "gno.land/r/demo", "Render"},
		{"hello", "", ""},
		{".Greet", "", ""},
		{"hello.", "", ""},
		{"", "", ""},
	} {
		pkg, fn, err := SplitTarget(tt.in)
		if pkg != tt.pkg || fn != tt.fn || (err != nil) != (tt.pkg == "") {
			t.Errorf("SplitTarget(%q) = %q, %q, %v", tt.in, pkg, fn, err)
		}
	}
}
