package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/atomicfile"
	"hash/fnv"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/auth"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
)

// Stateless gateways (cluster.toml stateless_gateway = true) are cluster
// nodes that are not Raft members and hold no contract state: they verify
// bearer tokens like a gateway member and forward every /v1 request over
// /amigo/api/1 to a member, naming the verified caller in HeaderCaller.
// Members take that header only from admitted gateways, over libp2p: the
// peers their cluster.toml lists as gateways and those admitted at run
// time (replicated through Raft, see /v1/cluster/gateways); adding a
// gateway adds capacity.
const HeaderCaller = "Amigo-Caller"

// A stateless gateway names the verified token beside the caller, so
// members refuse a revoked one (they hold the revocations; the gateway
// holds no state): its id (jti), subject and issue time (Unix seconds).
const (
	HeaderTokenID      = "Amigo-Token-Id"
	HeaderTokenSubject = "Amigo-Token-Subject"
	HeaderTokenIssued  = "Amigo-Token-Issued"
)

// HeaderRefused marks a member's 403 to a peer that is not (or no longer)
// an admitted gateway: the gateway remembers the reason and gives it to
// its clients while no member takes its requests.
const HeaderRefused = "Amigo-Gateway-Refused"

// refreshPeriod: a stateless gateway asks a member for the Raft
// configuration this often, and when no member it knows answers (a
// variable for tests).
var refreshPeriod = 10 * time.Second

const (
	refreshTimeout = 5 * time.Second
	// removalGrace: a member closes its connections to a removed gateway
	// this long after applying the removal; meanwhile the gateway's
	// requests are answered 403 with the reason.
	removalGrace = 2 * time.Second
)

// maxGatewayBody bounds a request body a stateless gateway buffers (it
// keeps it to send it again to another member when one is unreachable).
const maxGatewayBody = 8 << 20

// gatewayProxy is a stateless gateway's /v1 handler.
type gatewayProxy struct {
	n *Node
	// mu guards members, which the refresh replaces (never modifies).
	mu      sync.Mutex
	members []peer.ID
	// cur is the member requests go to first: a gateway keeps to one
	// member while it answers, so a client sees its own writes through
	// the gateway (a member's local reads include its acknowledged
	// writes); gateways start at different members, spreading the load.
	cur   atomic.Uint64
	tr    *http.Transport
	proxy *httputil.ReverseProxy
	// refused is the reason the members last gave for refusing this
	// gateway ("" while they take its requests).
	refused   atomic.Pointer[string]
	refreshMu sync.Mutex // one refresh at a time
}

// list is the members requests go to, and the index of the current one.
func (g *gatewayProxy) list() ([]peer.ID, uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.members) == 0 {
		return nil, 0
	}
	return g.members, g.cur.Load() % uint64(len(g.members))
}

// current is the member requests go to first.
func (g *gatewayProxy) current() peer.ID {
	ms, cur := g.list()
	if len(ms) == 0 {
		return ""
	}
	return ms[cur]
}

// has reports whether id is one of the members (the gateway's host
// admits them).
func (g *gatewayProxy) has(id peer.ID) bool {
	ms, _ := g.list()
	return slices.Contains(ms, id)
}

