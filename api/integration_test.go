package api

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

// engineBackend is a minimal node: a dev sequencer in front of a real
// engine. Submit applies at once, stamping height, time and nonce as the
// engine tests' harness does, and publishes the events.
type engineBackend struct {
	e *engine.Engine

	mu       sync.Mutex // the sequencer: orders Submit, guards what follows
	height   int64
	byHeight map[int64]string // hash of the transaction at each height
	subs     map[*subscriber]bool
}

type subscriber struct {
	pkg string
	ch  chan Event
}

var _ Backend = (*engineBackend)(nil)

func newEngineBackend(t *testing.T) *engineBackend {
	t.Helper()
	e, err := engine.New(store.NewMemory(), engine.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return &engineBackend{e: e, height: e.Head().Height, byHeight: map[int64]string{}, subs: map[*subscriber]bool{}}
}

func (b *engineBackend) Status(ctx context.Context) (*Status, error) {
	h := b.e.Head()
	pkgs, err := b.e.Packages()
	if err != nil {
		return nil, err
	}
	return &Status{Network: "dev:test", Profile: "dev", Height: h.Height, Time: h.Time, StateHash: h.StateHash, Packages: len(pkgs), Caller: "dev"}, nil
}

func (b *engineBackend) Packages(ctx context.Context, q string, limit, offset int) (*PackageList, error) {
	all, err := b.e.Packages()
	if err != nil {
		return nil, err
	}
	var match []engine.PackageInfo
	for _, p := range all {
		if strings.Contains(p.Path, q) {
			match = append(match, p)
		}
	}
	page := match[min(offset, len(match)):]
	return &PackageList{Packages: page[:min(limit, len(page))], Total: len(match)}, nil
}

func (b *engineBackend) Package(ctx context.Context, path string) (*engine.PackageInfo, error) {
	return b.e.Package(path)
}

func (b *engineBackend) Submit(ctx context.Context, tx engine.Tx, wait bool) (*engine.Receipt, error) {
	if tx.Caller == "" {
		tx.Caller = "dev"
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	h := b.height + 1
	tx.Nonce = uint64(h)
	blk := engine.Block{Height: h, Time: time.Unix(1700000000+h, 0), ChainID: "test"}
	rc, err := b.e.Apply(tx, blk)
	if err != nil {
		return nil, err
	}
	if rc.Height == h { // a replay is not applied and takes no height
		b.height = h
		b.byHeight[h] = rc.Hash
	}
	for _, ev := range rc.Events {
		out := Event{Height: rc.Height, Tx: rc.Hash, Time: rc.Time, Pkg: ev.Pkg, Type: ev.Type, Attrs: ev.Attrs, List: ev.List}
		for s := range b.subs {
			if s.pkg == "" || s.pkg == rc.Package {
				select {
				case s.ch <- out:
				default: // a slow reader misses events
				}
			}
		}
	}
	if !wait {
		return &engine.Receipt{Hash: rc.Hash}, nil
	}
	return rc, nil
}

func (b *engineBackend) Query(ctx context.Context, tx engine.Tx) (*engine.Receipt, error) {
	if tx.Caller == "" {
		tx.Caller = "dev"
	}
	return b.e.Query(tx), nil
}

func (b *engineBackend) Render(ctx context.Context, pkg, path string) (*RenderResponse, error) {
	md, rc := b.e.Render(pkg, path)
	if !rc.OK() {
		return nil, &ReceiptError{Receipt: rc}
	}
	return &RenderResponse{Package: pkg, Path: path, Markdown: md, GasUsed: rc.GasUsed}, nil
}

func (b *engineBackend) Tx(ctx context.Context, hash string) (*engine.Receipt, error) {
	rc, err := b.e.Receipt(hash)
	if errors.Is(err, store.ErrNotFound) {
		return nil, Errorf(CodeNotFound, "transaction %s not found", hash)
	}
	return rc, err
}

func (b *engineBackend) Txs(ctx context.Context, before int64, limit int) (*TxList, error) {
	b.mu.Lock()
	top := b.height
	b.mu.Unlock()
	if before <= 0 || before > top+1 {
		before = top + 1
	}
	var list TxList
	for h := before - 1; h >= 1 && len(list.Txs) < limit; h-- {
		rc, err := b.receiptAt(h)
		if err != nil {
			return nil, err
		}
		list.Txs = append(list.Txs, rc)
	}
	if n := len(list.Txs); n > 0 && list.Txs[n-1].Height > 1 {
		list.Next = list.Txs[n-1].Height
	}
	return &list, nil
}

// receiptAt returns the receipt at height h. The engine keeps a height
// index but does not export it, so the backend records hashes as it
// applies.
func (b *engineBackend) receiptAt(h int64) (*engine.Receipt, error) {
	b.mu.Lock()
	hash, ok := b.byHeight[h]
	b.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("no transaction at height %d", h)
	}
	return b.e.Receipt(hash)
}

func (b *engineBackend) Subscribe(ctx context.Context, pkg string) (<-chan Event, error) {
	s := &subscriber{pkg: pkg, ch: make(chan Event, 16)}
	b.mu.Lock()
	b.subs[s] = true
	b.mu.Unlock()
	context.AfterFunc(ctx, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		delete(b.subs, s)
		close(s.ch)
	})
	return s.ch, nil
}

