package p2p

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// TestDHTProtocol: the DHT speaks /amigo/kad/1.0.0 in server mode, never
// the IPFS DHT's /ipfs/kad/1.0.0, and two server-mode DHTs on loopback
// see each other.
func TestDHTProtocol(t *testing.T) {
	ctx := context.Background()
	var hs []interface{ Close() error }
	defer func() {
		for _, h := range slices.Backward(hs) {
			h.Close()
		}
	}()
	a, err := New(ctx, Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, LoopbackOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	hs = append(hs, a)
	b, err := New(ctx, Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, LoopbackOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	hs = append(hs, b)
	da, err := NewDHT(ctx, a, DHTConfig{Server: true})
	if err != nil {
		t.Fatal(err)
	}
	hs = append(hs, da)
	db, err := NewDHT(ctx, b, DHTConfig{Server: true, Bootstrap: []peer.AddrInfo{{ID: a.ID(), Addrs: a.Addrs()}}})
	if err != nil {
		t.Fatal(err)
	}
	hs = append(hs, db)
	protos := a.Mux().Protocols()
	if !slices.Contains(protos, "/amigo/kad/1.0.0") {
		t.Fatalf("protocols %v lack /amigo/kad/1.0.0", protos)
	}
	for _, p := range protos {
		if strings.HasPrefix(string(p), "/ipfs/kad") {
			t.Fatalf("the host speaks the IPFS DHT: %s", p)
		}
	}
	if err := Connect(ctx, b, []peer.AddrInfo{{ID: a.ID(), Addrs: a.Addrs()}}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for da.RoutingTable().Size() == 0 || db.RoutingTable().Size() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the DHTs did not add each other to their routing tables")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestParsePeerAddrs(t *testing.T) {
	const id = "12D3KooWQHp29rAY963xBnWvwr4RXJQfCRPJCKSfspvomzmZkD87"
	got, err := ParsePeerAddrs([]string{"/ip4/127.0.0.1/tcp/1/p2p/" + id, "/ip4/127.0.0.1/udp/1/quic-v1/p2p/" + id})
	if err != nil || len(got) != 1 || len(got[0].Addrs) != 2 {
		t.Fatalf("got %v, %v; want one peer with two addresses", got, err)
	}
	if _, err := ParsePeerAddrs([]string{"/ip4/127.0.0.1/tcp/1"}); err == nil || !strings.Contains(err.Error(), "/p2p/") {
		t.Fatalf("an address without /p2p: %v", err)
	}
}

func TestRelayConfig(t *testing.T) {
	rc := RelayResources()
	if rc.Limit == nil || rc.Limit.Data != 1<<20 || rc.Limit.Duration != 2*time.Minute || rc.MaxCircuits != 16 || rc.MaxReservations != 128 {
		t.Fatalf("relay resources %+v", rc)
	}
	_, err := New(context.Background(), Config{ForcePublic: true, ForcePrivate: true})
	if err == nil || !strings.Contains(err.Error(), "exclusive") {
		t.Fatalf("ForcePublic with ForcePrivate: %v", err)
	}
	// A relay service host starts and says it is one once public.
	h, err := New(context.Background(), Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, RelayService: true, ForcePublic: true})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	deadline := time.Now().Add(10 * time.Second)
	for !slices.Contains(h.Mux().Protocols(), "/libp2p/circuit/relay/0.2.0/hop") {
		if time.Now().After(deadline) {
			t.Fatalf("no relay hop protocol: %v", h.Mux().Protocols())
		}
		time.Sleep(20 * time.Millisecond)
	}
}
