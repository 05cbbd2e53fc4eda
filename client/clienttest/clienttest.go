// Package clienttest is a fake node for tests of API clients (package
// client, the CLI): an httptest.Server that answers /v1 with the JSON of
// package api from a small in-memory imitation. It runs no VM: the
// package "hello" it starts with answers canned results, and packages
// deployed to it record their exported functions but return null.
//
// hello's functions:
//
//	Greet(name string) string   "Hello, <name>!" and an event greeted name=<name>
//	Fail() error                reverted: a panic at hello.go:12:9
//	Burn()                      reverted: out of gas at hello.go:16:2
//	Render(path string) string  "# hello\n\npath: <path>\n"; path "panic" fails
//
// It must not be used by production code.
package clienttest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// DevCaller is the identity calls take when they name none.
const DevCaller = "amigo1devdevdevdevdevdevdevdevdevdevdevdev0"

// PeerID is the fake node's peer ID.
const PeerID = "12D3KooWFakeFakeFakeFakeFakeFakeFakeFakeFakeFake"

// HelloSource is the source of the package hello the node starts with.
const HelloSource = `// Package hello greets.
package hello

import "amigo"

// Greet returns a greeting for name.
func Greet(name string) string {
	amigo.Emit("greeted", "name", name)
	return "Hello, " + name + "!"
}

// Fail divides by zero.
func Fail() error { z := 0; _ = 1 / z; return nil }

// Burn loops until it runs out of gas.
func Burn() { for {} }

// Render shows the page at path.
func Render(path string) string { return "# hello\n\npath: " + path + "\n" }
`

// Node is the fake node. Its fields may be changed between requests.
type Node struct {
	*httptest.Server

	mu       sync.Mutex
	profile  string
	packages map[string]*engine.PackageInfo
	txs      []*engine.Receipt // by height
	subs     map[chan api.Event]string
	requests []string
	start    time.Time
}

// NewNode starts a fake node of the dev profile, closed when t ends.
func NewNode(t testing.TB) *Node {
	n := &Node{profile: "dev", packages: map[string]*engine.PackageInfo{}, subs: map[chan api.Event]string{}, start: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	files := []vm.File{{Name: "hello.go", Src: []byte(HelloSource)}}
	pi := describe("hello", files)
	pi.Deployer, pi.Height, pi.Time, pi.TxHash = DevCaller, 1, n.start, strings.Repeat("ab", 32)
	n.packages["hello"] = pi
	n.txs = append(n.txs, &engine.Receipt{Hash: pi.TxHash, Height: 1, Time: n.start, Kind: engine.KindDeploy, Caller: DevCaller, Package: "hello", GasUsed: 5000})
	n.Server = httptest.NewServer(n.handler())
	t.Cleanup(n.Close)
	return n
}

// SetProfile sets the profile the node reports; caller overrides are
// refused off "dev".
func (n *Node) SetProfile(p string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.profile = p
}

// Requests lists the requests served, as "METHOD /path?query".
func (n *Node) Requests() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]string(nil), n.requests...)
}

// Subscribers is the number of open event streams.
func (n *Node) Subscribers() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.subs)
}

// WaitSubscribers waits until k event streams are open.
func (n *Node) WaitSubscribers(t testing.TB, k int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if n.Subscribers() >= k {
			return
		}
	}
	t.Fatalf("no %d event subscribers after 10s", k)
}

// CloseStreams ends every open event stream, as a node shutting down does.
func (n *Node) CloseStreams() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for ch := range n.subs {
		close(ch)
		delete(n.subs, ch)
	}
}

