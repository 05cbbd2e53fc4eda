package p2p

import (
	"github.com/libp2p/go-libp2p/core/connmgr"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
)

// Gater is the connection gater every host built by [New] runs. It refuses,
// in both directions, connections to peers not on its allow-list (when it has
// one) and, when it is loopback-only, connections over any address that is
// not a loopback IP address.
//
// A Gater is immutable and safe for concurrent use.
type Gater struct {
	allow        map[peer.ID]struct{} // nil: any peer
	extra        func(peer.ID) bool   // also admitted, with allow
	loopbackOnly bool
}

var _ connmgr.ConnectionGater = (*Gater)(nil)

// NewGater returns a gater that admits only the peers in allow (any peer
// when allow is empty) and, when loopbackOnly is set, only loopback
// addresses (127.0.0.0/8, ::1).
func NewGater(allow []peer.ID, loopbackOnly bool) *Gater {
	g := &Gater{loopbackOnly: loopbackOnly}
	if len(allow) > 0 {
		g.allow = make(map[peer.ID]struct{}, len(allow))
		for _, id := range allow {
			g.allow[id] = struct{}{}
		}
	}
	return g
}

// WithAllowFunc returns a copy of g that also admits the peers allow
// admits (when g has an allow-list).
func (g *Gater) WithAllowFunc(allow func(peer.ID) bool) *Gater {
	c := *g
	c.extra = allow
	return &c
}

// AllowsPeer reports whether the gater admits connections with p.
func (g *Gater) AllowsPeer(p peer.ID) bool {
	if g.allow == nil {
		return true
	}
	if _, ok := g.allow[p]; ok {
		return true
	}
	return g.extra != nil && g.extra(p)
}

// AllowsAddr reports whether the gater admits connections over a (the remote
// address of the connection).
func (g *Gater) AllowsAddr(a ma.Multiaddr) bool {
	return !g.loopbackOnly || manet.IsIPLoopback(a)
}

// InterceptPeerDial refuses to dial a peer not on the allow-list.
func (g *Gater) InterceptPeerDial(p peer.ID) bool { return g.AllowsPeer(p) }

// InterceptAddrDial refuses to dial a peer not on the allow-list, or a
// non-loopback address when the gater is loopback-only.
func (g *Gater) InterceptAddrDial(p peer.ID, a ma.Multiaddr) bool {
	return g.AllowsPeer(p) && g.AllowsAddr(a)
}

// InterceptAccept refuses an inbound connection from a non-loopback address
// when the gater is loopback-only. The peer is not known yet.
func (g *Gater) InterceptAccept(c network.ConnMultiaddrs) bool {
	return g.AllowsAddr(c.RemoteMultiaddr())
}

// InterceptSecured refuses a connection, in either direction, once the
// security handshake has authenticated a peer not on the allow-list.
func (g *Gater) InterceptSecured(_ network.Direction, p peer.ID, c network.ConnMultiaddrs) bool {
	return g.AllowsPeer(p) && g.AllowsAddr(c.RemoteMultiaddr())
}

// InterceptUpgraded admits every connection that got this far.
func (g *Gater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) {
	return true, 0
}
