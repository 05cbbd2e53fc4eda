package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/freeport"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/libp2p/go-libp2p/core/network"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/auth"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/vm"
)

// adminDo sends a membership request to a member's loopback API.
func adminDo(t *testing.T, n *Node, method, path string, body any) (int, string) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, n.HTTPURL()+path, rd)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// A stateless gateway admitted at run time through the admin API (a Raft
// entry: every member admits it) serves token-authenticated calls as the
// token's subject; a member that joins afterwards is in the list it
// forwards to after a refresh, and serves its requests, until it leaves;
// tokens revoked at the members are refused through it; removed, the
// gateway's next request is refused 403 with the reason, and it cannot
// connect again.
func TestStatelessGatewayAdmittedAtRuntime(t *testing.T) {
	old := refreshPeriod
	refreshPeriod = 300 * time.Millisecond
	t.Cleanup(func() { refreshPeriod = old })
	dir := t.TempDir()
	res, err := InitCluster(InitOptions{Dir: dir, Name: "rt", Nodes: 3, Gateways: 0})
	if err != nil {
		t.Fatal(err)
	}
	members := startClusterNodes(t, res.Homes)
	src, err := LoadClusterConfig(res.Homes[0])
	if err != nil {
		t.Fatal(err)
	}
	gwConf, gwID, err := NewStatelessGatewayHome(res.Homes[0], src, filepath.Join(dir, "gw"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := NewStatelessGatewayHome(res.Homes[0], src, filepath.Join(dir, "gw"), nil); err == nil {
		t.Fatal("a gateway home was written over")
	}
	// admitted through a member (a follower forwards to the leader)
	eventually(t, 15*time.Second, "admit the gateway", func() error {
		if code, out := adminDo(t, members[1], "POST", "/v1/cluster/gateways", map[string]string{"peer": gwID.String()}); code != http.StatusNoContent {
			return fmt.Errorf("%d %s", code, out)
		}
		return nil
	})
	for i, m := range members {
		eventually(t, 10*time.Second, fmt.Sprintf("member %d lists the gateway", i+1), func() error {
			code, out := adminDo(t, m, "GET", "/v1/cluster/gateways", nil)
			var gr GatewaysResponse
			json.Unmarshal([]byte(out), &gr)
			if code != 200 || !slices.Equal(gr.Gateways, []string{gwID.String()}) {
				return fmt.Errorf("%d %s", code, out)
			}
			return nil
		})
	}
	if code, out := adminDo(t, members[0], "POST", "/v1/cluster/gateways", map[string]string{"peer": "nope"}); code != http.StatusBadRequest {
		t.Fatalf("admit a malformed peer id: %d %s", code, out)
	}
	gw := startClusterNodes(t, []string{filepath.Join(dir, "gw")})[0]

	is, err := BuiltinIssuer(gwConf)
	if err != nil {
		t.Fatal(err)
	}
	tok := tokenFor(t, is, "alice", "amigo:deploy", "amigo:call", "amigo:read")
	alice := auth.Caller(is.URL(), "alice")
	c, err := client.New(gw.HTTPURL(), client.WithToken(tok))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	eventually(t, 15*time.Second, "deploy through the admitted gateway", func() error {
		_, err := c.Deploy(ctx, "whoami", []vm.File{{Name: "w.go", Src: []byte(whoamiSrc)}}, client.CallOptions{})
		if isCode(err, api.CodeConflict) {
			return nil
		}
		return err
	})
	r, err := c.Call(ctx, "whoami.Who")
	if err != nil || !r.OK() || string(r.Result) != `"`+alice+`"` {
		t.Fatalf("call through the admitted gateway: %v %+v (want caller %s)", err, r, alice)
	}

	// A member joins after the gateway started: the gateway learns it.
	home4 := filepath.Join(dir, "node4")
	id4, err := NewMemberHome(home4)
	if err != nil {
		t.Fatal(err)
	}
	ports, _ := freeport.Loopback(2)
	c4 := *src
	c4.Members = nil
	for _, m := range members {
		c4.Allow = append(c4.Allow, m.Host().ID().String())
	}
	c4.Self = fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", ports[0], id4)
	c4.P2P = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ports[0])}
	c4.HTTP = fmt.Sprintf("127.0.0.1:%d", ports[1])
	if err := c4.Save(home4); err != nil {
		t.Fatal(err)
	}
	m4 := startClusterNodes(t, []string{home4})[0]
	if code, out := adminDo(t, members[0], "POST", "/v1/cluster/members", map[string]string{"address": c4.Self}); code != http.StatusNoContent {
		t.Fatalf("add member 4: %d %s", code, out)
	}
	p := gw.cl.proxy
	eventually(t, 15*time.Second, "the gateway lists member 4", func() error {
		if !p.has(id4) {
			return fmt.Errorf("gateway members %v", p.members)
		}
		return nil
	})
	// it keeps the list for its next start, member 4 included (written
	// just after the list in memory changed)
	eventually(t, 5*time.Second, "the gateway keeps member 4 for its next start", func() error {
		if cached, err := p2p.ParsePeerAddrs(gw.cachedMembers()); err != nil || !slices.ContainsFunc(cached, func(ai peer.AddrInfo) bool { return ai.ID == id4 }) {
			return fmt.Errorf("the gateway's kept member list %v (%v) lacks member 4", gw.cachedMembers(), err)
		}
		return nil
	})
	// member 4 (caught up) answers the gateway's requests
	eventually(t, 15*time.Second, "member 4 applied the deploy", func() error {
		if m4.Engine().Head() != members[0].Engine().Head() {
			return errors.New("behind")
		}
		return nil
	})
	ms, _ := p.list()
	p.cur.Store(uint64(slices.Index(ms, id4)))
	st, err := c.Status(ctx)
	if err != nil || st.PeerID != id4.String() || st.Caller != alice {
		t.Fatalf("status through the gateway, at member 4: %v %+v", err, st)
	}
	if r, err := c.Query(ctx, "whoami.Last"); err != nil || string(r.Result) != `"`+alice+`"` {
		t.Fatalf("query at member 4: %v %+v", err, r)
	}

	// member 4 leaves: the gateway drops it
	if code, out := adminDo(t, members[0], "DELETE", "/v1/cluster/members/"+id4.String(), nil); code != http.StatusNoContent {
		t.Fatalf("remove member 4: %d %s", code, out)
	}
	eventually(t, 15*time.Second, "the gateway drops member 4", func() error {
		if p.has(id4) || len(p.members) != 3 {
			return fmt.Errorf("gateway members %v", p.members)
		}
		return nil
	})

	// A revoked token is refused by the members (the gateway holds no
	// revocations); another token of the subject still works until the
	// subject is revoked.
	tok2 := tokenFor(t, is, "alice", "amigo:call", "amigo:read")
	if code, out := adminDo(t, members[1], "POST", "/v1/cluster/revocations", RevokeRequest{ID: auth.TokenID(tok)}); code != http.StatusNoContent {
		t.Fatalf("revoke: %d %s", code, out)
	}
	eventually(t, 10*time.Second, "the revoked token is refused", func() error {
		_, err := c.Call(ctx, "whoami.Who")
		var ce *client.Error
		if !errors.As(err, &ce) || ce.Code != api.CodeUnauthorized || !strings.Contains(ce.Message, "token revoked") {
			return fmt.Errorf("call: %v", err)
		}
		return nil
	})
	c2, _ := client.New(gw.HTTPURL(), client.WithToken(tok2))
	defer c2.Close()
	if r, err := c2.Call(ctx, "whoami.Who"); err != nil || !r.OK() {
		t.Fatalf("another token of alice: %v %+v", err, r)
	}
	if code, out := adminDo(t, members[1], "POST", "/v1/cluster/revocations", RevokeRequest{Subject: "alice"}); code != http.StatusNoContent {
		t.Fatalf("revoke alice: %d %s", code, out)
	}
	eventually(t, 10*time.Second, "alice's tokens are refused", func() error {
		if _, err := c2.Query(ctx, "whoami.Last"); !isCode(err, api.CodeUnauthorized) {
			return fmt.Errorf("query: %v", err)
		}
		return nil
	})
	c, _ = client.New(gw.HTTPURL(), client.WithToken(tokenFor(t, is, "dave", "amigo:call", "amigo:read")))
	defer c.Close()
	if r, err := c.Call(ctx, "whoami.Who"); err != nil || !r.OK() {
		t.Fatalf("a call as dave: %v %+v", err, r)
	}

	// Removed: refused with the reason, then disconnected for good.
	if code, out := adminDo(t, members[2], "DELETE", "/v1/cluster/gateways/"+gwID.String(), nil); code != http.StatusNoContent {
		t.Fatalf("remove the gateway: %d %s", code, out)
	}
	if code, out := adminDo(t, members[2], "DELETE", "/v1/cluster/gateways/"+gwID.String(), nil); code != http.StatusNotFound {
		t.Fatalf("remove the gateway twice: %d %s", code, out)
	}
	eventually(t, 10*time.Second, "the removed gateway is refused", func() error {
		_, err := c.Call(ctx, "whoami.Who")
		var ce *client.Error
		if !errors.As(err, &ce) || ce.Code != api.CodeForbidden || !strings.Contains(ce.Message, "not an admitted gateway") {
			return fmt.Errorf("call: %v", err)
		}
		return nil
	})
	// the members drop its connections, and refuse new ones
	eventually(t, 10*time.Second, "the members drop the removed gateway", func() error {
		for i, m := range members { // member 4 left: it applies no more entries
			// The removal is committed by a majority: a member may apply
			// it later, and admits the gateway until then.
			if m.cl.admits(gwID) {
				return fmt.Errorf("member %d has not applied the removal", i+1)
			}
			if len(m.Host().Network().ConnsToPeer(gwID)) > 0 {
				return fmt.Errorf("member %d is still connected", i+1)
			}
		}
		return nil
	})
	for i, m := range members {
		// The dialer's side of a connection is up before the member's
		// gater has seen the peer (Noise's last message needs no
		// answer), and a stream of a protocol the peer served before
		// opens without a round trip: only an answer tells that the
		// member took the connection.
		cctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		err := gw.Host().Connect(cctx, peer.AddrInfo{ID: m.Host().ID(), Addrs: m.Host().Addrs()})
		var answer []byte
		if err == nil {
			var s network.Stream
			if s, err = gw.Host().NewStream(cctx, m.Host().ID(), api.Protocol); err == nil {
				s.SetDeadline(time.Now().Add(3 * time.Second))
				if _, err = io.WriteString(s, "GET /v1/status HTTP/1.1\r\nHost: amigo\r\n\r\n"); err == nil {
					answer, err = io.ReadAll(io.LimitReader(s, 64))
				}
				s.Reset()
			}
		}
		cancel()
		if len(answer) > 0 {
			t.Fatalf("the removed gateway reconnected to member %d: it answered %q", i+1, answer)
		}
	}
	// and its clients keep getting the reason
	_, err = c.Call(ctx, "whoami.Who")
	if !isCode(err, api.CodeForbidden) {
		t.Fatalf("call through the removed gateway, disconnected: %v", err)
	}
}