func (b *engineBackend) Peers(ctx context.Context) (*PeerList, error) { return &PeerList{}, nil }

func (b *engineBackend) State(ctx context.Context, pkg string) (*StateView, error) {
	vars, err := b.e.State(pkg)
	if err != nil {
		return nil, err
	}
	return &StateView{Package: pkg, Vars: vars}, nil
}

func (b *engineBackend) Object(ctx context.Context, id uint64, cursor string, limit int) (*ObjectView, error) {
	return b.e.Object(id, cursor, limit)
}

const helloSrc = `// Package hello greets and counts greetings.
package hello

import (
	"amigo"
	"strconv"
)

var count int

// Greet greets name and counts it.
func Greet(name string) string {
	count++
	amigo.Emit("greeted", "name", name)
	return "Hello, " + name + "!"
}

// Count returns the number of greetings.
func Count() int { return count }

// Fail panics, so the call is reverted.
func Fail() { count = 1000; panic("no") }

func Render(path string) string {
	if path == "boom" {
		panic("boom")
	}
	return "# Hello <" + path + ">\n\n" + strconv.Itoa(count) + " greetings"
}
`

// client is a tiny JSON client of the test server.
type client struct {
	t   *testing.T
	url string
}

// do sends in as JSON and decodes the answer into out (a pointer, zeroed
// first): the value of a 2xx answer, or an ErrorResponse if out is one.
func (c client) do(method, path string, in any, out any) int {
	c.t.Helper()
	if out != nil {
		reflect.ValueOf(out).Elem().SetZero()
	}
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			c.t.Fatal(err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.url+path, body)
	if err != nil {
		c.t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	if resp.Header.Get("Content-Type") != "application/json" {
		c.t.Fatalf("%s %s: Content-Type %q", method, path, resp.Header.Get("Content-Type"))
	}
	if resp.StatusCode/100 != 2 {
		var e ErrorResponse
		if err := json.Unmarshal(b, &e); err != nil || e.Error.Code == "" {
			c.t.Fatalf("%s %s: %d with a body that is no ErrorResponse: %s", method, path, resp.StatusCode, b)
		}
		if out, ok := out.(*ErrorResponse); ok {
			*out = e
		}
		return resp.StatusCode
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			c.t.Fatalf("%s %s: %v: %s", method, path, err, b)
		}
	}
	return resp.StatusCode
}

