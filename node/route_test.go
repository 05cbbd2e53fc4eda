package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/profiles"
	"github.com/amigo-platform/amigo/registry"
	"github.com/amigo-platform/amigo/vm"
)

// startNet starts k dev nodes on loopback, node i bootstrapped from node
// i-1 only (a chain), mDNS off so only the chain links them.
func startNet(t testing.TB, k int) []*Node {
	t.Helper()
	nodes := make([]*Node, k)
	for i := range nodes {
		cfg := Config{Home: t.TempDir(), HTTPAddr: "127.0.0.1:0", P2PAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, NoMDNS: true, NoSync: true}
		if i > 0 {
			cfg.Bootstrap = nodes[i-1].PeerAddrs()
		}
		n, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		nodes[i] = n
		t.Cleanup(func() { n.Stop(context.Background()) })
	}
	return nodes
}

func clientOf(t testing.TB, n *Node) *client.Client {
	t.Helper()
	c, err := client.New(n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func deployHello(t testing.TB, n *Node) {
	t.Helper()
	if _, err := clientOf(t, n).Deploy(context.Background(), "hello", []vm.File{{Name: "hello.go", Src: []byte(helloSrc)}}, client.CallOptions{}); err != nil {
		t.Fatalf("deploy: %v", err)
	}
}

// eventually retries f every 50 ms for at most d (bounded in time and
// count) until it returns nil, and fails with its last error.
func eventually(t testing.TB, d time.Duration, what string, f func() error) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		err := f()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: still failing after %s: %v", what, d, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestRouteAcrossChain: 20 nodes in a chain; a package deployed on node 19
// is called, queried and rendered through node 0, which forwards to node
// 19, and the answers say node 19 served them.
func TestRouteAcrossChain(t *testing.T) {
	nodes := startNet(t, 20)
	last := nodes[19]
	deployHello(t, last)
	want := last.Host().ID().String()
	c := clientOf(t, nodes[0])
	ctx := context.Background()

	// The record travels the chain by gossip; until it reaches node 0 a
	// call there is not found.
	var rc *engine.Receipt
	eventually(t, 30*time.Second, "call hello.Greet at node 0", func() error {
		var err error
		rc, err = c.Call(ctx, "hello.Greet", "world")
		if err != nil {
			return fmt.Errorf("%w (node 0 knows %d records of hello)", err, len(nodes[0].Registry().List(registry.KindPackage, "hello")))
		}
		return nil
	})
	if string(rc.Result) != `"hello, world"` || rc.ServedBy != want {
		t.Fatalf("call: result %s served by %q, want node 19 %s", rc.Result, rc.ServedBy, want)
	}
	// The write happened on node 19, not node 0.
	q, err := clientOf(t, last).Query(ctx, "hello.Count", "world")
	if err != nil || string(q.Result) != "1" || q.ServedBy != want {
		t.Fatalf("query at node 19: %+v, %v", q, err)
	}
	if _, err := nodes[0].Engine().Package("hello"); !errors.Is(err, engine.ErrNotDeployed) {
		t.Fatalf("hello is deployed on node 0: %v", err)
	}
	q, err = c.Query(ctx, "hello.Count", "world")
	if err != nil || string(q.Result) != "1" || q.ServedBy != want {
		t.Fatalf("query through node 0: %+v, %v", q, err)
	}
	md, err := c.Render(ctx, "hello", "x")
	if err != nil || !strings.Contains(md.Markdown, "greeted x") || md.ServedBy != want {
		t.Fatalf("render through node 0: %+v, %v", md, err)
	}
	// A failing call is forwarded too, and its receipt comes back.
	if rc, err := c.Call(ctx, "hello.Nope"); err == nil || rc == nil || rc.ServedBy != want {
		t.Fatalf("call of an unknown function: %+v, %v", rc, err)
	}
	// A package nobody serves is answered not found, served here.
	if _, err := c.Call(ctx, "nobody.F"); !isCode(err, api.CodeNotFound) {
		t.Fatalf("call of nobody.F: %v", err)
	}
	// The services list of node 0 has node 19's package record.
	list, err := c.Services(ctx, "package", "hello")
	if err != nil || len(list.Services) != 1 || list.Services[0].Peer != want || !strings.HasSuffix(list.Services[0].Addrs[0], "/p2p/"+want) {
		t.Fatalf("services: %+v, %v", list, err)
	}
	// The registry and the forwards are counted in /metrics.
	resp, err := http.Get(nodes[0].HTTPURL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`amigo_forwards_total{outcome="ok"}`, `amigo_registry_records{whose="cached"}`, `amigo_registry_accepted_total`} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	// A call naming node 19's network goes there even for a package node
	// 0 has no record of... and a network nobody serves is not found.
	if _, err := c.CallWith(ctx, client.CallRequest{Package: "hello", Func: "Greet", Args: []string{"x"}, Network: "chain:nowhere"}); !isCode(err, api.CodeNotFound) {
		t.Fatalf("call for an unknown network: %v", err)
	}
	eventually(t, 10*time.Second, "call naming node 19's network", func() error {
		rc, err := c.CallWith(ctx, client.CallRequest{Package: "hello", Func: "Count", Args: []string{"world"}, Network: "dev:" + want})
		if err == nil && rc.ServedBy != want {
			return fmt.Errorf("served by %s", rc.ServedBy)
		}
		return err
	})
}

// TestForwardLoopIsCut: two nodes that each claim a package neither has
// (records published by hand) do not bounce a call forever; a request
// whose Amigo-Via names the node itself, or that made MaxHops hops, is
// refused; malformed forwarding headers are a bad request.
func TestForwardLoopIsCut(t *testing.T) {
	nodes := startNet(t, 2)
	a, b := nodes[0], nodes[1]
	ctx := context.Background()
	for _, n := range nodes {
		if err := n.Registry().Publish(ctx, registry.KindPackage, "ghost", nil); err != nil {
			t.Logf("publish: %v", err) // no DHT servers on dev: gossip carries it
		}
	}
	eventually(t, 10*time.Second, "each node to know the other's ghost record", func() error {
		for _, n := range nodes {
			if len(n.Registry().List(registry.KindPackage, "ghost")) != 2 {
				return errors.New("not yet")
			}
		}
		return nil
	})
	// a forwards to b (b is not on the way), b does not forward back to
	// a (a is in Amigo-Via) and answers itself: not found.
	rc, err := clientOf(t, a).Call(ctx, "ghost.F")
	if !isCode(err, api.CodeNotFound) || rc == nil || rc.ServedBy != b.Host().ID().String() {
		t.Fatalf("ghost call at a: %+v, %v; want not found served by b", rc, err)
	}

	post := func(headers map[string]string) (int, api.ErrorResponse) {
		body := `{"target":"ghost.F"}`
		req, _ := http.NewRequest("POST", a.HTTPURL()+"/v1/call", strings.NewReader(body))
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var er api.ErrorResponse
		_ = json.NewDecoder(resp.Body).Decode(&er)
		return resp.StatusCode, er
	}
	self := a.Host().ID().String()
	if code, er := post(map[string]string{HeaderVia: b.Host().ID().String() + "," + self, HeaderHops: "2"}); code != 503 || !strings.Contains(er.Error.Message, "loop") {
		t.Fatalf("a request that came back: %d %+v", code, er)
	}
	if code, er := post(map[string]string{HeaderHops: fmt.Sprint(MaxHops)}); code != 503 || !strings.Contains(er.Error.Message, "limit") {
		t.Fatalf("a request at the hop limit: %d %+v", code, er)
	}
	for _, h := range []map[string]string{{HeaderHops: "x"}, {HeaderHops: "-1"}, {HeaderVia: "not-a-peer"}} {
		if code, er := post(h); code != 400 || er.Error.Code != api.CodeBadRequest {
			t.Fatalf("headers %v: %d %+v", h, code, er)
		}
	}
}

// TestAPIProtocolBadInput: garbage, an oversized body and many streams on
// /amigo/api/1 are refused without harming the node; the resource manager
// caps one peer's streams.
func TestAPIProtocolBadInput(t *testing.T) {
	n := startNet(t, 1)[0]
	ctx := context.Background()
	cl, err := p2p.New(ctx, p2p.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ai, _ := p2p.ParsePeerAddr(n.PeerAddrs()[0])
	if err := cl.Connect(ctx, ai); err != nil {
		t.Fatal(err)
	}
	// Garbage instead of HTTP: the server answers 400 and closes.
	s, err := cl.NewStream(ctx, ai.ID, api.Protocol)
	if err != nil {
		t.Fatal(err)
	}
	s.Write([]byte("\x00\x01\x02 not http at all\r\n\r\n"))
	s.CloseWrite()
	buf := make([]byte, 64)
	k, _ := s.Read(buf)
	if !strings.HasPrefix(string(buf[:k]), "HTTP/1.1 400") {
		t.Fatalf("garbage on the API protocol: answer %q", buf[:k])
	}
	s.Close()
	// An oversized body is 413.
	phc := &http.Client{Transport: p2p.NewHTTPTransport(cl, api.Protocol), Timeout: 30 * time.Second}
	big := strings.NewReader(`{"package":"x","files":[{"name":"x.go","src":"` + strings.Repeat("a", 9<<20) + `"}]}`)
	resp, err := phc.Post("http://"+ai.ID.String()+"/v1/deploy", "application/json", big)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized deploy: status %d", resp.StatusCode)
	}
	// One peer opening streams without end hits the per-peer limit of the
	// protocol (ResourceLimits: 65 inbound per protocol and peer), well
	// before 300.
	opened := 0
	var streams []interface{ Reset() error }
	for range 300 {
		sctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		s, err := cl.NewStream(sctx, ai.ID, api.Protocol)
		if err == nil {
			// The stream is accepted by the node only once it reads;
			// write a request line so the handler side opens.
			_, err = s.Write([]byte("GET /v1/status HTTP/1.1\r\n"))
			if err == nil {
				_, err = s.Read(make([]byte, 0))
			}
		}
		cancel()
		if err != nil {
			break
		}
		streams = append(streams, s)
		opened++
	}
	for _, s := range streams {
		s.Reset()
	}
	if opened >= 300 {
		t.Fatalf("one peer held %d API streams open; the resource manager should cap it", opened)
	}
	t.Logf("one peer opened %d API streams before the cap", opened)
	// The node still serves.
	var st api.Status
	if code := do(t, http.DefaultClient, "GET", n.HTTPURL()+"/v1/status", nil, &st); code != 200 {
		t.Fatalf("status after the abuse: %d", code)
	}
}

func isCode(err error, code api.ErrorCode) bool {
	var e *client.Error
	return errors.As(err, &e) && e.Code == code
}

// TestOpenProfileWrites: an open node takes writes from its loopback HTTP
// API only (until signed transactions), serves reads to any peer, and
// takes writes from peers with InsecureWrites.
func TestOpenProfileWrites(t *testing.T) {
	for _, insecure := range []bool{false, true} {
		t.Run(fmt.Sprint("insecure=", insecure), func(t *testing.T) {
			p, err := profiles.Lookup("open")
			if err != nil {
				t.Fatal(err)
			}
			n, err := New(Config{Profile: p, Home: t.TempDir(), HTTPAddr: "127.0.0.1:0", P2PAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, NoSync: true, InsecureWrites: insecure})
			if err != nil {
				t.Fatal(err)
			}
			if err := n.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			defer n.Stop(context.Background())
			deployHello(t, n) // loopback HTTP: the operator
			remote, err := client.New(n.PeerAddrs()[0])
			if err != nil {
				t.Fatal(err)
			}
			defer remote.Close()
			ctx := context.Background()
			if rc, err := remote.Query(ctx, "hello.Count", "x"); err != nil || string(rc.Result) != "0" {
				t.Fatalf("query over libp2p: %+v, %v", rc, err)
			}
			_, err = remote.Call(ctx, "hello.Greet", "x")
			if insecure && err != nil {
				t.Fatalf("call over libp2p with InsecureWrites: %v", err)
			}
			if !insecure && !isCode(err, api.CodeUnauthorized) {
				t.Fatalf("call over libp2p: %v, want unauthorized", err)
			}
			if _, err := clientOf(t, n).Call(ctx, "hello.Greet", "x"); err != nil {
				t.Fatalf("call over loopback HTTP: %v", err)
			}
		})
	}
}