func (n *Node) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/status", n.status)
	mux.HandleFunc("GET /v1/packages", n.list)
	mux.HandleFunc("GET /v1/packages/{path...}", n.pkg)
	mux.HandleFunc("POST /v1/deploy", n.deploy)
	mux.HandleFunc("POST /v1/call", n.call)
	mux.HandleFunc("POST /v1/query", n.call)
	mux.HandleFunc("POST /v1/render", n.render)
	mux.HandleFunc("GET /v1/txs", n.txList)
	mux.HandleFunc("GET /v1/txs/{hash}", n.tx)
	mux.HandleFunc("GET /v1/events", n.events)
	mux.HandleFunc("GET /v1/services", func(w http.ResponseWriter, r *http.Request) {
		all := []api.Service{
			{Kind: "network", Name: "dev:" + PeerID, Network: "dev:" + PeerID, Peer: PeerID, Addrs: []string{"/ip4/127.0.0.1/tcp/4001/p2p/" + PeerID}, Expires: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)},
			{Kind: "package", Name: "hello", Network: "dev:12D3KooWPeer", Peer: "12D3KooWPeer", Addrs: []string{"/ip4/127.0.0.1/tcp/4002/p2p/12D3KooWPeer"}, Expires: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)},
		}
		out := api.ServiceList{Services: []api.Service{}}
		for _, sv := range all {
			if k := r.URL.Query().Get("kind"); k != "" && k != sv.Kind {
				continue
			}
			if nm := r.URL.Query().Get("name"); nm != "" && nm != sv.Name {
				continue
			}
			out.Services = append(out.Services, sv)
		}
		writeJSON(w, 200, out)
	})
	mux.HandleFunc("GET /v1/peers", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, api.PeerList{Peers: []api.Peer{{ID: "12D3KooWPeer", Addrs: []string{"/ip4/127.0.0.1/tcp/4001"}, Protocols: []string{api.Protocol}}}})
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.mu.Lock()
		n.requests = append(n.requests, r.Method+" "+r.URL.RequestURI())
		n.mu.Unlock()
		if _, pattern := mux.Handler(r); pattern == "" {
			fail(w, api.CodeNotFound, "no route "+r.Method+" "+r.URL.Path, nil)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, code api.ErrorCode, msg string, rc *engine.Receipt) {
	writeJSON(w, code.Status(), api.ErrorResponse{Error: api.ErrorBody{Code: code, Message: msg}, Receipt: rc})
}

func (n *Node) status(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	defer n.mu.Unlock()
	head := n.txs[len(n.txs)-1]
	writeJSON(w, 200, api.Status{
		Network: "dev:" + PeerID, Profile: n.profile, PeerID: PeerID,
		Addrs: []string{"/ip4/127.0.0.1/tcp/4001/p2p/" + PeerID}, HTTP: n.URL,
		Height: head.Height, Time: head.Time, StateHash: strings.Repeat("cd", 32),
		Packages: len(n.packages), Peers: 1, Version: "fake", Caller: DevCaller,
	})
}

func (n *Node) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, _ := strconv.Atoi(q.Get("limit"))
	offset, _ := strconv.Atoi(q.Get("offset"))
	if limit <= 0 {
		limit = 100
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	var paths []string
	for p := range n.packages {
		if strings.Contains(p, q.Get("q")) {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	out := api.PackageList{Packages: []engine.PackageInfo{}, Total: len(paths)}
	for i := offset; i < len(paths) && i < offset+limit; i++ {
		pi := *n.packages[paths[i]]
		pi.Files = nil
		out.Packages = append(out.Packages, pi)
	}
	writeJSON(w, 200, out)
}

func (n *Node) pkg(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	pi := n.packages[r.PathValue("path")]
	n.mu.Unlock()
	if pi == nil {
		fail(w, api.CodeNotFound, "package "+r.PathValue("path")+" is not deployed", nil)
		return
	}
	writeJSON(w, 200, pi)
}

// describe reads a package's name, doc and exported functions from its
// source.
func describe(path string, files []vm.File) *engine.PackageInfo {
	pi := &engine.PackageInfo{Path: path, Address: address.ForPackage(path), Files: files, Funcs: []vm.FuncInfo{}}
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f.Name, f.Src, parser.ParseComments)
		if err != nil {
			continue
		}
		pi.Name = af.Name.Name
		if af.Doc != nil {
			pi.Doc = strings.TrimSpace(af.Doc.Text())
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || !fd.Name.IsExported() {
				continue
			}
			fi := vm.FuncInfo{Name: fd.Name.Name, Params: []vm.Param{}, Results: []vm.Param{}}
			var params []string
			for _, p := range fd.Type.Params.List {
				typ := string(f.Src[fset.Position(p.Type.Pos()).Offset:fset.Position(p.Type.End()).Offset])
				for _, name := range p.Names {
					fi.Params = append(fi.Params, vm.Param{Name: name.Name, Type: typ})
					params = append(params, name.Name+" "+typ)
				}
			}
			res := ""
			if fd.Type.Results != nil {
				res = " " + string(f.Src[fset.Position(fd.Type.Results.Pos()).Offset:fset.Position(fd.Type.Results.End()).Offset])
				for _, p := range fd.Type.Results.List {
					fi.Results = append(fi.Results, vm.Param{Type: string(f.Src[fset.Position(p.Type.Pos()).Offset:fset.Position(p.Type.End()).Offset])})
				}
			}
			fi.Signature = "func " + fi.Name + "(" + strings.Join(params, ", ") + ")" + res
			if fd.Doc != nil {
				fi.Doc = strings.TrimSpace(fd.Doc.Text())
			}
			pi.Funcs = append(pi.Funcs, fi)
		}
	}
	return pi
}