// setMembers replaces the members, keeping the current one when it is
// still a member. It reports whether the list changed.
func (g *gatewayProxy) setMembers(ms []peer.ID) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if slices.Equal(ms, g.members) {
		return false
	}
	var cur peer.ID
	if len(g.members) > 0 {
		cur = g.members[g.cur.Load()%uint64(len(g.members))]
	}
	i := slices.Index(ms, cur)
	if i < 0 {
		hs := fnv.New64a()
		hs.Write([]byte(g.n.host.ID()))
		i = int(hs.Sum64() % uint64(len(ms)))
	}
	g.members = ms
	g.cur.Store(uint64(i))
	return true
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
	// The members it learned last come first: those in cluster.toml may
	// have left since.
	if cached, err := p2p.ParsePeerAddrs(n.cachedMembers()); err == nil {
		infos = append(cached, infos...)
	}
	g := &gatewayProxy{n: n}
	var ids []peer.ID
	for _, ai := range infos {
		n.host.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.PermanentAddrTTL)
		if !slices.Contains(ids, ai.ID) {
			ids = append(ids, ai.ID)
		}
	}
	g.setMembers(ids)
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
	for _, h := range []string{HeaderCaller, HeaderTokenID, HeaderTokenSubject, HeaderTokenIssued} {
		r.Header.Del(h) // only this gateway names the caller and its token
	}
	if r.Method == http.MethodDelete && r.URL.Path == "/v1/cluster/gateways/self" {
		g.leave(w, r)
		return
	}
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
		p, err := g.n.cl.verifier.AuthenticatePrincipal(r, perm)
		if err == nil {
			err = g.n.cl.limiter.allow(p.Caller)
		}
		if err != nil {
			g.fail(w, r, err)
			return
		}
		r.Header.Set(HeaderCaller, p.Caller)
		r.Header.Set(HeaderTokenSubject, p.Subject)
		if p.ID != "" {
			r.Header.Set(HeaderTokenID, p.ID)
		}
		if !p.IssuedAt.IsZero() {
			r.Header.Set(HeaderTokenIssued, strconv.FormatInt(p.IssuedAt.Unix(), 10))
		}
	}
	r.Header.Del("Authorization") // verified here; members do not see tokens
	r.Header.Del("Cookie")        // nor the explorer's token cookie
	r.Header.Del(HeaderHops)
	r.Header.Del(HeaderVia)
	g.proxy.ServeHTTP(w, r)
}

// leave serves DELETE /v1/cluster/gateways/self (a token with scope
// amigo:admin): the gateway asks a member, over libp2p, to remove it from
// the cluster's gateways (a member takes that request from a gateway for
// itself only). amigo cluster leave --home GATEWAY_HOME sends it.
func (g *gatewayProxy) leave(w http.ResponseWriter, r *http.Request) {
	if _, err := g.n.cl.verifier.Authenticate(r, "admin"); err != nil {
		g.fail(w, r, err)
		return
	}
	out, err := http.NewRequestWithContext(r.Context(), http.MethodDelete, "http://member/v1/cluster/gateways/"+g.n.host.ID().String(), nil)
	if err != nil {
		g.fail(w, r, err)
		return
	}
	resp, err := g.roundTrip(out)
	if err != nil {
		g.fail(w, r, err)
		return
	}
	defer resp.Body.Close()
	for k, vs := range resp.Header {
		w.Header()[k] = vs
	}
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

// RoundTrip sends the request to the members in turn, starting with the
// current one (the next becomes current when it does not answer). It goes
// on to another member only when nothing was sent (the stream could not
// be opened) or, for a read (GET), when the member's answer did not come.
// When no member answers, the gateway refreshes its member list and, if
// that changed it, tries the new list once.
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
	resp, err := g.roundTrip(req)
	var ae *api.Error
	if err != nil && errors.As(err, &ae) && ae.Code == api.CodeUnavailable && req.Context().Err() == nil && g.n.host != nil {
		rctx, cancel := context.WithTimeout(req.Context(), refreshTimeout)
		changed, rerr := g.refresh(rctx)
		cancel()
		if changed {
			resp, err = g.roundTrip(req)
		} else if rerr != nil {
			g.n.log.Debug("gateway: member list refresh", "err", rerr)
			if g.refused.Load() == nil {
				err = api.Errorf(api.CodeUnavailable, "%s (the members are down, or no longer admit this gateway)", ae.Message)
			}
		}
	}
	if err != nil {
		if why := g.refused.Load(); why != nil && *why != "" {
			return nil, api.Errorf(api.CodeForbidden, "the cluster refuses this gateway: %s", *why)
		}
		return nil, err
	}
	if resp.StatusCode == http.StatusForbidden && resp.Header.Get(HeaderRefused) != "" {
		why := resp.Header.Get(HeaderRefused)
		g.refused.Store(&why)
	} else if resp.StatusCode < 500 {
		g.refused.Store(nil)
	}
	return resp, nil
}