// A gateway member refuses a revoked token 401 "token revoked", after
// the revocation is applied, on every gateway of the cluster; revoking
// needs scope amigo:admin there.
func TestTokenRevocation(t *testing.T) {
	homes, conf := testClusterHomes(t, 3)
	ns := startClusterNodes(t, homes)
	gw := ns[0]
	is, err := BuiltinIssuer(conf)
	if err != nil {
		t.Fatal(err)
	}
	tok := tokenFor(t, is, "carol", "amigo:read")
	c, _ := client.New(gw.HTTPURL(), client.WithToken(tok))
	defer c.Close()
	ctx := context.Background()
	if _, err := c.Status(ctx); err != nil {
		t.Fatal(err)
	}
	post := func(token string, body any) (int, string) {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest("POST", gw.HTTPURL()+"/v1/cluster/revocations", bytes.NewReader(b))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(out)
	}
	if code, _ := post(tok, RevokeRequest{ID: auth.TokenID(tok)}); code != http.StatusForbidden {
		t.Fatalf("revoke without amigo:admin: %d", code)
	}
	admin := tokenFor(t, is, "ops", "amigo:admin")
	if code, out := post(admin, RevokeRequest{}); code != http.StatusBadRequest {
		t.Fatalf("revoke nothing: %d %s", code, out)
	}
	eventually(t, 15*time.Second, "revoke", func() error {
		if code, out := post(admin, RevokeRequest{ID: auth.TokenID(tok)}); code != http.StatusNoContent {
			return fmt.Errorf("%d %s", code, out)
		}
		return nil
	})
	_, err = c.Status(ctx)
	var ce *client.Error
	if !errors.As(err, &ce) || ce.Code != api.CodeUnauthorized || !strings.Contains(ce.Message, "token revoked") {
		t.Fatalf("a revoked token: %v", err)
	}
	// every member holds the revocation
	for i, m := range ns {
		eventually(t, 10*time.Second, fmt.Sprintf("member %d", i+1), func() error {
			if !m.Cluster().Revoked(auth.TokenID(tok), "carol", time.Now()) {
				return errors.New("not revoked")
			}
			return nil
		})
	}
}
