package p2p

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/pnet"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	ma "github.com/multiformats/go-multiaddr"
)

const (
	tcpLoopback  = "/ip4/127.0.0.1/tcp/0"
	quicLoopback = "/ip4/127.0.0.1/udp/0/quic-v1"
)

// newHost builds a host for a test and closes it when the test ends.
func newHost(t *testing.T, cfg Config) host.Host {
	t.Helper()
	h, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// serverHost is a loopback-only host listening on the given addresses.
func serverHost(t *testing.T, listen ...string) host.Host {
	t.Helper()
	return newHost(t, Config{ListenAddrs: listen, LoopbackOnly: true})
}

// clientHost is a loopback-only host that listens nowhere.
func clientHost(t *testing.T) host.Host {
	t.Helper()
	return newHost(t, Config{LoopbackOnly: true})
}

// addrInfo is how a peer learns h's address: through its text form.
func addrInfo(t *testing.T, h host.Host) peer.AddrInfo {
	t.Helper()
	addrs := Addrs(h)
	if len(addrs) == 0 {
		t.Fatalf("host %s has no addresses", h.ID())
	}
	info := peer.AddrInfo{ID: h.ID()}
	for _, s := range addrs {
		ai, err := ParsePeerAddr(s)
		if err != nil {
			t.Fatalf("ParsePeerAddr(%q): %v", s, err)
		}
		if ai.ID != h.ID() {
			t.Fatalf("ParsePeerAddr(%q).ID = %s, want %s", s, ai.ID, h.ID())
		}
		info.Addrs = append(info.Addrs, ai.Addrs...)
	}
	return info
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestConnect(t *testing.T) {
	for _, tc := range []struct {
		name   string
		listen string
		code   int // the transport protocol the connection must use
	}{
		{"tcp", tcpLoopback, ma.P_TCP},
		{"quic", quicLoopback, ma.P_QUIC_V1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := serverHost(t, tc.listen)
			b := clientHost(t)
			if err := b.Connect(testContext(t), addrInfo(t, a)); err != nil {
				t.Fatalf("Connect: %v", err)
			}
			conns := b.Network().ConnsToPeer(a.ID())
			if len(conns) == 0 {
				t.Fatal("no connection after Connect")
			}
			remote := conns[0].RemoteMultiaddr()
			if _, err := remote.ValueForProtocol(tc.code); err != nil {
				t.Errorf("connection runs over %s, want %s", remote, ma.ProtocolWithCode(tc.code).Name)
			}
			if a.Network().Connectedness(b.ID()) != network.Connected {
				t.Errorf("server does not see the client as connected")
			}
		})
	}
}

func TestNewListensOnEveryAddress(t *testing.T) {
	h := serverHost(t, tcpLoopback, quicLoopback)
	addrs := Addrs(h)
	if len(addrs) != 2 {
		t.Fatalf("Addrs = %v, want a TCP and a QUIC address", addrs)
	}
	for _, a := range addrs {
		if !strings.HasPrefix(a, "/ip4/127.0.0.1/") || !strings.HasSuffix(a, "/p2p/"+h.ID().String()) {
			t.Errorf("address %q: want /ip4/127.0.0.1/.../p2p/%s", a, h.ID())
		}
	}
}

func TestClientOnlyHostHasNoAddrs(t *testing.T) {
	h := newHost(t, Config{})
	if addrs := Addrs(h); len(addrs) != 0 {
		t.Errorf("Addrs of a client-only host = %v, want none", addrs)
	}
}

func TestNewIdentity(t *testing.T) {
	key, err := LoadOrCreateIdentity(t.TempDir() + "/id.key")
	if err != nil {
		t.Fatal(err)
	}
	want, err := peer.IDFromPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	if h := newHost(t, Config{Identity: key}); h.ID() != want {
		t.Errorf("host ID = %s, want %s (from Identity)", h.ID(), want)
	}
	a, b := newHost(t, Config{}), newHost(t, Config{})
	if a.ID() == b.ID() {
		t.Errorf("two hosts without Identity share the peer ID %s", a.ID())
	}
}

func TestNewRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"bad multiaddr", Config{ListenAddrs: []string{"127.0.0.1:4001"}}, "listen address"},
		{"non-loopback listen", Config{ListenAddrs: []string{"/ip4/0.0.0.0/tcp/0"}, LoopbackOnly: true}, "not a loopback"},
		{"unsupported transport", Config{ListenAddrs: []string{tcpLoopback, "/ip4/127.0.0.1/tcp/0/ws"}}, "addresses are listening"},
		{"water marks", Config{ConnLow: 200, ConnHigh: 100}, "ConnLow"},
		{"descriptors", Config{MaxFileDescriptors: 64}, "MaxFileDescriptors"},
		{"empty allowed peer", Config{AllowPeers: []peer.ID{""}}, "AllowPeers"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, err := New(context.Background(), tc.cfg)
			if err == nil {
				h.Close()
				t.Fatalf("New succeeded, want an error containing %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New: %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestNewCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if h, err := New(ctx, Config{}); err == nil {
		h.Close()
		t.Fatal("New with a canceled context succeeded")
	}
}

func TestResourceLimits(t *testing.T) {
	l := ResourceLimits(Config{}).ToPartialLimitConfig()
	sys := l.System
	if sys.Memory != rcmgr.LimitVal64(DefaultMaxMemory) {
		t.Errorf("system memory = %v, want %d", sys.Memory, DefaultMaxMemory)
	}
	if sys.FD != DefaultMaxFileDescriptors {
		t.Errorf("system FDs = %v, want %d", sys.FD, DefaultMaxFileDescriptors)
	}
	if sys.Conns != 2*DefaultConnHigh || sys.ConnsInbound != 2*DefaultConnHigh*3/4 {
		t.Errorf("system conns = %v (inbound %v), want %d (inbound %d)",
			sys.Conns, sys.ConnsInbound, 2*DefaultConnHigh, 2*DefaultConnHigh*3/4)
	}
	// The table in ResourceLimits' documentation.
	for _, row := range []struct {
		name string
		got  rcmgr.ResourceLimits
		want rcmgr.ResourceLimits
	}{
		{"system", l.System, rcmgr.ResourceLimits{ConnsInbound: 225, ConnsOutbound: 300, Conns: 300, StreamsInbound: 1280, StreamsOutbound: 2560, Streams: 2560, Memory: 256 << 20, FD: 512}},
		{"transient", l.Transient, rcmgr.ResourceLimits{ConnsInbound: 36, ConnsOutbound: 72, Conns: 72, StreamsInbound: 160, StreamsOutbound: 320, Streams: 320, Memory: 64 << 20, FD: 128}},
		{"peer", l.PeerDefault, rcmgr.ResourceLimits{ConnsInbound: 8, ConnsOutbound: 8, Conns: 8, StreamsInbound: 288, StreamsOutbound: 576, Streams: 576, Memory: 96 << 20, FD: 8}},
		{"protocol", l.ProtocolDefault, rcmgr.ResourceLimits{StreamsInbound: 576, StreamsOutbound: 2176, Streams: 2176, Memory: 105 << 20}},
		{"protocol+peer", l.ProtocolPeerDefault, rcmgr.ResourceLimits{StreamsInbound: 65, StreamsOutbound: 130, Streams: 260, Memory: 16<<20 + 1}},
		{"service", l.ServiceDefault, rcmgr.ResourceLimits{StreamsInbound: 1152, StreamsOutbound: 4608, Streams: 4608, Memory: 96 << 20}},
		{"service+peer", l.ServicePeerDefault, rcmgr.ResourceLimits{StreamsInbound: 129, StreamsOutbound: 258, Streams: 258, Memory: 17 << 20}},
		{"conn", l.Conn, rcmgr.ResourceLimits{ConnsInbound: 1, ConnsOutbound: 1, Conns: 1, Memory: 32 << 20, FD: 1}},
		{"stream", l.Stream, rcmgr.ResourceLimits{StreamsInbound: 1, StreamsOutbound: 1, Streams: 1, Memory: 16 << 20}},
	} {
		want := row.want
		for _, v := range []*rcmgr.LimitVal{&want.ConnsInbound, &want.ConnsOutbound, &want.Conns, &want.StreamsInbound, &want.StreamsOutbound, &want.Streams, &want.FD} {
			if *v == 0 {
				*v = rcmgr.BlockAllLimit
			}
		}
		if row.got != want {
			t.Errorf("%s limits = %+v, want %+v", row.name, row.got, want)
		}
	}
	// Same config, same limits, whatever the machine.
	if a, b := ResourceLimits(Config{}), ResourceLimits(Config{}); a.ToPartialLimitConfig().System != b.ToPartialLimitConfig().System {
		t.Error("ResourceLimits is not deterministic")
	}
}

// A private network: members with the same key connect; a host with
// another key, or none, cannot; QUIC is refused with a key.
func TestPrivateNetwork(t *testing.T) {
	ctx := context.Background()
	key := func(b byte) pnet.PSK { return pnet.PSK(bytes.Repeat([]byte{b}, 32)) }
	mk := func(psk pnet.PSK) host.Host {
		h, err := New(ctx, Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, LoopbackOnly: true, PSK: psk, DialTimeout: 3 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		return h
	}
	a, b, other, public := mk(key(1)), mk(key(1)), mk(key(2)), mk(nil)
	info := func(h host.Host) peer.AddrInfo { return peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()} }
	if err := b.Connect(ctx, info(a)); err != nil {
		t.Fatalf("same key: %v", err)
	}
	for name, h := range map[string]host.Host{"another key": other, "no key": public} {
		cctx, cancel := context.WithTimeout(ctx, 3*time.Second)
		err := h.Connect(cctx, info(a))
		cancel()
		if err == nil {
			t.Errorf("%s: connected to a private network", name)
		}
	}
	if _, err := New(ctx, Config{ListenAddrs: []string{"/ip4/127.0.0.1/udp/0/quic-v1"}, PSK: key(1)}); err == nil || !strings.Contains(err.Error(), "TCP only") {
		t.Fatalf("QUIC with a PSK: %v", err)
	}
	if _, err := New(ctx, Config{PSK: pnet.PSK("short")}); err == nil || !strings.Contains(err.Error(), "want 32") {
		t.Fatalf("short PSK: %v", err)
	}
}
