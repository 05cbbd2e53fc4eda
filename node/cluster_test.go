package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/freeport"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/auth"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/profiles"
	"github.com/amigo-platform/amigo/registry"
	"github.com/amigo-platform/amigo/vm"
)

// testClusterHomes writes the homes of an n-member cluster on loopback,
// as amigo cluster init does; the first member is a gateway.
func testClusterHomes(t *testing.T, n int) ([]string, *ClusterConfig) {
	t.Helper()
	dir := t.TempDir()
	ports, err := freeport.Loopback(n)
	if err != nil {
		t.Fatal(err)
	}
	base := ClusterConfig{Name: "test", PSK: strings.Repeat("ab", 32), Auth: Auth{
		IssuerURL: "http://gateway.test", Audience: "cluster:test", Secret: strings.Repeat("cd", 32)}}
	var homes []string
	for i := 0; i < n; i++ {
		home := filepath.Join(dir, fmt.Sprintf("node%d", i+1))
		key, err := p2p.LoadOrCreateIdentity(filepath.Join(home, "identity.key"))
		if err != nil {
			t.Fatal(err)
		}
		id, _ := peer.IDFromPrivateKey(key)
		homes = append(homes, home)
		base.Members = append(base.Members, fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", ports[i], id))
	}
	for i, home := range homes {
		c := base
		c.Self = base.Members[i]
		c.P2P = []string{strings.Split(base.Members[i], "/p2p/")[0]}
		c.HTTP = "127.0.0.1:0"
		c.Gateway = i == 0
		if err := c.Save(home); err != nil {
			t.Fatal(err)
		}
	}
	return homes, &base
}

func startClusterNodes(t *testing.T, homes []string) []*Node {
	t.Helper()
	return startClusterNodesWith(t, homes, nil)
}

// startClusterNodesWith is startClusterNodes with adjust, when set,
// changing node i's configuration first.
func startClusterNodesWith(t *testing.T, homes []string, adjust func(i int, c *Config)) []*Node {
	t.Helper()
	p, err := profiles.Lookup("cluster")
	if err != nil {
		t.Fatal(err)
	}
	var ns []*Node
	for i, home := range homes {
		c := Config{Profile: p, Home: home}
		if adjust != nil {
			adjust(i, &c)
		}
		n, err := New(c)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { n.Stop(context.Background()) })
		ns = append(ns, n)
	}
	return ns
}