// roundTrip is one pass over the members.
func (g *gatewayProxy) roundTrip(req *http.Request) (*http.Response, error) {
	read := req.Method == http.MethodGet || req.Method == http.MethodHead
	members, start := g.list()
	var errs []error
	for i := range members {
		id := members[(start+uint64(i))%uint64(len(members))]
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
				g.cur.CompareAndSwap(start, (start+uint64(i))%uint64(len(members)))
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

// refresh asks the members, in turn, for the Raft configuration (GET
// /v1/cluster/members over libp2p; members answer their admitted
// gateways) and forwards to its members from then on. It reports whether
// the list changed. A member's refusal of this gateway is remembered.
func (g *gatewayProxy) refresh(ctx context.Context) (bool, error) {
	g.refreshMu.Lock()
	defer g.refreshMu.Unlock()
	members, start := g.list()
	var errs []error
	for i := range members {
		id := members[(start+uint64(i))%uint64(len(members))]
		ms, err := g.fetchMembers(ctx, id)
		if err != nil {
			errs = append(errs, fmt.Errorf("member %s: %w", id, err))
			continue
		}
		infos, err := p2p.ParsePeerAddrs(ms.Members)
		if err != nil || len(infos) == 0 {
			errs = append(errs, fmt.Errorf("member %s: members %v: %v", id, ms.Members, err))
			continue
		}
		ids := make([]peer.ID, len(infos))
		for j, ai := range infos {
			g.n.host.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.PermanentAddrTTL)
			ids[j] = ai.ID
		}
		g.refused.Store(nil)
		changed := g.setMembers(ids)
		if changed {
			g.n.log.Info("gateway: the cluster's members changed", "members", ms.Members)
			if err := g.n.saveMembers(ms.Members); err != nil {
				g.n.log.Warn("gateway: the member list is not kept for a restart", "err", err)
			}
		}
		return changed, nil
	}
	return false, errors.Join(errs...)
}

func (g *gatewayProxy) fetchMembers(ctx context.Context, id peer.ID) (*MembersResponse, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+id.String()+"/v1/cluster/members", nil)
	if err != nil {
		return nil, err
	}
	resp, err := g.tr.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if why := resp.Header.Get(HeaderRefused); resp.StatusCode == http.StatusForbidden && why != "" {
		g.refused.Store(&why)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", resp.Status, strings.TrimSpace(string(b)))
	}
	var ms MembersResponse
	if err := json.Unmarshal(b, &ms); err != nil {
		return nil, err
	}
	return &ms, nil
}

// refreshLoop refreshes the member list every refreshPeriod until the
// node stops.
func (g *gatewayProxy) refreshLoop(ctx context.Context) {
	t := time.NewTicker(refreshPeriod)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rctx, cancel := context.WithTimeout(ctx, refreshTimeout)
		if _, err := g.refresh(rctx); err != nil && ctx.Err() == nil {
			g.n.log.Warn("gateway: no member gave the cluster's member list", "err", err)
		}
		cancel()
	}
}

// membersCache is where a stateless gateway keeps the members it learned
// last (in its home), so that a restart finds the cluster even when the
// members its cluster.toml names have all left.
const membersCache = "gateway-members.json"

// cachedMembers are the members' addresses a stateless gateway kept (none
// when it kept none, or the file is unreadable: cluster.toml's remain).
func (n *Node) cachedMembers() []string {
	b, err := os.ReadFile(filepath.Join(n.cfg.Home, membersCache))
	if err != nil {
		return nil
	}
	var ms []string
	if err := json.Unmarshal(b, &ms); err != nil {
		n.log.Warn("gateway: ignoring an unreadable member list", "file", filepath.Join(n.cfg.Home, membersCache), "err", err)
		return nil
	}
	return ms
}

