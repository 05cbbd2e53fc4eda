package registry

import (
	"context"
	"fmt"
	"testing"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/amigo-platform/amigo/p2p"
)

// testNode is one host with its DHT, gossip and registry.
type testNode struct {
	h   host.Host
	d   *dht.IpfsDHT
	ps  *pubsub.PubSub
	reg *Registry
}

type netOpts struct {
	dht, gossip bool
	now         func() time.Time // the registries' clock (default time.Now)
	ttl         time.Duration
}

// newTestNet starts n hosts on 127.0.0.1, host i connected to host i-1
// only (a chain of bootstrap links).
func newTestNet(t testing.TB, n int, o netOpts) []*testNode {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	nodes := make([]*testNode, n)
	t.Cleanup(func() {
		for _, tn := range nodes {
			if tn == nil {
				continue
			}
			if tn.reg != nil {
				tn.reg.Close()
			}
			if tn.d != nil {
				tn.d.Close()
			}
			tn.h.Close()
		}
		cancel()
	})
	for i := range nodes {
		h, err := p2p.New(ctx, p2p.Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, LoopbackOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		tn := &testNode{h: h}
		nodes[i] = tn
		cfg := Config{Host: h, Network: "dev:" + h.ID().String(), FetchTimeout: 2 * time.Second, Now: o.now, TTL: o.ttl}
		if o.dht {
			if tn.d, err = p2p.NewDHT(ctx, h, p2p.DHTConfig{Server: true}); err != nil {
				t.Fatal(err)
			}
			cfg.Routing = tn.d
		}
		if o.gossip {
			if tn.ps, err = p2p.NewPubSub(ctx, h); err != nil {
				t.Fatal(err)
			}
			cfg.PubSub = tn.ps
		}
		if tn.reg, err = New(cfg); err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			prev := nodes[i-1].h
			if err := p2p.Connect(ctx, h, []peer.AddrInfo{{ID: prev.ID(), Addrs: prev.Addrs()}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if o.dht {
		for i, tn := range nodes {
			waitFor(t, 10*time.Second, fmt.Sprintf("node %d's DHT routing table", i), func() bool { return tn.d.RoutingTable().Size() > 0 })
		}
	}
	return nodes
}

// waitFor polls cond every 20 ms for at most d.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool, state ...func() string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			var s string
			for _, f := range state {
				s += " " + f()
			}
			t.Fatalf("timed out after %s waiting for %s%s", d, what, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestChainFindsPackageThroughDHT: 20 nodes linked in a chain, no gossip;
// node 0 finds the package node 19 publishes through the DHT and the
// stream protocol.
func TestChainFindsPackageThroughDHT(t *testing.T) {
	nodes := newTestNet(t, 20, netOpts{dht: true})
	last := nodes[19]
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := last.reg.Publish(ctx, KindPackage, "hello", map[string]string{"functions": "Greet"}); err != nil {
		t.Fatalf("Publish: %v", err)
	}
	recs, err := nodes[0].reg.Find(ctx, KindPackage, "hello")
	if err != nil {
		t.Fatalf("Find: %v", err)
	}
	if len(recs) != 1 || recs[0].Peer != last.h.ID() || recs[0].Meta["functions"] != "Greet" || recs[0].Network != "dev:"+last.h.ID().String() {
		t.Fatalf("Find: got %+v, want the record of node 19 (%s)", recs, last.h.ID())
	}
	if len(recs[0].Addrs) == 0 {
		t.Fatal("the record carries no address")
	}
	// A package nobody publishes is not found, without error.
	ctx2, cancel2 := context.WithTimeout(ctx, 5*time.Second)
	defer cancel2()
	if recs, err := nodes[0].reg.Find(ctx2, KindPackage, "nobody"); err != nil || len(recs) != 0 {
		t.Fatalf("Find(nobody): got %v, %v; want nothing", recs, err)
	}
}

// TestGossipSpreadsRecords: records published on one end of a chain reach
// the other by gossip alone, and a malformed or forged message on the
// topic is rejected and counted without harm.
func TestGossipSpreadsRecords(t *testing.T) {
	nodes := newTestNet(t, 4, netOpts{gossip: true, dht: true})
	// Gossipsub needs its mesh: wait until each node sees a peer on the topic.
	for i, tn := range nodes {
		waitFor(t, 10*time.Second, fmt.Sprintf("node %d to see topic peers", i), func() bool { return len(tn.ps.ListPeers(Topic)) > 0 })
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// A rogue peer without the registry's validator joins the topic
	// next to node 0 and publishes garbage, a record signed by another
	// key, and an oversized message.
	rh, err := p2p.New(ctx, p2p.Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, LoopbackOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer rh.Close()
	rps, err := pubsub.NewGossipSub(ctx, rh, pubsub.WithMaxMessageSize(4*p2p.MaxPubSubMessage))
	if err != nil {
		t.Fatal(err)
	}
	rt, err := rps.Join(Topic)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rt.Subscribe(); err != nil {
		t.Fatal(err)
	}
	if err := p2p.Connect(ctx, rh, []peer.AddrInfo{{ID: nodes[0].h.ID(), Addrs: nodes[0].h.Addrs()}}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, "the rogue peer to join the mesh", func() bool { return len(rps.ListPeers(Topic)) > 0 })
	k, _ := newKey(t)
	_, victim := newKey(t)
	r := testRecord(victim)
	r.Expires = time.Now().Add(time.Hour)
	body, _ := r.Encode()
	sig, _ := k.Sign(append([]byte(signDomain), body...))
	pub, _ := crypto.MarshalPublicKey(k.GetPublic())
	forged, _ := marshalEnvelope(Envelope{Record: body, Key: pub, Sig: sig})
	// The rogue's first messages may race the mesh: repeat them (bounded)
	// until node 0 has rejected both.
	waitFor(t, 10*time.Second, "node 0 to reject the garbage and the forged record", func() bool {
		st := nodes[0].reg.Stats()
		if st.Rejected["malformed"] >= 1 && st.Rejected["wrong_key"] >= 1 {
			return true
		}
		for _, msg := range [][]byte{[]byte("garbage"), forged} {
			if err := rt.Publish(ctx, msg); err != nil {
				t.Fatalf("rogue publish: %v", err)
			}
		}
		time.Sleep(200 * time.Millisecond)
		return false
	}, func() string { return fmt.Sprintf("%+v", nodes[0].reg.Stats()) })
	if n := len(nodes[0].reg.List("", "")); n != 0 {
		t.Fatalf("node 0 cached %d records from the rogue", n)
	}
	// An oversized message is dropped by gossipsub itself (node 0 resets
	// the rogue's stream); node 0 keeps working, as the rest shows.
	if err := rt.Publish(ctx, make([]byte, p2p.MaxPubSubMessage+1)); err != nil {
		t.Fatalf("rogue publish: %v", err)
	}
	// Our own registry refuses to publish what its validator rejects.
	if err := nodes[1].reg.topic.Publish(ctx, []byte("garbage")); err == nil {
		t.Fatal("publishing garbage through the registry's topic succeeded")
	}

	if err := nodes[3].reg.Publish(ctx, KindNetwork, "dev:x", nil); err != nil {
		t.Fatalf("Publish: %v", err)
	}
	waitFor(t, 10*time.Second, "node 0 to learn the record by gossip", func() bool { return len(nodes[0].reg.List(KindNetwork, "dev:x")) == 1 })
}

// TestAddrsMayCallList: Config.Addrs may use the registry itself (the node
// adds circuit addresses through the relays the registry knows), so the
// registry never calls it with its lock held.
func TestAddrsMayCallList(t *testing.T) {
	h, err := p2p.New(context.Background(), p2p.Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, LoopbackOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	var reg *Registry
	ready := make(chan struct{})
	reg, err = New(Config{Host: h, Network: "dev:x", Addrs: func() []ma.Multiaddr {
		<-ready
		_ = reg.List(KindRelay, "relay")
		return h.Addrs()
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer reg.Close()
	close(ready)
	done := make(chan error, 1)
	go func() { done <- reg.Publish(context.Background(), KindNetwork, "dev:x", nil) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Publish deadlocked: Config.Addrs was called with the registry's lock held")
	}
	if recs := reg.Published(); len(recs) != 1 || len(recs[0].Addrs) == 0 {
		t.Fatalf("published %+v", recs)
	}
}
