package raft

import (
	"context"
	"crypto/rand"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	hraft "github.com/hashicorp/raft"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/pnet"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

const counterSrc = "package counter\n\nvar n int\n\nfunc Inc() int { n++; return n }\n\nfunc Get() int { return n }\n"

// member is one cluster member with everything real: a libp2p host on
// 127.0.0.1 in a private network, Badger stores on disk, hashicorp/raft.
type member struct {
	t     testing.TB
	dir   string
	psk   pnet.PSK
	port  string
	h     host.Host
	st    store.Store
	e     *engine.Engine
	seq   *Sequencer
	addr  string
	alive bool
}

func newPSK(t testing.TB) pnet.PSK {
	k := make([]byte, 32)
	rand.Read(k)
	return k
}

// startHost starts m's host (on its old port after a restart).
func (m *member) startHost() {
	t := m.t
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(m.dir, "identity.key"))
	if err != nil {
		t.Fatal(err)
	}
	port := m.port
	if port == "" {
		port = "0"
	}
	m.h, err = p2p.New(context.Background(), p2p.Config{Identity: key, ListenAddrs: []string{"/ip4/127.0.0.1/tcp/" + port}, LoopbackOnly: true, PSK: m.psk})
	if err != nil {
		t.Fatal(err)
	}
	a := m.h.Addrs()[0]
	m.port, _ = a.ValueForProtocol(ma.P_TCP)
	m.addr = a.String() + "/p2p/" + m.h.ID().String()
}

func (m *member) start(members []string, tune func(*Config)) {
	t := m.t
	if m.h == nil {
		m.startHost()
	}
	var err error
	if m.st, err = store.OpenBadger(store.Options{Dir: filepath.Join(m.dir, "data")}); err != nil {
		t.Fatal(err)
	}
	if m.e, err = engine.New(m.st, engine.Config{}); err != nil {
		t.Fatal(err)
	}
	cfg := Config{Engine: m.e, Store: m.st, Host: m.h, Dir: filepath.Join(m.dir, "raft"), Self: m.addr, Members: members, ChainID: "cluster:test",
		HeartbeatTimeout: 500 * time.Millisecond, ElectionTimeout: 500 * time.Millisecond, LeaderLeaseTimeout: 250 * time.Millisecond}
	if tune != nil {
		tune(&cfg)
	}
	if m.seq, err = New(cfg); err != nil {
		t.Fatal(err)
	}
	m.alive = true
}

// kill stops m abruptly, as a crash would: no leave, no goodbye.
func (m *member) kill() {
	if !m.alive {
		return
	}
	m.alive = false
	m.h.Close()
	m.seq.Close()
	m.st.Close()
	m.h = nil
}

type cluster struct {
	t  testing.TB
	ms []*member
}

func newCluster(t testing.TB, n int, tune func(*Config)) *cluster {
	psk := newPSK(t)
	c := &cluster{t: t}
	var addrs []string
	for i := 0; i < n; i++ {
		m := &member{t: t, dir: t.TempDir(), psk: psk}
		m.startHost()
		addrs = append(addrs, m.addr)
		c.ms = append(c.ms, m)
	}
	for _, m := range c.ms {
		m.start(addrs, tune)
	}
	t.Cleanup(func() {
		for _, m := range c.ms {
			m.kill()
		}
	})
	c.leader()
	return c
}

// leader waits (bounded) for a leader among live members.
func (c *cluster) leader() *member {
	c.t.Helper()
	for i := 0; i < 500; i++ {
		for _, m := range c.ms {
			if m.alive && m.seq.Raft().State() == hraft.Leader {
				return m
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	c.t.Fatal("no leader elected within 5 s")
	return nil
}

func (c *cluster) follower() *member {
	l := c.leader()
	for _, m := range c.ms {
		if m.alive && m != l {
			return m
		}
	}
	return nil
}

// converge waits (bounded) until every live member applied as far as the
// leader's commit index, and checks their heads agree.
func (c *cluster) converge() engine.Head {
	c.t.Helper()
	l := c.leader()
	want := l.seq.Raft().CommitIndex()
	for i := 0; i < 1000; i++ {
		ok := true
		for _, m := range c.ms {
			if idx, _ := m.seq.fsm.Index(); m.alive && idx < want {
				ok = false
			}
		}
		if ok {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	head := l.e.Head()
	for i, m := range c.ms {
		if m.alive && m.e.Head() != head {
			c.t.Fatalf("member %d head %+v, leader %+v", i, m.e.Head(), head)
		}
	}
	return head
}

func deploy(t testing.TB, m *member, pkg, src string) {
	t.Helper()
	rc, err := m.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindDeploy, Caller: "dev", Package: pkg, Files: []vm.File{{Name: "c.go", Src: []byte(src)}}})
	if err != nil || !rc.OK() {
		t.Fatalf("deploy %s: %v %+v", pkg, err, rc)
	}
}

// Writes submitted at every member, concurrently, are ordered once: each
// counter value is returned to exactly one caller, and the members end
// with the same head and state hash. Writes at followers are forwarded.
func TestReplicatedWrites(t *testing.T) {
	c := newCluster(t, 3, nil)
	deploy(t, c.follower(), "counter", counterSrc)
	const each = 40
	var wg sync.WaitGroup
	seen := make(chan string, 3*4*each)
	for _, m := range c.ms {
		for w := 0; w < 4; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < each; i++ {
					rc, err := m.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"})
					if err != nil || !rc.OK() {
						t.Errorf("call: %v %+v", err, rc)
						return
					}
					// After ReadLocal, a write acknowledged by a member is in its state.
					if err := m.seq.ReadLocal(context.Background()); err != nil {
						t.Errorf("read local: %v", err)
					}
					if _, err := m.e.Receipt(rc.Hash); err != nil {
						t.Errorf("receipt %s not on the member that acknowledged it: %v", rc.Hash, err)
					}
					seen <- string(rc.Result)
				}
			}()
		}
	}
	wg.Wait()
	close(seen)
	got := map[string]bool{}
	for r := range seen {
		if got[r] {
			t.Fatalf("result %s twice", r)
		}
		got[r] = true
	}
	if len(got) != 3*4*each {
		t.Fatalf("%d results, want %d", len(got), 3*4*each)
	}
	head := c.converge()
	if head.Seq != 3*4*each+1 {
		t.Fatalf("head seq %d, want %d", head.Seq, 3*4*each+1)
	}
	if l := c.leader(); l.seq.Raft().LastIndex() > uint64(3*4*each) {
		t.Logf("log entries: %d for %d transactions", l.seq.Raft().LastIndex(), head.Seq)
	}
}

// A host with another pre-shared key cannot connect to a member.
func TestWrongPSKCannotConnect(t *testing.T) {
	c := newCluster(t, 1, nil)
	stranger := &member{t: t, dir: t.TempDir(), psk: newPSK(t)}
	stranger.startHost()
	defer stranger.h.Close()
	ai, err := p2p.ParsePeerAddr(c.ms[0].addr)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := stranger.h.Connect(ctx, ai); err == nil {
		t.Fatal("a host with the wrong PSK connected")
	}
	// and a member not in the configuration cannot join by itself
	if c.ms[0].seq.IsMember(stranger.h.ID().String()) {
		t.Fatal("stranger is a member")
	}
}

func head(ms ...*member) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "%+v\n", m.e.Head())
	}
	return b.String()
}

