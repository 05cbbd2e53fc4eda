package p2p

import (
	"fmt"
	"strings"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// Addrs returns the addresses other peers can dial h on, each a full
// multiaddr ending in /p2p/<peer-id> (for example
// /ip4/127.0.0.1/tcp/40123/p2p/12D3Koo...), in the host's order. A
// client-only host has none.
func Addrs(h host.Host) []string {
	id, err := ma.NewComponent("p2p", h.ID().String())
	if err != nil {
		panic(fmt.Sprintf("p2p: host has an invalid peer ID %q: %v", h.ID(), err))
	}
	addrs := h.Addrs()
	out := make([]string, 0, len(addrs))
	for _, a := range addrs {
		out = append(out, a.Encapsulate(id).String())
	}
	return out
}

// ParsePeerAddr parses a peer's address: a multiaddr ending in
// /p2p/<peer-id>, such as /ip4/127.0.0.1/tcp/4001/p2p/12D3Koo... or
// /ip4/127.0.0.1/udp/4001/quic-v1/p2p/12D3Koo.... A bare /p2p/<peer-id> is
// accepted too and gives an AddrInfo without addresses (the host must
// already know where the peer is). The error says what is wrong.
func ParsePeerAddr(s string) (peer.AddrInfo, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return peer.AddrInfo{}, fmt.Errorf("p2p: empty peer address: want a multiaddr ending in /p2p/<peer-id>")
	}
	m, err := ma.NewMultiaddr(s)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("p2p: peer address %q is not a valid multiaddr: %w", s, err)
	}
	transport, last := ma.SplitLast(m)
	if last == nil || last.Code() != ma.P_P2P {
		return peer.AddrInfo{}, fmt.Errorf("p2p: peer address %q does not end in /p2p/<peer-id>: it says where to connect but not to whom", s)
	}
	id := peer.ID(last.RawValue())
	if err := id.Validate(); err != nil {
		return peer.AddrInfo{}, fmt.Errorf("p2p: peer address %q: invalid peer ID: %w", s, err)
	}
	info := peer.AddrInfo{ID: id}
	if len(transport) > 0 {
		info.Addrs = []ma.Multiaddr{transport}
	}
	return info, nil
}
