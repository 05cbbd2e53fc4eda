package p2p

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/p2p/net/gostream"
	"github.com/multiformats/go-multistream"
)

// Listen returns a listener whose connections are the incoming streams of
// proto on h: each Accept returns one stream as a [net.Conn], whose
// RemoteAddr is the remote peer's ID (network "libp2p"). So
// http.Server.Serve(Listen(h, proto)) serves HTTP/1.1 over libp2p.
//
// Listen sets h's stream handler for proto, replacing any other one. Close
// removes it, and streams arriving after Close are reset. The listener also
// closes when h closes, if h's network reports its end as the swarm of every
// host built by [New] does (a mocknet host does not: close the listener
// yourself). After either, Accept returns an error that matches
// [net.ErrClosed] (errors.Is).
func Listen(h host.Host, proto protocol.ID) net.Listener {
	gl, err := gostream.Listen(h, proto)
	if err != nil {
		// gostream.Listen fails only on a bad option, and none is passed.
		panic(fmt.Sprintf("p2p: gostream.Listen: %v", err))
	}
	l := &listener{Listener: gl, closed: make(chan struct{})}
	if n, ok := h.Network().(interface{ Done() <-chan struct{} }); ok {
		go func() {
			select {
			case <-n.Done(): // the host closed its network
				l.Close()
			case <-l.closed:
			}
		}()
	}
	return l
}

// listener adapts gostream's listener: it closes with the host and reports
// net.ErrClosed after Close, as net.Listener implementations do, where
// gostream reports context.Canceled.
type listener struct {
	net.Listener // gostream's
	once         sync.Once
	closed       chan struct{}
}

func (l *listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		// gostream's Accept fails only once the listener is closed.
		return nil, &net.OpError{Op: "accept", Net: gostream.Network, Addr: l.Addr(), Err: net.ErrClosed}
	}
	return c, nil
}

func (l *listener) Close() error {
	l.once.Do(func() {
		close(l.closed)
		l.Listener.Close()
	})
	return nil
}

// Dial opens a stream of proto to the peer id, connecting first if h is not
// connected to it (h must know an address of id, for example from
// host.Connect with the AddrInfo of [ParsePeerAddr]), and returns it as a
// [net.Conn]. It fails if the peer cannot be reached within ctx and the
// host's DialTimeout, or does not serve proto.
func Dial(ctx context.Context, h host.Host, id peer.ID, proto protocol.ID) (net.Conn, error) {
	c, err := gostream.Dial(ctx, h, id, proto)
	if err != nil {
		return nil, fmt.Errorf("p2p: dial %s %s: %w", id, proto, err)
	}
	return c, nil
}

// NotServed reports whether err, from a stream opened by [Dial], says that
// the remote peer did not serve the protocol: it answered "na" to it, or
// reset the stream because negotiation failed (as a host does for a
// protocol whose handler was removed, as by a listener's Close). Dial
// negotiates lazily when the peer is known to serve the protocol, so this
// shows only at the first read; what was written before did not reach a
// handler.
func NotServed(err error) bool {
	var se *network.StreamError
	if errors.As(err, &se) {
		return se.Remote && se.ErrorCode == network.StreamProtocolNegotiationFailed
	}
	return errors.Is(err, multistream.ErrNotSupported[protocol.ID]{})
}
