package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/auth"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/registry"
	"github.com/amigo-platform/amigo/vm"
)

const whoamiSrc = `package whoami

import "amigo"

var last string

func Who() string {
	last = string(amigo.Caller())
	amigo.Emit("who", "caller", last)
	return last
}

func Last() string { return last }
`

// A 3-member cluster with 2 stateless gateways: each gateway verifies
// tokens and forwards to the members, as the token's caller; it holds no
// state; only the gateways may name a caller; one gateway down, the other
// serves.
func TestStatelessGateways(t *testing.T) {
	dir := t.TempDir()
	res, err := InitCluster(InitOptions{Dir: dir, Name: "sg", Nodes: 3, StatelessGateways: 2})
	if err != nil {
		t.Fatal(err)
	}
	// a peer the members allow that is not a gateway
	keyDir := t.TempDir()
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(keyDir, "identity.key"))
	if err != nil {
		t.Fatal(err)
	}
	other, _ := peer.IDFromPrivateKey(key)
	for _, home := range res.Homes {
		c, err := LoadClusterConfig(home)
		if err != nil {
			t.Fatal(err)
		}
		c.Allow = append(c.Allow, other.String())
		if err := c.Save(home); err != nil {
			t.Fatal(err)
		}
	}
	members := startClusterNodes(t, res.Homes)
	gws := startClusterNodes(t, res.GatewayHomes)
	conf, err := LoadClusterConfig(res.GatewayHomes[0])
	if err != nil {
		t.Fatal(err)
	}
	if !conf.StatelessGateway || len(conf.Gateways) != 2 || conf.Auth.IssuerURL != "http://"+res.GatewayHTTP[0] {
		t.Fatalf("gateway configuration %+v", conf)
	}
	is, err := BuiltinIssuer(conf)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	tok := tokenFor(t, is, "alice", "amigo:deploy", "amigo:call", "amigo:read")
	alice := auth.Caller(is.URL(), "alice")
	clientAt := func(url, token string) *client.Client {
		c, err := client.New(url, client.WithToken(token))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	c0 := clientAt(gws[0].HTTPURL(), tok)
	// Raft may still be electing a leader: the first deploy is retried.
	var rc any
	eventually(t, 15*time.Second, "deploy through gateway 1", func() error {
		r, err := c0.Deploy(ctx, "whoami", []vm.File{{Name: "w.go", Src: []byte(whoamiSrc)}}, client.CallOptions{})
		if err != nil {
			var ce *client.Error
			if errors.As(err, &ce) && ce.Code == api.CodeConflict {
				return nil // an earlier try went through
			}
			return err
		}
		rc = r
		return nil
	})
	_ = rc
	for i, g := range gws {
		c := clientAt(g.HTTPURL(), tok)
		r, err := c.Call(ctx, "whoami.Who")
		if err != nil || !r.OK() || string(r.Result) != `"`+alice+`"` {
			t.Fatalf("call through gateway %d: %v %+v (want caller %s)", i+1, err, r, alice)
		}
		st, err := c.Status(ctx)
		if err != nil || st.Caller != alice || st.Network != "cluster:sg" {
			t.Fatalf("status through gateway %d: %v %+v", i+1, err, st)
		}
	}
	// The events stream goes through a gateway.
	ectx, ecancel := context.WithTimeout(ctx, 15*time.Second)
	events, _ := clientAt(gws[1].HTTPURL(), tok).Events(ectx, "whoami")
	got := false
	for !got && ectx.Err() == nil {
		if _, err := c0.Call(ctx, "whoami.Who"); err != nil {
			t.Fatal(err)
		}
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatal("the events stream through a gateway ended")
			}
			if ev.Type != "who" || ev.Attrs["caller"] != alice {
				t.Fatalf("event %+v", ev)
			}
			got = true
		case <-time.After(300 * time.Millisecond):
		}
	}
	ecancel()
	if !got {
		t.Fatal("no event through a gateway")
	}
	// The gateways hold no contract state.
	for i, g := range gws {
		if h := g.Engine().Head(); h.Height != 0 || h.Seq != 0 {
			t.Fatalf("gateway %d has state: %+v", i+1, h)
		}
		if g.Cluster() != nil {
			t.Fatalf("gateway %d is a Raft member", i+1)
		}
	}
	// No token: refused at the gateway.
	if _, err := clientAt(gws[1].HTTPURL(), "").Call(ctx, "whoami.Who"); !isCode(err, api.CodeUnauthorized) {
		t.Fatalf("call without a token: %v", err)
	}

	// Membership changes and unknown routes are not forwarded.
	for _, path := range []string{"/v1/cluster/members", "/v1/nothing", "/v1//call"} {
		resp, err := http.Get(gws[1].HTTPURL() + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Fatalf("GET %s at a gateway: %d", path, resp.StatusCode)
		}
	}

	// A forged Amigo-Caller from a client to a gateway is replaced by the
	// token's caller.
	callRaw := func(url string, hdr map[string]string) (int, string) {
		body, _ := json.Marshal(api.CallRequest{Package: "whoami", Func: "Who"})
		req, _ := http.NewRequest("POST", url+"/v1/call", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct {
			Result json.RawMessage `json:"result"`
		}
		b := new(bytes.Buffer)
		b.ReadFrom(resp.Body)
		json.Unmarshal(b.Bytes(), &out)
		return resp.StatusCode, string(out.Result) + b.String()
	}
	mallory := auth.Caller(is.URL(), "mallory")
	if code, out := callRaw(gws[0].HTTPURL(), map[string]string{"Authorization": "Bearer " + tok, HeaderCaller: mallory}); code != 200 || !strings.HasPrefix(out, `"`+alice+`"`) {
		t.Fatalf("forged caller through a gateway: %d %s", code, out)
	}
	// ... and from a client to a member's HTTP API is refused.
	if code, out := callRaw(members[1].HTTPURL(), map[string]string{HeaderCaller: mallory}); code != http.StatusForbidden {
		t.Fatalf("forged caller at a member's HTTP API: %d %s", code, out)
	}
	// A cluster peer that is not a gateway may not name a caller over
	// libp2p.
	psk, _ := conf.PSKBytes()
	h, err := p2p.New(ctx, p2p.Config{Identity: key, PSK: psk, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	target, err := p2p.ParsePeerAddr(conf.Members[0])
	if err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := h.Connect(cctx, target); err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Transport: p2p.NewHTTPTransport(h, api.Protocol), Timeout: 10 * time.Second}
	body, _ := json.Marshal(api.CallRequest{Package: "whoami", Func: "Who"})
	req, _ := http.NewRequest("POST", "http://"+target.ID.String()+"/v1/call", bytes.NewReader(body))
	req.Header.Set(HeaderCaller, mallory)
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("Amigo-Caller from a non-gateway peer: status %d", resp.StatusCode)
	}

	// Both gateways announce themselves.
	eventually(t, 20*time.Second, "the gateways' records", func() error {
		recs := members[0].Registry().List(registry.KindGateway, "cluster:sg")
		if len(recs) != 2 {
			return errors.New("want 2 gateway records")
		}
		return nil
	})

	// One gateway down, the other serves.
	gws[0].Stop(ctx)
	c1 := clientAt(gws[1].HTTPURL(), tok)
	if r, err := c1.Call(ctx, "whoami.Who"); err != nil || !r.OK() {
		t.Fatalf("call through the remaining gateway: %v %+v", err, r)
	}
	// The member the gateway forwards to down, it forwards to the others.
	p := gws[1].cl.proxy
	cur := p.current()
	for _, m := range members {
		if m.Host().ID() == cur {
			m.Stop(ctx)
		}
	}
	for i := 0; i < 3; i++ {
		if r, err := c1.Query(ctx, "whoami.Last"); err != nil || !r.OK() || string(r.Result) != `"`+alice+`"` {
			t.Fatalf("query %d with a member down: %v %+v", i, err, r)
		}
	}
	if p.current() == cur {
		t.Fatal("the gateway still prefers the stopped member")
	}
	eventually(t, 15*time.Second, "a call with a member down", func() error {
		r, err := c1.Call(ctx, "whoami.Who")
		if err == nil && !r.OK() {
			err = errors.New(r.Error)
		}
		return err
	})
}