// commit appends rc at the next height and publishes its events. n.mu is
// held.
func (n *Node) commit(rc *engine.Receipt, req any) {
	head := n.txs[len(n.txs)-1]
	rc.Height = head.Height + 1
	rc.Time = n.start.Add(time.Duration(rc.Height) * time.Second)
	b, _ := json.Marshal(req)
	sum := sha256.Sum256(append(b, strconv.FormatInt(rc.Height, 10)...))
	rc.Hash = hex.EncodeToString(sum[:])
	rc.StateHash = strings.Repeat("ef", 32)
	if !rc.OK() {
		rc.Events = nil
	}
	n.txs = append(n.txs, rc)
	for _, ev := range rc.Events {
		for ch, pkg := range n.subs {
			if pkg == "" || pkg == ev.Pkg {
				select {
				case ch <- api.Event{Height: rc.Height, Tx: rc.Hash, Time: rc.Time, Pkg: ev.Pkg, Type: ev.Type, Attrs: ev.Attrs, List: ev.List}:
				default:
				}
			}
		}
	}
}

// caller applies the profile's rule for a requested caller.
func (n *Node) caller(w http.ResponseWriter, requested string) (string, bool) {
	if requested == "" {
		return DevCaller, true
	}
	if n.profile != "dev" {
		fail(w, api.CodeForbidden, "caller override is allowed on the dev profile only", nil)
		return "", false
	}
	return requested, true
}

func (n *Node) deploy(w http.ResponseWriter, r *http.Request) {
	var req api.DeployRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		fail(w, api.CodeBadRequest, "malformed JSON: "+err.Error(), nil)
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	caller, ok := n.caller(w, req.Caller)
	if !ok {
		return
	}
	rc := &engine.Receipt{Kind: engine.KindDeploy, Caller: caller, Package: req.Package, GasUsed: 1000}
	for _, f := range req.Files {
		if strings.ContainsAny(f.Name, "/\\") || strings.HasSuffix(f.Name, "_test.go") {
			rc.Error, rc.ErrorKind = fmt.Sprintf("file %q: a package is pushed as its non-test .go files, by base name", f.Name), "check"
		} else if _, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Src, 0); err != nil {
			rc.Error, rc.ErrorKind = err.Error(), "check"
		}
	}
	if n.packages[req.Package] != nil {
		rc.Error, rc.ErrorKind = "package "+req.Package+" is already deployed; packages are immutable, deploy under a new path", "exists"
	}
	n.commit(rc, req)
	if rc.OK() {
		pi := describe(req.Package, req.Files)
		pi.Deployer, pi.Height, pi.Time, pi.TxHash = caller, rc.Height, rc.Time, rc.Hash
		n.packages[req.Package] = pi
	}
	n.answer(w, rc, req.Async)
}

// answer writes a receipt as the API does: 202 with the hash when async,
// an error with the receipt when the request was at fault, else 200.
func (n *Node) answer(w http.ResponseWriter, rc *engine.Receipt, async bool) {
	if async {
		writeJSON(w, http.StatusAccepted, engine.Receipt{Hash: rc.Hash})
		return
	}
	switch rc.ErrorKind {
	case "not_found":
		fail(w, api.CodeNotFound, rc.Error, rc)
	case "args", "check":
		fail(w, api.CodeBadRequest, rc.Error, rc)
	case "exists":
		fail(w, api.CodeConflict, rc.Error, rc)
	default:
		writeJSON(w, 200, rc)
	}
}

func (n *Node) call(w http.ResponseWriter, r *http.Request) {
	var req api.CallRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		fail(w, api.CodeBadRequest, "malformed JSON: "+err.Error(), nil)
		return
	}
	if req.Package == "" || req.Func == "" {
		fail(w, api.CodeBadRequest, "package and func are required", nil)
		return
	}
	query := strings.HasSuffix(r.URL.Path, "/query")
	n.mu.Lock()
	defer n.mu.Unlock()
	caller, ok := n.caller(w, req.Caller)
	if !ok {
		return
	}
	rc := &engine.Receipt{Kind: engine.KindCall, Caller: caller, Package: req.Package, Func: req.Func, Args: req.Args, GasUsed: 100}
	if query {
		rc.Kind = "query"
	}
	n.run(rc)
	if query {
		rc.Height = n.txs[len(n.txs)-1].Height
		n.answer(w, rc, false)
		return
	}
	n.commit(rc, req)
	n.answer(w, rc, req.Async)
}

