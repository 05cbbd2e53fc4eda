package explorer

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/node/engine"
)

// testNode is a dev node serving the explorer, with a client of its API.
type testNode struct {
	t   testing.TB
	n   *node.Node
	c   *client.Client
	url string
}

// startNode starts a dev node on home (a temporary one when empty) whose
// handler at / is the explorer with opts (its Client is filled in).
func startNode(t testing.TB, home string, opts Options) *testNode {
	t.Helper()
	if home == "" {
		home = t.TempDir()
	}
	return startNodeConfig(t, node.Config{Home: home, HTTPAddr: "127.0.0.1:0", P2PAddrs: []string{"/ip4/127.0.0.1/tcp/0"}}, opts)
}

// startNodeConfig starts a node of cfg with the explorer at /.
func startNodeConfig(t testing.TB, cfg node.Config, opts Options) *testNode {
	t.Helper()
	// The node makes its handler once it listens: the explorer gets a
	// client of the node's own URL.
	handler := func(n *node.Node) (http.Handler, error) {
		c, err := client.New(n.HTTPURL())
		if err != nil {
			return nil, err
		}
		o := opts
		o.Client = c
		return New(o)
	}
	cfg.Handler = handler
	cfg.NoMDNS = true
	n, err := node.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// The explorer's client (http.DefaultTransport) may hold a spare
		// connection it dialled for parallel calls and never used: the
		// server counts such a connection as active for 5 s, and Stop
		// would wait for it.
		http.DefaultTransport.(*http.Transport).CloseIdleConnections()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		n.Stop(ctx)
	})
	c, err := client.New(n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	return &testNode{t: t, n: n, c: c, url: n.HTTPURL()}
}

// deploy pushes testdata/<dir> as package path.
func (tn *testNode) deploy(path, dir string) *engine.Receipt {
	tn.t.Helper()
	files, err := client.ReadPackage(filepath.Join("testdata", dir))
	if err != nil {
		tn.t.Fatal(err)
	}
	rc, err := tn.c.Deploy(context.Background(), path, files, client.CallOptions{})
	if err != nil {
		tn.t.Fatalf("deploy %s: %v", path, err)
	}
	return rc
}

func (tn *testNode) call(target string, args ...string) *engine.Receipt {
	tn.t.Helper()
	rc, err := tn.c.Call(context.Background(), target, args...)
	if err != nil {
		tn.t.Fatalf("call %s: %v", target, err)
	}
	return rc
}

// get fetches a path of the explorer, following no redirects.
func (tn *testNode) get(path string) (*http.Response, string) {
	tn.t.Helper()
	return tn.do("GET", path, nil, nil)
}

func (tn *testNode) do(method, path string, body io.Reader, hdr http.Header) (*http.Response, string) {
	tn.t.Helper()
	req, err := http.NewRequest(method, tn.url+path, body)
	if err != nil {
		tn.t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	hc := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := hc.Do(req)
	if err != nil {
		tn.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tn.t.Fatal(err)
	}
	return resp, string(b)
}

// seed deploys the test packages and makes a few calls.
func (tn *testNode) seed() (add1, add2 *engine.Receipt) {
	tn.deploy("board", "board")
	tn.deploy("evil", "evil")
	tn.deploy("fans", "fans")
	add1 = tn.call("board.Add", "Hello", "The first post.")
	add2 = tn.call("board.Add", "Second", "Another one, with *emphasis*.")
	return add1, add2
}

func contains(t testing.TB, what, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(body, s) {
			t.Errorf("%s: no %q in:\n%s", what, s, clip(body))
		}
	}
}

func lacks(t testing.TB, what, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if strings.Contains(body, s) {
			t.Errorf("%s: unexpected %q in:\n%s", what, s, clip(body))
		}
	}
}

func clip(s string) string {
	if len(s) > 4000 {
		return s[:4000] + "..."
	}
	return s
}