// The same transactions, at the block times the leader fixed, applied by
// a lone engine (as the dev profile's sequencer does) give the same
// receipts and the same state hash as the cluster.
func TestSameStateAsSingleEngine(t *testing.T) {
	c := newCluster(t, 3, nil)
	txs := []engine.Tx{{Kind: engine.KindDeploy, Caller: "dev", Package: "counter", Files: []vm.File{{Name: "c.go", Src: []byte(counterSrc)}}, Nonce: 1}}
	for i := 0; i < 20; i++ {
		txs = append(txs, engine.Tx{Kind: engine.KindCall, Caller: fmt.Sprint("user", i%3), Package: "counter", Func: "Inc", Nonce: uint64(100 + i)})
	}
	txs = append(txs, txs[3]) // a replay: refused everywhere alike
	var rcs []*engine.Receipt
	for i, tx := range txs {
		rc, err := c.ms[i%3].seq.Submit(context.Background(), tx)
		if err != nil {
			t.Fatal(err)
		}
		rcs = append(rcs, rc)
	}
	head := c.converge()
	solo, _ := engine.New(store.NewMemory(), engine.Config{})
	for i, tx := range txs {
		rc, err := solo.Apply(tx, engine.Block{Time: rcs[i].Time, ChainID: "cluster:test"})
		if err != nil {
			t.Fatal(err)
		}
		if a, b := fmt.Sprintf("%+v", *rc), fmt.Sprintf("%+v", *rcs[i]); a != b {
			t.Fatalf("tx %d:\nsolo    %s\ncluster %s", i, a, b)
		}
	}
	if rcs[len(rcs)-1].ErrorKind != "duplicate" {
		t.Fatalf("replay: %+v", rcs[len(rcs)-1])
	}
	if solo.Head().StateHash != head.StateHash {
		t.Fatalf("state hash: solo %s, cluster %s", solo.Head().StateHash, head.StateHash)
	}
}

// Writes waiting together at a follower go to the leader in one request;
// each gets its own outcome: a call that reverts does not touch the
// others' receipts, and each counter value goes to one caller.
func TestForwardedBatch(t *testing.T) {
	c := newCluster(t, 3, nil)
	f := c.follower()
	deploy(t, f, "counter", counterSrc)
	const n = 48
	type out struct {
		i   int
		rc  *engine.Receipt
		err error
	}
	outs := make(chan out, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn := "Inc"
			if i%4 == 3 {
				fn = "Missing"
			}
			rc, err := f.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: fn, Args: []string{}, Nonce: uint64(i)})
			outs <- out{i, rc, err}
		}()
	}
	wg.Wait()
	close(outs)
	values := map[string]bool{}
	for o := range outs {
		switch {
		case o.err != nil:
			t.Fatalf("write %d: %v", o.i, o.err)
		case o.i%4 == 3:
			if o.rc.OK() || !strings.Contains(o.rc.Error, "Missing") {
				t.Fatalf("write %d to a missing function: %+v", o.i, o.rc)
			}
		case !o.rc.OK():
			t.Fatalf("write %d: %+v", o.i, o.rc)
		case values[string(o.rc.Result)]:
			t.Fatalf("value %s given twice", o.rc.Result)
		default:
			values[string(o.rc.Result)] = true
		}
	}
	if len(values) != n*3/4 {
		t.Fatalf("%d counter values, want %d", len(values), n*3/4)
	}
	c.converge()
}
