package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/profiles"
)

func startNode(t *testing.T, home string) *Node {
	t.Helper()
	n, err := New(Config{Home: home, HTTPAddr: "127.0.0.1:0", NoMDNS: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop(context.Background()) })
	return n
}

func do(t *testing.T, hc *http.Client, method, url string, body any, out any) int {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, url, r)
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v: %s", method, url, err, b)
		}
	}
	return resp.StatusCode
}

const helloSrc = `// Package hello greets.
package hello

import "amigo"

var greeted = map[string]int{}

// Greet greets name and counts it.
func Greet(name string) string {
	greeted[name]++
	amigo.Emit("greet", "name", name)
	return "hello, " + name
}

func Count(name string) int { return greeted[name] }

func Render(path string) string { return "# Hello\n\ngreeted " + path }
`

func TestNodeDev(t *testing.T) {
	home := t.TempDir()
	n := startNode(t, home)
	hc := http.DefaultClient
	base := n.HTTPURL()
	var st api.Status
	if code := do(t, hc, "GET", base+"/v1/status", nil, &st); code != 200 || st.Profile != "dev" || !strings.HasPrefix(st.Network, "dev:") || len(st.Addrs) == 0 {
		t.Fatalf("status %d %+v", code, st)
	}
	var rc map[string]any
	if code := do(t, hc, "POST", base+"/v1/deploy", map[string]any{"package": "hello", "files": []map[string]string{{"name": "hello.go", "src": helloSrc}}}, &rc); code != 200 || rc["error"] != nil {
		t.Fatalf("deploy %d %v", code, rc)
	}
	for i := 0; i < 2; i++ {
		if code := do(t, hc, "POST", base+"/v1/call", map[string]any{"target": "hello.Greet", "args": []string{"world"}}, &rc); code != 200 || rc["result"] != "hello, world" {
			t.Fatalf("call %d %v", code, rc)
		}
	}
	if code := do(t, hc, "POST", base+"/v1/query", map[string]any{"target": "hello.Count", "args": []string{"world"}}, &rc); code != 200 || rc["result"] != 2.0 {
		t.Fatalf("query %d %v", code, rc)
	}
	var md api.RenderResponse
	if code := do(t, hc, "POST", base+"/v1/render", map[string]any{"package": "hello", "path": "x"}, &md); code != 200 || !strings.Contains(md.Markdown, "greeted x") {
		t.Fatalf("render %d %+v", code, md)
	}
	// the same API over libp2p, from another host
	ctx := context.Background()
	cl, err := p2p.New(ctx, p2p.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ai, err := p2p.ParsePeerAddr(n.PeerAddrs()[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.Connect(ctx, ai); err != nil {
		t.Fatal(err)
	}
	phc := &http.Client{Transport: p2p.NewHTTPTransport(cl, api.Protocol), Timeout: 10 * time.Second}
	if code := do(t, phc, "POST", "http://"+ai.ID.String()+"/v1/query", map[string]any{"target": "hello.Count", "args": []string{"world"}}, &rc); code != 200 || rc["result"] != 2.0 {
		t.Fatalf("query over libp2p %d %v", code, rc)
	}
	// state, through the client's endpoints
	var sv api.StateView
	if code := do(t, hc, "GET", base+"/v1/state/hello", nil, &sv); code != 200 || len(sv.Vars) != 1 || sv.Vars[0].Name != "greeted" || sv.Vars[0].Value.Len != 1 {
		t.Fatalf("state %d %+v", code, sv)
	}
	var ov api.ObjectView
	if code := do(t, hc, "GET", fmt.Sprintf("%s/v1/objects/%d", base, sv.Vars[0].Value.Ref), nil, &ov); code != 200 || ov.Kind != "map" || ov.Owner != "hello" || len(ov.Entries) != 1 || ov.Entries[0].Key.Value != "world" || ov.Entries[0].Value.Value != "2" {
		t.Fatalf("object %d %+v", code, ov)
	}
	var e api.ErrorResponse
	if code := do(t, hc, "GET", base+"/v1/objects/99999", nil, &e); code != 404 {
		t.Fatalf("missing object: %d %+v", code, e)
	}
	var peers api.PeerList
	do(t, hc, "GET", base+"/v1/peers", nil, &peers)
	if len(peers.Peers) != 1 || peers.Peers[0].ID != cl.ID().String() {
		t.Fatalf("peers %+v", peers)
	}
	resp, err := hc.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `amigo_transactions_total{kind="call",outcome="ok"} 2`) {
		t.Fatalf("metrics:\n%s", b)
	}
	// a second node on the same home is refused clearly
	n2, _ := New(Config{Home: home, HTTPAddr: "127.0.0.1:0", NoMDNS: true})
	if err := n2.Start(ctx); err == nil || !strings.Contains(err.Error(), "another node") {
		t.Fatalf("second node on the same home: %v", err)
	}
	// restart: the state is there
	head := n.Engine().Head()
	id := n.Host().ID()
	n.Stop(ctx)
	n3 := startNode(t, home)
	if n3.Engine().Head() != head {
		t.Fatalf("head after restart %+v, before %+v", n3.Engine().Head(), head)
	}
	if code := do(t, hc, "POST", n3.HTTPURL()+"/v1/query", map[string]any{"target": "hello.Count", "args": []string{"world"}}, &rc); code != 200 || rc["result"] != 2.0 {
		t.Fatalf("query after restart %d %v", code, rc)
	}
	if n3.Host().ID() != id {
		t.Fatalf("identity changed across restart: %s, was %s", n3.Host().ID(), id)
	}
}

func TestNodeConfigErrors(t *testing.T) {
	dev, _ := profiles.Lookup("dev")
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{Profile: dev, HTTPAddr: "0.0.0.0:8888"}, "loopback only"},
		{Config{Profile: dev, HTTPAddr: "nonsense"}, "HOST:PORT"},
		{Config{Profile: dev, P2PAddrs: []string{"/ip4/10.0.0.1/tcp/1"}}, "loopback only"},
		{Config{Profile: dev, P2PAddrs: []string{"not-a-multiaddr"}}, "--p2p"},
	} {
		c.cfg.Home = t.TempDir()
		if _, err := New(c.cfg); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", c.cfg, err, c.want)
		}
	}
}

