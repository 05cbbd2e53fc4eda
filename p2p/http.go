package p2p

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// NewHTTPTransport returns an [http.Transport] that carries each HTTP/1.1
// connection over a stream of proto opened by h. The URL's host names the
// peer by its ID, in the encoding peer.ID.String gives; a port is ignored:
//
//	hc := &http.Client{Transport: p2p.NewHTTPTransport(h, "/amigo/api/1")}
//	resp, err := hc.Get("http://12D3KooW.../v1/status")
//
// h must be able to reach the peer: connected already, or knowing its
// addresses (see [Dial]). Only http:// URLs work; libp2p already encrypts
// and authenticates the stream, so https:// is refused. Proxies from the
// environment are not used. Idle connections (streams) are kept for reuse
// as by any http.Transport, up to 16 per peer for 90 s; call
// CloseIdleConnections when done with the peer.
func NewHTTPTransport(h host.Host, proto protocol.ID) *http.Transport {
	return &http.Transport{
		DialContext: func(ctx context.Context, _, addr string) (net.Conn, error) {
			id, err := peerFromHostPort(addr)
			if err != nil {
				return nil, err
			}
			return Dial(ctx, h, id, proto)
		},
		DialTLSContext: func(context.Context, string, string) (net.Conn, error) {
			return nil, errors.New("p2p: https over libp2p is not supported: use http://<peer-id>/...; the stream is already encrypted")
		},
		Proxy:                 nil,
		ForceAttemptHTTP2:     false,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}

// peerFromHostPort reads the peer ID out of the "host:port" the transport
// dials.
func peerFromHostPort(addr string) (peer.ID, error) {
	hostname, _, err := net.SplitHostPort(addr)
	if err != nil {
		hostname = addr
	}
	id, err := peer.Decode(hostname)
	if err != nil {
		return "", fmt.Errorf("p2p: URL host %q is not a peer ID: %w", hostname, err)
	}
	return id, nil
}
