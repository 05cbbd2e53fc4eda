package p2p

import (
	"context"
	"fmt"
	"net"
	"sync"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/libp2p/go-libp2p/p2p/net/gostream"
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
