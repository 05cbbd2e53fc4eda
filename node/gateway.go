package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"strings"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
)

// Stateless gateways (cluster.toml stateless_gateway = true) are cluster
// nodes that are not Raft members and hold no contract state: they verify
// bearer tokens like a gateway member and forward every /v1 request over
// /amigo/api/1 to a member, naming the verified caller in HeaderCaller.
// Members take that header only from the peers their cluster.toml lists
// as gateways, over libp2p; adding a gateway adds capacity.
const HeaderCaller = "Amigo-Caller"

// maxGatewayBody bounds a request body a stateless gateway buffers (it
// keeps it to send it again to another member when one is unreachable).
const maxGatewayBody = 8 << 20

// gatewayProxy is a stateless gateway's /v1 handler.
type gatewayProxy struct {
	n       *Node
	members []peer.ID
	// cur is the member requests go to first: a gateway keeps to one
	// member while it answers, so a client sees its own writes through
	// the gateway (a member's local reads include its acknowledged
	// writes); gateways start at different members, spreading the load.
	cur   atomic.Uint64
	tr    *http.Transport
	proxy *httputil.ReverseProxy
}

// dialError: the stream to a member could not be opened, so nothing of
// the request was sent.
type dialError struct{ err error }

func (e *dialError) Error() string { return e.err.Error() }
func (e *dialError) Unwrap() error { return e.err }

// outcomeUnknownError: the request reached a member, whose answer was
// lost; a write is not sent again.
type outcomeUnknownError struct {
	member peer.ID
	err    error
}

func (e *outcomeUnknownError) Error() string {
	return fmt.Sprintf("member %s: the connection broke after the request was sent, so its outcome is unknown (look the transaction up before sending it again): %v", e.member, e.err)
}

// newGatewayProxy makes the members' addresses known to the host and
// returns the handler that forwards to them.
func (n *Node) newGatewayProxy() (*gatewayProxy, error) {
	infos, err := p2p.ParsePeerAddrs(n.cl.conf.Members)
	if err != nil {
		return nil, fmt.Errorf("%s: members: %w", ClusterFile, err)
	}
	if len(infos) == 0 {
		return nil, fmt.Errorf("%s: a stateless gateway needs the members it forwards to (members)", ClusterFile)
	}
	g := &gatewayProxy{n: n}
	for _, ai := range infos {
		n.host.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.PermanentAddrTTL)
		g.members = append(g.members, ai.ID)
	}
	hs := fnv.New64a()
	hs.Write([]byte(n.host.ID()))
	g.cur.Store(hs.Sum64() % uint64(len(g.members)))
	g.tr = p2p.NewHTTPTransport(n.host, api.Protocol)
	// a member that stopped answering: the API's own timeout is 30 s
	g.tr.ResponseHeaderTimeout = 60 * time.Second
	dial := g.tr.DialContext
	g.tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, &dialError{err}
		}
		return c, nil
	}
	g.proxy = &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme = "http"
			pr.Out.URL.Host = "member" // RoundTrip picks the member
		},
		Transport:     g,
		FlushInterval: -1, // the events stream
		ErrorHandler:  g.fail,
	}
	return g, nil
}

// ServeHTTP admits the request as the API would (the route's permission,
// the token's caller) and forwards it, with the caller, to a member.
func (g *gatewayProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	r.Header.Del(HeaderCaller) // only this gateway names the caller
	if strings.HasPrefix(r.URL.Path, "/v1/cluster/") {
		writeError(w, http.StatusNotFound, api.CodeNotFound, "a stateless gateway does not change the cluster's membership: send "+r.URL.Path+" to a member")
		return
	}
	perm, ok := api.RoutePerm(r)
	if !ok {
		// Only the API's routes are forwarded: a member must never see a
		// request the gateway did not admit.
		writeError(w, http.StatusNotFound, api.CodeNotFound, fmt.Sprintf("no route %s %s", r.Method, r.URL.Path))
		return
	}
	if perm != "" {
		caller, err := g.n.cl.verifier.Authenticate(r, perm)
		if err != nil {
			g.fail(w, r, err)
			return
		}
		r.Header.Set(HeaderCaller, caller)
	}
	r.Header.Del("Authorization") // verified here; members do not see tokens
	r.Header.Del(HeaderHops)
	r.Header.Del(HeaderVia)
	g.proxy.ServeHTTP(w, r)
}

