package p2p

import (
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

func TestGaterAllowList(t *testing.T) {
	friend := clientHost(t)
	stranger := clientHost(t)
	a := newHost(t, Config{ListenAddrs: []string{tcpLoopback}, LoopbackOnly: true, AllowPeers: []peer.ID{friend.ID()}})
	info := addrInfo(t, a)

	if err := friend.Connect(testContext(t), info); err != nil {
		t.Fatalf("a peer on the allow-list cannot connect: %v", err)
	}

	// The stranger's side may finish its handshake before a closes the
	// connection, so Connect can briefly succeed; what matters is that no
	// connection survives and no stream gets through.
	err := stranger.Connect(testContext(t), info)
	if err == nil {
		if _, err = stranger.NewStream(testContext(t), a.ID(), "/amigo/test/1"); err == nil {
			t.Fatal("a peer not on the allow-list opened a stream")
		}
	}
	t.Logf("stranger refused: %v", err)
	deadline := time.Now().Add(5 * time.Second)
	for a.Network().Connectedness(stranger.ID()) == network.Connected {
		if time.Now().After(deadline) {
			t.Fatal("a peer not on the allow-list stays connected")
		}
		time.Sleep(10 * time.Millisecond)
	}

	// Outbound too: a does not dial a peer off its list.
	b := serverHost(t, tcpLoopback)
	if err := a.Connect(testContext(t), addrInfo(t, b)); err == nil {
		t.Fatal("host dialed a peer not on its allow-list")
	}
}

func TestGaterLoopbackOnly(t *testing.T) {
	h := clientHost(t)
	other := clientHost(t) // any valid peer ID
	start := time.Now()
	// TEST-NET-1: never routed. The gater must refuse before any packet is sent.
	err := h.Connect(testContext(t), peer.AddrInfo{ID: other.ID(), Addrs: []ma.Multiaddr{ma.StringCast("/ip4/192.0.2.1/tcp/4001")}})
	if err == nil {
		t.Fatal("a loopback-only host dialed a non-loopback address")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refusal took %v; the gater should refuse at once", d)
	}
}

func TestGaterRules(t *testing.T) {
	friend, stranger := clientHost(t).ID(), clientHost(t).ID()
	loop := ma.StringCast("/ip4/127.0.0.1/tcp/1")
	loop6 := ma.StringCast("/ip6/::1/udp/1/quic-v1")
	lan := ma.StringCast("/ip4/192.168.1.2/tcp/1")
	dns := ma.StringCast("/dns4/localhost/tcp/1")

	open := NewGater(nil, false)
	if !open.InterceptPeerDial(stranger) || !open.InterceptAddrDial(stranger, lan) {
		t.Error("a gater without rules refuses")
	}
	strict := NewGater([]peer.ID{friend}, true)
	for _, tc := range []struct {
		p    peer.ID
		a    ma.Multiaddr
		want bool
	}{
		{friend, loop, true},
		{friend, loop6, true},
		{friend, lan, false},
		{friend, dns, false},
		{stranger, loop, false},
	} {
		if got := strict.InterceptAddrDial(tc.p, tc.a); got != tc.want {
			t.Errorf("InterceptAddrDial(%s, %s) = %v, want %v", tc.p, tc.a, got, tc.want)
		}
	}
	if strict.InterceptPeerDial(stranger) {
		t.Error("InterceptPeerDial admits a peer not on the list")
	}
}

// AllowFunc admits peers beside the allow-list, and only with one.
func TestGaterAllowFunc(t *testing.T) {
	listed, late, stranger := clientHost(t).ID(), clientHost(t).ID(), clientHost(t).ID()
	g := NewGater([]peer.ID{listed}, false).WithAllowFunc(func(p peer.ID) bool { return p == late })
	for p, want := range map[peer.ID]bool{listed: true, late: true, stranger: false} {
		if got := g.AllowsPeer(p); got != want {
			t.Errorf("AllowsPeer(%s) = %v, want %v", p, got, want)
		}
	}
	if !NewGater(nil, false).WithAllowFunc(func(peer.ID) bool { return false }).AllowsPeer(stranger) {
		t.Error("without an allow-list every peer is admitted")
	}
}