// waitSame waits (bounded) until every node has the same head.
func waitSame(t *testing.T, ns []*Node) {
	t.Helper()
	for i := 0; i < 500; i++ {
		same := true
		for _, n := range ns[1:] {
			if n.Engine().Head() != ns[0].Engine().Head() {
				same = false
			}
		}
		if same {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	for i, n := range ns {
		t.Logf("member %d: %+v", i, n.Engine().Head())
	}
	t.Fatal("members' heads differ")
}

// The example scenario through a 3-member cluster's gateway, each party
// with its own bearer token, gives the same results as on a dev node, and
// every member ends with the same state hash.
func TestClusterExamples(t *testing.T) {
	homes, conf := testClusterHomes(t, 3)
	ns := startClusterNodes(t, homes)
	gw := ns[0]
	is, err := BuiltinIssuer(conf)
	if err != nil {
		t.Fatal(err)
	}
	clients := map[string]*client.Client{}
	for _, who := range []string{"deployer", "alice", "bob"} {
		tok, _, err := is.Token(who, []string{"amigo:deploy", "amigo:call", "amigo:read"}, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		c, err := client.New(gw.HTTPURL(), client.WithToken(tok))
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		clients[who] = c
	}
	name := func(as string) string {
		if as == "" {
			return "deployer"
		}
		return as
	}
	addr := func(as string) string { return auth.Caller(is.URL(), name(as)) }
	got := runExamples(t, scenario{
		client: func(as string) *client.Client { return clients[name(as)] },
		caller: func(string) string { return "" },
		addr:   addr,
	})
	waitSame(t, ns)

	// The same scenario on a dev node, acting as the same addresses.
	dev := startNode(t, t.TempDir())
	dc, err := client.New(dev.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	want := runExamples(t, scenario{client: func(string) *client.Client { return dc }, caller: addr, addr: addr})
	// The block times differ (each sequencer stamps its own clock); the
	// results are otherwise identical.
	got, want = untimed(got), untimed(want)
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("step %d:\ncluster %s\ndev     %s", i, got[i], want[i])
			}
		}
		t.Fatalf("%d cluster results, %d dev results", len(got), len(want))
	}
	if h := gw.Engine().Head(); h.Seq != dev.Engine().Head().Seq {
		t.Fatalf("cluster applied %d transactions, dev %d", h.Seq, dev.Engine().Head().Seq)
	}

	// The caller is the token's subject; the status says who it is.
	st, err := clients["alice"].Status(context.Background())
	if err != nil || st.Caller != addr("alice") || st.Network != "cluster:test" {
		t.Fatalf("status as alice: %v %+v", err, st)
	}
	// A follower serves reads locally and linearizably on request; its
	// writes are forwarded to the leader.
	fc, _ := client.New(ns[2].HTTPURL())
	defer fc.Close()
	rc, err := fc.CallWith(context.Background(), client.CallRequest{Target: "token.BalanceOf", Args: []string{addr("bob")}})
	if err != nil || !rc.OK() {
		t.Fatalf("call at a follower: %v %+v", err, rc)
	}
	resp, err := http.Get(ns[1].HTTPURL() + "/v1/state/token?consistency=strong")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("strong read: %v %v", err, resp)
	}
	resp.Body.Close()
	waitSame(t, ns)

	// No token, a token without the scope, another caller than the token's.
	for _, tc := range []struct {
		token, caller string
		code          api.ErrorCode
	}{
		{"", "", api.CodeUnauthorized},
		{tokenFor(t, is, "carol", "amigo:read"), "", api.CodeForbidden},
		{tokenFor(t, is, "carol", "amigo:call"), address.ForName("alice"), api.CodeForbidden},
	} {
		c, _ := client.New(gw.HTTPURL(), client.WithToken(tc.token))
		_, err := c.CallWith(context.Background(), client.CallRequest{Target: "token.Transfer", Args: []string{addr("bob"), "1"}, Caller: tc.caller})
		var ce *client.Error
		if !errors.As(err, &ce) || ce.Code != tc.code {
			t.Fatalf("token %q caller %q: got %v, want %s", tc.token, tc.caller, err, tc.code)
		}
		c.Close()
	}

	// /metrics shows Raft's state.
	resp, err = http.Get(gw.HTTPURL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, m := range []string{"amigo_raft_term", "amigo_raft_leader{", "amigo_raft_commit_index", "amigo_raft_apply_lag", "amigo_raft_members 3"} {
		if !strings.Contains(string(body), m) {
			t.Errorf("/metrics lacks %s", m)
		}
	}
	// The gateway announces itself in the registry; every member learns it.
	for i, m := range ns {
		eventually(t, 20*time.Second, fmt.Sprintf("member %d knows the gateway", i), func() error {
			recs := m.Registry().List(registry.KindGateway, "cluster:test")
			if len(recs) != 1 || recs[0].Peer != gw.Host().ID() || recs[0].Meta["http"] != gw.HTTPURL() {
				return fmt.Errorf("gateway records %+v", recs)
			}
			return nil
		})
	}
	// the token service publishes its discovery document and keys
	resp, err = http.Get(gw.HTTPURL() + "/.well-known/openid-configuration")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("discovery: %v %v", err, resp)
	}
	resp.Body.Close()
}

var timeRE = regexp.MustCompile(`\b1[0-9]{9}\b|\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?( ?UTC|Z)?|\b[0-9hms.]+ ago\b|"Age":\d+`)

func untimed(log []string) []string {
	out := make([]string, len(log))
	for i, s := range log {
		out[i] = timeRE.ReplaceAllString(s, "<time>")
	}
	return out
}