// RoundTrip sends the request to the members in turn, starting with the
// current one (the next becomes current when it does not answer). It goes
// on to another member only when nothing was sent (the stream could not
// be opened) or, for a read (GET), when the member's answer did not come.
func (g *gatewayProxy) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil && req.Body != http.NoBody && req.GetBody == nil {
		b, err := io.ReadAll(io.LimitReader(req.Body, maxGatewayBody+1))
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		if len(b) > maxGatewayBody {
			return nil, api.Errorf(api.CodeTooLarge, "request body is larger than %d bytes", maxGatewayBody)
		}
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	}
	read := req.Method == http.MethodGet || req.Method == http.MethodHead
	start := g.cur.Load()
	var errs []error
	for i := range g.members {
		id := g.members[(start+uint64(i))%uint64(len(g.members))]
		out := req.Clone(req.Context())
		out.URL.Host, out.Host = id.String(), id.String()
		if req.GetBody != nil {
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			out.Body = body
		}
		resp, err := g.tr.RoundTrip(out)
		if err == nil {
			if i > 0 {
				g.cur.CompareAndSwap(start, (start+uint64(i))%uint64(len(g.members)))
			}
			return resp, nil
		}
		if req.Context().Err() != nil {
			return nil, err
		}
		var de *dialError
		if !errors.As(err, &de) && !read {
			return nil, &outcomeUnknownError{member: id, err: err}
		}
		g.n.log.Debug("gateway: member unreachable, trying the next", "member", id, "err", err)
		errs = append(errs, fmt.Errorf("member %s: %w", id, err))
	}
	return nil, api.Errorf(api.CodeUnavailable, "no cluster member answered: %v", errors.Join(errs...))
}

// fail answers a request the gateway could not forward.
func (g *gatewayProxy) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *api.Error
	var ou *outcomeUnknownError
	switch {
	case errors.As(err, &ae):
		writeError(w, ae.Code.Status(), ae.Code, ae.Message)
	case errors.As(err, &ou):
		writeError(w, http.StatusBadGateway, api.CodeUnavailable, ou.Error())
	case r.Context().Err() != nil:
		// the client left
	default:
		writeError(w, http.StatusBadGateway, api.CodeUnavailable, "forwarding to the cluster: "+err.Error())
	}
}

// authenticate is a cluster member's api.Options.Authenticate: the caller
// a stateless gateway names (over libp2p, from a peer listed in gateways),
// else a gateway member's bearer token, else no caller (a member's
// loopback API takes the caller a request names).
func (n *Node) authenticate(r *http.Request, perm string) (string, error) {
	if vs, ok := r.Header[HeaderCaller]; ok {
		if h := hopFrom(r.Context()); h.peer == "" || !n.cl.gateways[h.peer] {
			return "", api.Errorf(api.CodeForbidden, "%s is taken only from the cluster's gateways", HeaderCaller)
		}
		if len(vs) != 1 || vs[0] == "" {
			return "", api.Errorf(api.CodeBadRequest, "%s: want one caller", HeaderCaller)
		}
		return vs[0], nil
	}
	if v := n.cl.verifier; v != nil {
		return v.Authenticate(r, perm)
	}
	return "", nil
}

// gatewaySequencer is a stateless gateway's: it orders nothing (the
// gateway forwards every request; nothing reaches it).
type gatewaySequencer struct{}

var errStateless = api.Errorf(api.CodeUnavailable, "a stateless gateway orders no transactions: it forwards them to the cluster's members")

func (gatewaySequencer) Submit(context.Context, engine.Tx) (*engine.Receipt, error) {
	return nil, errStateless
}
func (gatewaySequencer) Stamp(*engine.Tx) {}
func (gatewaySequencer) Close() error     { return nil }