// Bad requests get JSON errors with stable codes, and the node keeps
// serving after each.
func TestNodeBadInput(t *testing.T) {
	n := startNode(t, t.TempDir())
	base := n.HTTPURL()
	for _, c := range []struct {
		method, path, body string
		status             int
		code               string
	}{
		{"POST", "/v1/call", `{"target": "hello.Greet",`, 400, "bad_request"},
		{"POST", "/v1/call", `{"target": "hello.Greet", "bogus": 1}`, 400, "bad_request"},
		{"POST", "/v1/deploy", `{"package":"big","files":[{"name":"a.go","src":"` + strings.Repeat("x", 9<<20) + `"}]}`, 413, "too_large"},
		{"POST", "/v1/call", `{"target": "nope.Greet"}`, 404, "not_found"},
		{"GET", "/v1/txs/zzz", ``, 400, "bad_request"},
		{"GET", "/v1/nothing", ``, 404, "not_found"},
		{"DELETE", "/v1/status", ``, 405, "method_not_allowed"},
	} {
		req, _ := http.NewRequest(c.method, base+c.path, strings.NewReader(c.body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var e api.ErrorResponse
		json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if resp.StatusCode != c.status || string(e.Error.Code) != c.code {
			t.Errorf("%s %s: %d %+v, want %d %s", c.method, c.path, resp.StatusCode, e, c.status, c.code)
		}
		var st api.Status
		if code := do(t, http.DefaultClient, "GET", base+"/v1/status", nil, &st); code != 200 {
			t.Fatalf("node stopped serving after %s %s", c.method, c.path)
		}
	}
}