// The gateway's forwarding: a member it cannot reach is skipped for any
// request; a member that took a write and hung up makes its outcome
// unknown (not sent again); a read is sent to the next member.
func TestGatewayRoundTripRetries(t *testing.T) {
	var hits atomic.Int64
	good := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		io.Copy(io.Discard, r.Body)
		w.Write([]byte("ok"))
	}))
	defer good.Close()
	hang, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer hang.Close()
	go func() {
		for {
			c, err := hang.Accept()
			if err != nil {
				return
			}
			go func() { // read the request, then hang up
				c.Read(make([]byte, 4096))
				c.Close()
			}()
		}
	}()
	ids := make([]peer.ID, 3)
	for i := range ids {
		k, err := p2p.LoadOrCreateIdentity(filepath.Join(t.TempDir(), "k"))
		if err != nil {
			t.Fatal(err)
		}
		ids[i], _ = peer.IDFromPrivateKey(k)
	}
	down, hangs, up := ids[0], ids[1], ids[2]
	var dials []peer.ID
	tr := &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, _ := net.SplitHostPort(addr)
		id, _ := peer.Decode(host)
		dials = append(dials, id)
		switch id {
		case down:
			return nil, &dialError{errors.New("connection refused")}
		case hangs:
			return net.Dial("tcp", hang.Addr().String())
		default:
			return net.Dial("tcp", strings.TrimPrefix(good.URL, "http://"))
		}
	}, DisableKeepAlives: true}
	g := &gatewayProxy{n: &Node{log: slog.New(slog.DiscardHandler)}, members: ids, tr: tr}
	do := func(method string) (*http.Response, error) {
		var body io.Reader
		if method == "POST" {
			body = strings.NewReader(`{"package":"p","func":"F"}`)
		}
		req, _ := http.NewRequest(method, "http://member/v1/call", body)
		return g.RoundTrip(req)
	}
	// a write: the unreachable member is skipped, the one that hung up
	// makes the outcome unknown; the third is not tried
	dials = nil
	_, err = do("POST")
	var ou *outcomeUnknownError
	if !errors.As(err, &ou) || ou.member != hangs || hits.Load() != 0 || len(dials) != 2 {
		t.Fatalf("write: %v (dials %v, hits %d)", err, dials, hits.Load())
	}
	// a read goes on to the member that answers, which becomes current
	dials = nil
	resp, err := do("GET")
	if err != nil || resp.StatusCode != 200 || hits.Load() != 1 {
		t.Fatalf("read: %v %v (dials %v)", err, resp, dials)
	}
	resp.Body.Close()
	if g.members[g.cur.Load()] != up {
		t.Fatalf("current member %d", g.cur.Load())
	}
	// now a write goes straight to it, with its body
	dials = nil
	resp, err = do("POST")
	if err != nil || resp.StatusCode != 200 || hits.Load() != 2 || len(dials) != 1 {
		t.Fatalf("write to the current member: %v %v (dials %v)", err, resp, dials)
	}
	resp.Body.Close()
}