// run fills rc with the outcome of its call. n.mu is held.
func (n *Node) run(rc *engine.Receipt) {
	pi := n.packages[rc.Package]
	if pi == nil {
		rc.Error, rc.ErrorKind = "package not deployed: "+rc.Package, "not_found"
		return
	}
	var fi *vm.FuncInfo
	for i := range pi.Funcs {
		if pi.Funcs[i].Name == rc.Func {
			fi = &pi.Funcs[i]
		}
	}
	if fi == nil {
		rc.Error, rc.ErrorKind = fmt.Sprintf("package %s has no exported function %s", rc.Package, rc.Func), "args"
		return
	}
	if len(rc.Args) != len(fi.Params) {
		rc.Error, rc.ErrorKind = fmt.Sprintf("%s.%s takes %d arguments, got %d", rc.Package, rc.Func, len(fi.Params), len(rc.Args)), "args"
		return
	}
	if rc.Package != "hello" {
		rc.Result = json.RawMessage("null")
		return
	}
	switch rc.Func {
	case "Greet":
		rc.Result, _ = json.Marshal("Hello, " + rc.Args[0] + "!")
		rc.Events = []engine.Event{{Pkg: "hello", Type: "greeted", Attrs: map[string]string{"name": rc.Args[0]}, List: []string{"name", rc.Args[0]}}}
		rc.GasUsed = 1234
	case "Fail":
		rc.Error, rc.ErrorKind, rc.Pos = "runtime error: integer divide by zero", "panic", "hello.go:12:9"
	case "Burn":
		rc.Error, rc.ErrorKind, rc.Pos, rc.GasUsed = "out of gas", "out_of_gas", "hello.go:16:2", 1000000
	case "Render":
		rc.Result, _ = json.Marshal("# hello\n\npath: " + rc.Args[0] + "\n")
	}
}

func (n *Node) render(w http.ResponseWriter, r *http.Request) {
	var req api.RenderRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		fail(w, api.CodeBadRequest, "malformed JSON: "+err.Error(), nil)
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	rc := &engine.Receipt{Kind: "query", Package: req.Package, Func: "Render", Args: []string{req.Path}, GasUsed: 50}
	n.run(rc)
	if req.Path == "panic" && rc.OK() {
		rc.Error, rc.ErrorKind, rc.Pos = "render panicked", "panic", "hello.go:19:1"
	}
	if !rc.OK() {
		code := api.CodeContract
		switch rc.ErrorKind {
		case "not_found":
			code = api.CodeNotFound
		case "args":
			code = api.CodeBadRequest
		}
		fail(w, code, rc.Error, rc)
		return
	}
	var md string
	_ = json.Unmarshal(rc.Result, &md)
	writeJSON(w, 200, api.RenderResponse{Package: req.Package, Path: req.Path, Markdown: md, GasUsed: rc.GasUsed})
}

func (n *Node) txList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	before, _ := strconv.ParseInt(q.Get("before"), 10, 64)
	limit, _ := strconv.Atoi(q.Get("limit"))
	if limit <= 0 {
		limit = 20
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	out := api.TxList{Txs: []*engine.Receipt{}}
	for i := len(n.txs) - 1; i >= 0; i-- {
		rc := n.txs[i]
		if before > 0 && rc.Height >= before {
			continue
		}
		if len(out.Txs) == limit {
			out.Next = out.Txs[len(out.Txs)-1].Height
			break
		}
		out.Txs = append(out.Txs, rc)
	}
	writeJSON(w, 200, out)
}

func (n *Node) tx(w http.ResponseWriter, r *http.Request) {
	hash := r.PathValue("hash")
	if b, err := hex.DecodeString(hash); err != nil || len(b) != 32 {
		fail(w, api.CodeBadRequest, fmt.Sprintf("hash: %q is not a transaction hash (64 hex digits)", hash), nil)
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, rc := range n.txs {
		if rc.Hash == hash {
			writeJSON(w, 200, rc)
			return
		}
	}
	fail(w, api.CodeNotFound, "transaction "+hash+" not found", nil)
}

func (n *Node) events(w http.ResponseWriter, r *http.Request) {
	ch := make(chan api.Event, 16)
	n.mu.Lock()
	n.subs[ch] = r.URL.Query().Get("package")
	n.mu.Unlock()
	defer func() {
		n.mu.Lock()
		if _, ok := n.subs[ch]; ok {
			delete(n.subs, ch)
		}
		n.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(200)
	fl := w.(http.Flusher)
	fmt.Fprint(w, ": ping\n\n")
	fl.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case ev, ok := <-ch:
			if !ok {
				return
			}
			b, _ := json.Marshal(ev)
			fmt.Fprintf(w, "id: %d\nevent: %s\ndata: %s\n\n", ev.Height, api.SSEEvent, b)
			fl.Flush()
		}
	}
}