// TestEngineBackend deploys, calls, queries and renders a real contract
// through the HTTP API of a real engine.
func TestEngineBackend(t *testing.T) {
	b := newEngineBackend(t)
	srv := httptest.NewServer(NewHandler(b, Options{Version: "it"}))
	defer srv.Close()
	c := client{t, srv.URL}

	// Listen to the events before anything happens.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	evReq, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/v1/events?package=hello", nil)
	evResp, err := http.DefaultClient.Do(evReq)
	if err != nil {
		t.Fatal(err)
	}
	defer evResp.Body.Close()

	// Deploy.
	var rc engine.Receipt
	dep := DeployRequest{Package: "hello", Files: []vm.File{{Name: "hello.go", Src: []byte(helloSrc)}}}
	if st := c.do("POST", "/v1/deploy", dep, &rc); st != 200 || !rc.OK() || rc.Height != 1 || rc.Kind != engine.KindDeploy {
		t.Fatalf("deploy: %d %+v", st, rc)
	}
	deployHash := rc.Hash

	// Deploying again conflicts; a source that does not compile is 400.
	var e ErrorResponse
	if st := c.do("POST", "/v1/deploy", dep, &e); st != 409 || e.Error.Code != CodeConflict || e.Receipt == nil || e.Receipt.ErrorKind != "exists" {
		t.Fatalf("deploy again: %d %+v", st, e)
	}
	bad := DeployRequest{Package: "broken", Files: []vm.File{{Name: "a.go", Src: []byte("package broken\nfunc F() { undefined() }\n")}}}
	if st := c.do("POST", "/v1/deploy", bad, &e); st != 400 || e.Error.Code != CodeBadRequest || e.Receipt == nil || e.Receipt.ErrorKind != "check" {
		t.Fatalf("deploy bad source: %d %+v", st, e)
	}

	// Call, by target and by package and func.
	if st := c.do("POST", "/v1/call", CallRequest{Target: "hello.Greet", Args: []string{"world"}}, &rc); st != 200 || string(rc.Result) != `"Hello, world!"` {
		t.Fatalf("call: %d %+v", st, rc)
	}
	greetHash := rc.Hash
	if len(rc.Events) != 1 || rc.Events[0].Attrs["name"] != "world" {
		t.Errorf("call events %+v", rc.Events)
	}
	if st := c.do("POST", "/v1/call", CallRequest{Package: "hello", Func: "Greet", Args: []string{"again"}}, &rc); st != 200 || !rc.OK() {
		t.Fatalf("call 2: %d %+v", st, rc)
	}
	// A call that fails is answered with its receipt and reverted.
	if st := c.do("POST", "/v1/call", CallRequest{Target: "hello.Fail"}, &rc); st != 200 || rc.ErrorKind != "panic" || rc.Pos == "" {
		t.Fatalf("failing call: %d %+v", st, rc)
	}
	// Bad argument count, unknown package.
	if st := c.do("POST", "/v1/call", CallRequest{Target: "hello.Greet"}, &e); st != 400 || e.Receipt == nil || e.Receipt.ErrorKind != "args" {
		t.Fatalf("call without args: %d %+v", st, e)
	}
	if st := c.do("POST", "/v1/call", CallRequest{Target: "nobody.Greet", Args: []string{"x"}}, &e); st != 404 || e.Error.Code != CodeNotFound {
		t.Fatalf("call unknown package: %d %+v", st, e)
	}
	// Async: only the hash, then the receipt by hash.
	if st := c.do("POST", "/v1/call", CallRequest{Target: "hello.Greet", Args: []string{"later"}, Async: true}, &rc); st != 202 || rc.Hash == "" || rc.Height != 0 {
		t.Fatalf("async call: %d %+v", st, rc)
	}
	asyncHash := rc.Hash

	// Query: the state the calls left (3 greetings; Fail reverted).
	if st := c.do("POST", "/v1/query", CallRequest{Target: "hello.Count"}, &rc); st != 200 || string(rc.Result) != "3" || rc.Kind != "query" {
		t.Fatalf("query: %d %+v", st, rc)
	}

	// Render, both forms, and a render that panics.
	var r RenderResponse
	if st := c.do("POST", "/v1/render", RenderRequest{Package: "hello", Path: "x"}, &r); st != 200 || r.Markdown != "# Hello <x>\n\n3 greetings" {
		t.Fatalf("render: %d %+v", st, r)
	}
	if st := c.do("GET", "/v1/render/hello?path=y", nil, &r); st != 200 || r.Markdown != "# Hello <y>\n\n3 greetings" || r.GasUsed == 0 {
		t.Fatalf("render GET: %d %+v", st, r)
	}
	if st := c.do("GET", "/v1/render/hello?path=boom", nil, &e); st != 422 || e.Error.Code != CodeContract || e.Receipt == nil || e.Receipt.ErrorKind != "panic" {
		t.Fatalf("render boom: %d %+v", st, e)
	}

	// Transactions by hash and the list, newest first.
	for _, h := range []string{deployHash, greetHash, asyncHash} {
		if st := c.do("GET", "/v1/txs/"+h, nil, &rc); st != 200 || rc.Hash != h || rc.Height == 0 {
			t.Fatalf("tx %s: %d %+v", h, st, rc)
		}
	}
	if st := c.do("GET", "/v1/txs/"+strings.Repeat("0", 64), nil, &e); st != 404 {
		t.Fatalf("unknown tx: %d %+v", st, e)
	}
	var txs TxList
	if st := c.do("GET", "/v1/txs?limit=3", nil, &txs); st != 200 || len(txs.Txs) != 3 || txs.Txs[0].Hash != asyncHash || txs.Next != txs.Txs[2].Height {
		t.Fatalf("txs: %d %+v", st, txs)
	}
	if st := c.do("GET", fmt.Sprintf("/v1/txs?before=%d", txs.Next), nil, &txs); st != 200 || txs.Txs[len(txs.Txs)-1].Hash != deployHash || txs.Next != 0 {
		t.Fatalf("txs page 2: %d %+v", st, txs)
	}

	// Packages: the list without source, one package with it.
	var list PackageList
	if st := c.do("GET", "/v1/packages", nil, &list); st != 200 || list.Total != 1 || list.Packages[0].Path != "hello" || list.Packages[0].Files != nil {
		t.Fatalf("packages: %d %+v", st, list)
	}
	var pi engine.PackageInfo
	if st := c.do("GET", "/v1/packages/hello", nil, &pi); st != 200 || len(pi.Files) != 1 || string(pi.Files[0].Src) != helloSrc || pi.Doc != "Package hello greets and counts greetings." {
		t.Fatalf("package: %d %+v", st, pi)
	}
	var greet *vm.FuncInfo
	for i := range pi.Funcs {
		if pi.Funcs[i].Name == "Greet" {
			greet = &pi.Funcs[i]
		}
	}
	if greet == nil || greet.Signature != "func Greet(name string) string" || greet.Doc == "" {
		t.Errorf("Greet: %+v", greet)
	}
	if st := c.do("GET", "/v1/packages/nobody", nil, &e); st != 404 || e.Error.Code != CodeNotFound {
		t.Fatalf("unknown package: %d %+v", st, e)
	}

	var st Status
	if code := c.do("GET", "/v1/status", nil, &st); code != 200 || st.Height != b.e.Head().Height || st.Version != "it" || st.Packages != 1 {
		t.Fatalf("status: %d %+v", code, st)
	}

	// The stream saw the three successful greetings, in order.
	sc := bufio.NewScanner(evResp.Body)
	var names []string
	for len(names) < 3 && sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			var ev Event
			if err := json.Unmarshal([]byte(data), &ev); err != nil {
				t.Fatal(err)
			}
			if ev.Type != "greeted" || ev.Tx == "" || ev.Height == 0 {
				t.Errorf("event %+v", ev)
			}
			names = append(names, ev.Attrs["name"])
		}
	}
	if strings.Join(names, " ") != "world again later" {
		t.Errorf("events %v", names)
	}
}
