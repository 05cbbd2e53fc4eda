package raft

import (
	"bufio"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	hraft "github.com/hashicorp/raft"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
)

// waitGateways waits (bounded) until every live member has admitted
// exactly want.
func (c *cluster) waitGateways(want ...string) {
	c.t.Helper()
	slices.Sort(want)
	var got []string
	for i := 0; i < 500; i++ {
		ok := true
		for _, m := range c.live() {
			if got = m.seq.Gateways(); !slices.Equal(got, want) {
				ok = false
			}
		}
		if ok {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	c.t.Fatalf("gateways %v, want %v", got, want)
}

func newPeerID(t *testing.T) string {
	k, err := p2p.LoadOrCreateIdentity(filepath.Join(t.TempDir(), "identity.key"))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := peer.IDFromPrivateKey(k)
	return id.String()
}

// Stateless gateways are replicated state: admitted and removed through
// any member (a follower forwards to the leader), the same on every
// member, kept across a restart and carried by a snapshot to a fresh
// member; OnGateways reports each change.
func TestGatewaysReplicated(t *testing.T) {
	reported := make(chan []string, 64)
	c := newCluster(t, 3, func(cfg *Config) {
		cfg.TrailingLogs, cfg.SnapshotThreshold = 4, 1<<20
		cfg.OnGateways = func(gws []string) { reported <- gws }
	})
	ctx := context.Background()
	g1, g2 := newPeerID(t), newPeerID(t)
	f := c.follower()
	if err := f.seq.AddGateway(ctx, g1); err != nil {
		t.Fatal(err)
	}
	// the member that took the change has applied it when it returns
	if !f.seq.IsGateway(g1) {
		t.Fatal("the follower that admitted the gateway does not list it")
	}
	if err := c.leader().seq.AddGateway(ctx, g2); err != nil {
		t.Fatal(err)
	}
	if err := f.seq.AddGateway(ctx, g2); err != nil { // twice: no error, no change
		t.Fatal(err)
	}
	c.waitGateways(g1, g2)
	if err := f.seq.RemoveGateway(ctx, g1); err != nil {
		t.Fatal(err)
	}
	c.waitGateways(g2)
	if err := f.seq.RemoveGateway(ctx, g1); !errors.Is(err, ErrNotGateway) {
		t.Fatalf("removing a gateway that is not admitted: %v", err)
	}
	if err := f.seq.AddGateway(ctx, "not-a-peer-id"); err == nil {
		t.Fatal("a malformed peer id was admitted")
	}
	select {
	case gws := <-reported:
		if len(gws) == 0 {
			t.Fatalf("first report %v", gws)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("OnGateways was not called")
	}

	// a restarted member keeps them (they are in its store)
	var addrs []string
	for _, m := range c.ms {
		addrs = append(addrs, m.addr)
	}
	f.kill()
	f.start(addrs, nil)
	if got := f.seq.Gateways(); !slices.Equal(got, []string{g2}) {
		t.Fatalf("after a restart: %v", got)
	}

	// a fresh member gets them with the leader's snapshot
	deploy(t, c.leader(), "counter", counterSrc)
	for i := 0; i < 10; i++ {
		if _, err := c.leader().seq.Submit(ctx, engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.leader().seq.Raft().Snapshot().Error(); err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	fresh := &member{t: t, dir: t.TempDir(), psk: c.ms[0].psk}
	fresh.start(nil, nil)
	c.ms = append(c.ms, fresh)
	if err := c.leader().seq.AddMember(ctx, fresh.addr); err != nil {
		t.Fatal(err)
	}
	c.converge()
	if fresh.seq.Raft().Stats()["last_snapshot_index"] == "0" {
		t.Fatal("the fresh member did not restore a snapshot")
	}
	c.waitGateways(g2)
}

// Closing the leader hands its leadership over: the survivors, whose
// heartbeat timeout is then a minute, have a new leader within 10 s,
// which only a transfer (not an election after a timeout) gives.
func TestCloseTransfersLeadership(t *testing.T) {
	c := newCluster(t, 3, nil)
	deploy(t, c.leader(), "counter", counterSrc)
	old := c.leader()
	obs := make(chan hraft.Observation, 16)
	for _, m := range c.ms {
		if m == old {
			continue
		}
		rc := hraft.ReloadableConfig{TrailingLogs: 10240, SnapshotInterval: 2 * time.Minute, SnapshotThreshold: 8192,
			HeartbeatTimeout: time.Minute, ElectionTimeout: time.Minute}
		if err := m.seq.Raft().ReloadConfig(rc); err != nil {
			t.Fatal(err)
		}
		m.seq.Raft().RegisterObserver(hraft.NewObserver(obs, false, func(o *hraft.Observation) bool {
			_, ok := o.Data.(hraft.LeaderObservation)
			return ok
		}))
	}
	oldID := old.h.ID().String()
	old.alive = false
	if err := old.seq.Close(); err != nil {
		t.Logf("close: %v", err)
	}
	defer func() { old.h.Close(); old.st.Close(); old.h = nil }()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case o := <-obs:
			lo := o.Data.(hraft.LeaderObservation)
			if lo.LeaderID != "" && string(lo.LeaderID) != oldID {
				// a write goes through the new leader
				if _, err := c.live()[0].seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"}); err != nil {
					t.Fatalf("write after the transfer: %v", err)
				}
				return
			}
		case <-timeout:
			t.Fatal("no new leader within 10 s of closing the leader (with a 1 min heartbeat timeout only a transfer elects one)")
		}
	}
}

// A revocation is replicated like a gateway change: every member refuses
// the tokens it names (by id, or by subject for tokens issued before
// it), after a restart too; later revocations drop expired ones.
func TestRevocationsReplicated(t *testing.T) {
	c := newCluster(t, 3, nil)
	ctx := context.Background()
	f := c.follower()
	before := time.Now().Add(-time.Second)
	if err := f.seq.Revoke(ctx, Revocation{ID: "tok-1"}); err != nil {
		t.Fatal(err)
	}
	if err := c.leader().seq.Revoke(ctx, Revocation{Subject: "bob", IssuedBefore: time.Now(), Until: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := f.seq.Revoke(ctx, Revocation{}); err == nil {
		t.Fatal("an empty revocation was accepted")
	}
	for i := 0; i < 500; i++ {
		ok := true
		for _, m := range c.ms {
			if len(m.seq.Revocations()) != 2 {
				ok = false
			}
		}
		if ok {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	for i, m := range c.ms {
		switch {
		case !m.seq.Revoked("tok-1", "alice", time.Now()):
			t.Errorf("member %d: token tok-1 not revoked", i)
		case m.seq.Revoked("tok-2", "alice", before):
			t.Errorf("member %d: another token of alice revoked", i)
		case !m.seq.Revoked("tok-3", "bob", before):
			t.Errorf("member %d: an earlier token of bob not revoked", i)
		case m.seq.Revoked("tok-4", "bob", time.Now().Add(time.Minute)):
			t.Errorf("member %d: a later token of bob revoked", i)
		}
	}
	// kept across a restart
	var addrs []string
	for _, m := range c.ms {
		addrs = append(addrs, m.addr)
	}
	f.kill()
	f.start(addrs, nil)
	if !f.seq.Revoked("tok-1", "", time.Time{}) || len(f.seq.Revocations()) != 2 {
		t.Fatalf("after a restart: %+v", f.seq.Revocations())
	}
	// an expired revocation is dropped by the next one
	if err := c.leader().seq.Revoke(ctx, Revocation{ID: "old", Until: time.Now().Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	if err := c.leader().seq.Revoke(ctx, Revocation{ID: "tok-5"}); err != nil {
		t.Fatal(err)
	}
	if rs := c.leader().seq.Revocations(); len(rs) != 3 || c.leader().seq.Revoked("old", "", time.Time{}) {
		t.Fatalf("revocations %+v", rs)
	}
}

// A peer in the private network that is not a Raft member (a stateless
// gateway) cannot order transactions through the forwarding protocol.
func TestForwardOnlyFromMembers(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	other := &member{t: t, dir: t.TempDir(), psk: c.ms[0].psk}
	other.startHost()
	defer other.h.Close()
	if _, err := learn(other.h, hraft.ServerAddress(l.addr)); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := p2p.Dial(ctx, other.h, l.h.ID(), ForwardProtocol)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	tx := engine.Tx{Kind: engine.KindDeploy, Caller: "anyone", Package: "counter", Files: nil}
	if err := writeFrame(conn, &fwdRequest{Op: "submit", Tx: &tx}); err != nil {
		t.Fatal(err)
	}
	var resp fwdResponse
	if err := readFrame(bufio.NewReader(conn), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Receipt != nil || !strings.Contains(resp.Error, "not a member") {
		t.Fatalf("a forward from a non-member: %+v", resp)
	}
	if h := l.e.Head(); h.Seq != 0 {
		t.Fatalf("the leader applied it: %+v", h)
	}
}

// The Raft stream layer hands Raft the streams of allowed peers only
// (AllowRPC: a node refuses its stateless gateways).
func TestRaftStreamsOnlyFromAllowed(t *testing.T) {
	psk := newPSK(t)
	hosts := make([]*member, 3)
	for i := range hosts {
		hosts[i] = &member{t: t, dir: t.TempDir(), psk: psk}
		hosts[i].startHost()
		defer hosts[i].h.Close()
	}
	srv, friend, stranger := hosts[0], hosts[1], hosts[2]
	sl := newStreamLayer(srv.h, hraft.ServerAddress(srv.addr), func(id peer.ID) bool { return id == friend.h.ID() })
	defer sl.Close()
	accepted := make(chan string, 2)
	go func() {
		for {
			c, err := sl.Accept()
			if err != nil {
				return
			}
			accepted <- c.RemoteAddr().String()
			c.Close()
		}
	}()
	for _, m := range []*member{stranger, friend} {
		sl := newStreamLayer(m.h, hraft.ServerAddress(m.addr), nil)
		c, err := sl.Dial(hraft.ServerAddress(srv.addr), 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		c.Write([]byte{0})
		defer c.Close()
	}
	select {
	case got := <-accepted:
		if got != friend.h.ID().String() {
			t.Fatalf("accepted a stream of %s, want only %s's", got, friend.h.ID())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the allowed peer's stream was not accepted")
	}
	select {
	case got := <-accepted:
		t.Fatalf("accepted a second stream, of %s", got)
	case <-time.After(300 * time.Millisecond):
	}
}

// The index the FSM answers Revoked from agrees with Revocation.Revokes.
func TestRevocationIndex(t *testing.T) {
	t0 := time.Unix(1700000000, 0)
	rs := []Revocation{{ID: "a"}, {Subject: "bob", IssuedBefore: t0}, {Subject: "bob", IssuedBefore: t0.Add(-time.Hour)}, {Subject: "carol", IssuedBefore: t0.Add(time.Hour)}}
	f := &fsm{revoked: rs, revIndex: indexRevocations(rs)}
	for _, jti := range []string{"", "a", "b"} {
		for _, sub := range []string{"", "alice", "bob", "carol"} {
			for _, iat := range []time.Time{{}, t0.Add(-2 * time.Hour), t0, t0.Add(time.Second), t0.Add(2 * time.Hour)} {
				want := false
				for _, r := range rs {
					want = want || r.Revokes(jti, sub, iat)
				}
				if got := f.Revoked(jti, sub, iat); got != want {
					t.Errorf("Revoked(%q, %q, %v) = %v, want %v", jti, sub, iat, got, want)
				}
			}
		}
	}
}