// saveMembers keeps the members' addresses for the next start.
func (n *Node) saveMembers(ms []string) error {
	b, err := json.Marshal(ms)
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(n.cfg.Home, membersCache), b, 0o600)
}

// fail answers a request the gateway could not forward.
func (g *gatewayProxy) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *api.Error
	var ou *outcomeUnknownError
	switch {
	case errors.As(err, &ae):
		if ae.RetryAfter > 0 {
			w.Header().Set("Retry-After", api.RetryAfterSeconds(ae.RetryAfter))
		}
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
// a stateless gateway names (over libp2p, from an admitted gateway), else
// a gateway member's bearer token, else no caller (a member's loopback
// API takes the caller a request names).
func (n *Node) authenticate(r *http.Request, perm string) (string, error) {
	if vs, ok := r.Header[HeaderCaller]; ok {
		h := hopFrom(r.Context())
		if h.peer == "" {
			return "", api.Errorf(api.CodeForbidden, "%s is taken only from the cluster's gateways, over libp2p", HeaderCaller)
		}
		if !n.cl.isGateway(h.peer) {
			return "", api.Errorf(api.CodeForbidden, "%s", n.notGateway(h.peer))
		}
		if len(vs) != 1 || vs[0] == "" {
			return "", api.Errorf(api.CodeBadRequest, "%s: want one caller", HeaderCaller)
		}
		if err := n.checkRevoked(r); err != nil {
			return "", err
		}
		return vs[0], nil
	}
	if v := n.cl.verifier; v != nil {
		caller, err := v.Authenticate(r, perm)
		if err == nil {
			err = n.cl.limiter.allow(caller)
		}
		return caller, err
	}
	return "", nil
}

// checkRevoked refuses a request a stateless gateway forwarded with a
// token the cluster revoked.
func (n *Node) checkRevoked(r *http.Request) error {
	seq := n.cl.seq
	sub := r.Header.Get(HeaderTokenSubject)
	id := r.Header.Get(HeaderTokenID)
	if seq == nil || (sub == "" && id == "") {
		return nil
	}
	var iat time.Time
	if v := r.Header.Get(HeaderTokenIssued); v != "" {
		if sec, err := strconv.ParseInt(v, 10, 64); err == nil {
			iat = time.Unix(sec, 0)
		}
	}
	if seq.Revoked(id, sub, iat) {
		return api.Errorf(api.CodeUnauthorized, "token revoked (subject %s, id %s)", sub, id)
	}
	return nil
}

// tokenRevoked is a gateway member's auth.Config.Revoked.
func (n *Node) tokenRevoked(p *auth.Principal) bool {
	seq := n.cl.seq
	return seq != nil && seq.Revoked(p.ID, p.Subject, p.IssuedAt)
}

// notGateway is the reason a member refuses peer's requests as a
// gateway's.
func (n *Node) notGateway(id peer.ID) string {
	return fmt.Sprintf("peer %s is not an admitted gateway of %s (it was removed, or never admitted): %s is taken only from the cluster's gateways", id, n.network, HeaderCaller)
}

// refuseNotGateways answers 403, with HeaderRefused, a request over
// libp2p that names a caller (HeaderCaller) from a peer that is not an
// admitted gateway, before the API sees it: the gateway learns why.
func (n *Node) refuseNotGateways(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := r.Header[HeaderCaller]; ok {
			if id, err := peer.Decode(r.RemoteAddr); err == nil && !n.cl.isGateway(id) {
				why := n.notGateway(id)
				w.Header().Set(HeaderRefused, why)
				writeError(w, http.StatusForbidden, api.CodeForbidden, why)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
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