func tokenFor(t *testing.T, is *auth.Issuer, sub string, scopes ...string) string {
	tok, _, err := is.Token(sub, scopes, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// A peer with the cluster's key but not on the allow-list, and a peer
// on the list but with another key, cannot connect to a member.
func TestClusterRefusesStrangers(t *testing.T) {
	homes, conf := testClusterHomes(t, 3)
	ns := startClusterNodes(t, homes[:1]) // one member is enough to knock at
	psk, _ := conf.PSKBytes()
	target, err := p2p.ParsePeerAddr(conf.Members[0])
	if err != nil {
		t.Fatal(err)
	}
	try := func(key []byte, identity string) error {
		k, err := p2p.LoadOrCreateIdentity(filepath.Join(t.TempDir(), identity))
		if err != nil {
			t.Fatal(err)
		}
		h, err := p2p.New(context.Background(), p2p.Config{Identity: k, PSK: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
		if err != nil {
			t.Fatal(err)
		}
		defer h.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		if err := h.Connect(ctx, target); err != nil {
			return err
		}
		// the member's gater may cut the connection after the handshake
		_, err = h.NewStream(ctx, target.ID, "/amigo/raft/1")
		return err
	}
	if err := try(psk, "stranger.key"); err == nil {
		t.Fatal("a peer not on the allow-list opened a stream to a member")
	}
	other := make([]byte, 32)
	if err := try(other, "wrongkey.key"); err == nil {
		t.Fatal("a peer with the wrong pre-shared key connected")
	}
	// a listed member's identity with the right key does connect
	listed, err := os.ReadFile(filepath.Join(homes[1], "identity.key"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "identity.key"), listed, 0o600)
	k, _ := p2p.LoadOrCreateIdentity(filepath.Join(dir, "identity.key"))
	h, err := p2p.New(context.Background(), p2p.Config{Identity: k, PSK: psk})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := h.Connect(ctx, target); err != nil {
		t.Fatalf("a listed peer with the key: %v", err)
	}
	_ = ns
}

// A member that checks no tokens does not serve its API beyond loopback.
func TestClusterMemberAPILoopbackOnly(t *testing.T) {
	homes, _ := testClusterHomes(t, 2)
	p, _ := profiles.Lookup("cluster")
	n, err := New(Config{Profile: p, Home: homes[1], HTTPAddr: "0.0.0.0:0"})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err == nil || !strings.Contains(err.Error(), "loopback only") {
		n.Stop(context.Background())
		t.Fatalf("a non-gateway member on 0.0.0.0: %v", err)
	}
}

// A call through a follower's gateway right after a deploy through the
// leader's is served by the cluster: the follower, not yet caught up,
// does not send the call away to another peer (whose gateway would also
// want the token) as if no member served the package.
func TestClusterCallRightAfterDeployElsewhere(t *testing.T) {
	homes, conf := testClusterHomes(t, 3)
	for _, home := range homes {
		c, err := LoadClusterConfig(home)
		if err != nil {
			t.Fatal(err)
		}
		c.Gateway = true
		if err := c.Save(home); err != nil {
			t.Fatal(err)
		}
	}
	ns := startClusterNodes(t, homes)
	is, err := BuiltinIssuer(conf)
	if err != nil {
		t.Fatal(err)
	}
	tok, _, err := is.Token("dev", []string{"amigo:deploy", "amigo:call", "amigo:read"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	var leader, follower *Node
	for i := 0; i < 500 && leader == nil; i++ {
		for _, n := range ns {
			if n.Cluster().Status().State == "Leader" {
				leader = n
			} else {
				follower = n
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	if leader == nil {
		t.Fatal("no leader")
	}
	lc, err := client.New(leader.HTTPURL(), client.WithToken(tok))
	if err != nil {
		t.Fatal(err)
	}
	defer lc.Close()
	fc, err := client.New(follower.HTTPURL(), client.WithToken(tok))
	if err != nil {
		t.Fatal(err)
	}
	defer fc.Close()
	ctx := context.Background()
	for i := range 5 {
		pkg := fmt.Sprintf("counter%d", i)
		src := fmt.Sprintf("package %s\n\nvar n int\n\nfunc Inc() int { n++; return n }\n", pkg)
		if _, err := lc.Deploy(ctx, pkg, []vm.File{{Name: pkg + ".go", Src: []byte(src)}}, client.CallOptions{}); err != nil {
			t.Fatalf("deploy %s: %v", pkg, err)
		}
		rc, err := fc.Call(ctx, pkg+".Inc")
		if err != nil {
			t.Fatalf("call %s.Inc through a follower right after the deploy: %v", pkg, err)
		}
		if string(rc.Result) != "1" {
			t.Fatalf("%s.Inc = %s", pkg, rc.Result)
		}
	}
}

// GET /v1/cluster/members describes each member as the answering one sees
// it: leader, connection, the version it runs (as during an upgrade).
func TestClusterMembersStatus(t *testing.T) {
	homes, _ := testClusterHomes(t, 3)
	ns := startClusterNodes(t, homes)
	var mr MembersResponse
	eventually(t, 15*time.Second, "every member connected, with its version, under one leader", func() error {
		code, out := adminDo(t, ns[2], "GET", "/v1/cluster/members?probe=true", nil)
		if code != 200 {
			return fmt.Errorf("%d %s", code, out)
		}
		mr = MembersResponse{}
		if err := json.Unmarshal([]byte(out), &mr); err != nil {
			return err
		}
		leaders := 0
		for _, m := range mr.Status {
			if !m.Connected || m.Agent != "amigo/"+Version {
				return fmt.Errorf("member %+v", m)
			}
			if m.Leader {
				leaders++
			}
		}
		if len(mr.Status) != 3 || leaders != 1 {
			return fmt.Errorf("status %+v", mr.Status)
		}
		return nil
	})
	for i, m := range mr.Status {
		if m.Address != mr.Members[i] || m.Self != (m.ID == ns[2].Host().ID().String()) || m.Leader != (m.ID == mr.Leader) {
			t.Errorf("status %+v for member %s (leader %s)", m, mr.Members[i], mr.Leader)
		}
	}
	// without probe (as gateways ask every refresh): what it knows
	code, out := adminDo(t, ns[1], "GET", "/v1/cluster/members", nil)
	var plain MembersResponse
	if err := json.Unmarshal([]byte(out), &plain); code != 200 || err != nil || len(plain.Status) != 3 || !slices.ContainsFunc(plain.Status, func(m MemberStatus) bool {
		return m.Self && m.Agent == "amigo/"+Version
	}) {
		t.Errorf("members without probe: %d %s", code, out)
	}
}
