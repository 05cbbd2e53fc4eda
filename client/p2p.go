package client

import (
	"context"
	"net/http"
	"net/url"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/p2p"
)

type p2pOptions struct {
	host host.Host
}

// WithHost carries a multiaddr endpoint's requests over h instead of an
// ephemeral client-only host (default); Close then leaves h open. It is
// ignored for http(s) endpoints.
func WithHost(h host.Host) Option {
	return func(o *options) error {
		o.p2p.host = h
		return nil
	}
}

func parsePeerAddr(s string) (peer.AddrInfo, error) { return p2p.ParsePeerAddr(s) }

// dialP2P sets c up to send HTTP over api.Protocol to the peer endpoint
// names. The peer is connected on the first request.
func (c *Client) dialP2P(endpoint string, o p2pOptions) error {
	info, err := parsePeerAddr(endpoint)
	if err != nil {
		return err
	}
	h, owned := o.host, false
	if h == nil {
		if h, err = p2p.New(context.Background(), p2p.Config{}); err != nil {
			return err
		}
		owned = true
	}
	ttl := peerstore.AddressTTL
	if owned {
		ttl = peerstore.PermanentAddrTTL
	}
	h.Peerstore().AddAddrs(info.ID, info.Addrs, ttl)
	tr := p2p.NewHTTPTransport(h, api.Protocol)
	c.base = &url.URL{Scheme: "http", Host: info.ID.String()}
	c.hc = &http.Client{Transport: &peerTransport{h: h, info: info, rt: tr}}
	c.close = func() error {
		tr.CloseIdleConnections()
		if owned {
			return h.Close()
		}
		return nil
	}
	return nil
}

// peerTransport connects to the peer before a round trip, so a peer that
// cannot be reached is reported as unreachable (the node did not see the
// request) rather than as a failed exchange.
type peerTransport struct {
	h    host.Host
	info peer.AddrInfo
	rt   http.RoundTripper
}

func (t *peerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	// A node behind a NAT is reached over a relay: such a connection is
	// "limited" (the relay caps its time and bytes), and libp2p opens
	// streams over it only when asked to. A call fits in the limits.
	req = req.WithContext(network.WithAllowLimitedConn(req.Context(), "amigo api"))
	if t.h.Network().Connectedness(t.info.ID) != network.Connected && t.h.Network().Connectedness(t.info.ID) != network.Limited {
		if err := t.h.Connect(req.Context(), t.info); err != nil {
			if req.Body != nil {
				req.Body.Close()
			}
			return nil, &peerDialError{err: err}
		}
	}
	return t.rt.RoundTrip(req)
}
