package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/registry"
)

// Forwarding: a call, query or render for a package this node does not
// serve (or for another network) goes over /amigo/api/1 to a peer the
// registry says serves it. Each forward adds one to the HeaderHops of the
// request and this node's peer ID to HeaderVia; a node refuses a request
// that has made MaxHops hops or already passed through it, and never
// forwards to a peer in HeaderVia.
const (
	HeaderHops = "Amigo-Hops"
	HeaderVia  = "Amigo-Via" // peer IDs, comma-separated, in order
	MaxHops    = 4
	// forwardTimeout bounds one forwarding attempt; findTimeout a lookup.
	forwardTimeout = 10 * time.Second
	findTimeout    = 5 * time.Second
	// maxTries is how many providers a forward tries.
	maxTries = 3
	// maxForwardAnswer bounds the answer read from a peer.
	maxForwardAnswer = 16 << 20
)

// hop is what a request's transport and headers say of where it came from.
type hop struct {
	hops  int
	via   []peer.ID
	local bool    // over HTTP from a loopback address: the node's operator
	peer  peer.ID // over libp2p: the remote peer
}

type hopKey struct{}

func hopFrom(ctx context.Context) hop {
	h, _ := ctx.Value(hopKey{}).(hop)
	return h
}

// withHops reads the forwarding headers into the request's context;
// viaHTTP says the handler serves the HTTP listener (not libp2p), where a
// loopback client is the node's operator. Malformed headers are answered
// 400.
func (n *Node) withHops(next http.Handler, viaHTTP bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var h hop
		if viaHTTP {
			if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
				ip := net.ParseIP(host)
				h.local = ip != nil && ip.IsLoopback()
			}
		} else if id, err := peer.Decode(r.RemoteAddr); err == nil {
			h.peer = id // a libp2p stream's remote address is its peer id
		}
		if v := r.Header.Get(HeaderHops); v != "" {
			k, err := strconv.Atoi(v)
			if err != nil || k < 0 || k > 64 {
				writeError(w, http.StatusBadRequest, api.CodeBadRequest, fmt.Sprintf("%s: %q is not a hop count", HeaderHops, v))
				return
			}
			h.hops = k
		}
		if v := r.Header.Get(HeaderVia); v != "" {
			parts := strings.Split(v, ",")
			if len(parts) > 64 {
				writeError(w, http.StatusBadRequest, api.CodeBadRequest, fmt.Sprintf("%s: more than 64 peers", HeaderVia))
				return
			}
			for _, s := range parts {
				id, err := peer.Decode(strings.TrimSpace(s))
				if err != nil {
					writeError(w, http.StatusBadRequest, api.CodeBadRequest, fmt.Sprintf("%s: %q is not a peer ID", HeaderVia, s))
					return
				}
				h.via = append(h.via, id)
			}
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), hopKey{}, h)))
	})
}

func writeError(w http.ResponseWriter, status int, code api.ErrorCode, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(&api.ErrorResponse{Error: api.ErrorBody{Code: code, Message: msg}})
}

// errNoRoute: the registry knows no other peer serving the target.
var errNoRoute = errors.New("no peer serves it")

// route says where a request for pkg goes: ok false means serve it here;
// otherwise the registry kind and name to look up.
func (n *Node) route(ctx context.Context, pkg string) (kind registry.Kind, name string, ok bool) {
	if net := api.NetworkFrom(ctx); net != "" && net != n.network {
		return registry.KindNetwork, net, true
	}
	if pkg == "" || n.reg == nil {
		return "", "", false
	}
	if ok, err := n.engine.Deployed(pkg); err == nil && !ok {
		if n.deployedInCluster(ctx, pkg) {
			return "", "", false
		}
		return registry.KindPackage, pkg, true
	}
	return "", "", false
}

// deployedInCluster tells, on a cluster member that has not applied pkg,
// whether it is only behind: a package just deployed through another
// member is in the cluster's state before this member applied it. The
// member catches up to the leader's commit index (a read barrier) and
// looks again, rather than route the call away from its own cluster.
// Only a miss pays for it.
func (n *Node) deployedInCluster(ctx context.Context, pkg string) bool {
	if n.cl == nil || n.cl.seq == nil {
		return false
	}
	if err := n.cl.seq.ReadBarrier(ctx); err != nil {
		return false
	}
	ok, err := n.engine.Deployed(pkg)
	return err == nil && ok
}

// forward sends the JSON body to path on a peer that serves kind name (a
// GET of path when body is nil) and decodes the answer into out. It returns errNoRoute when no peer is
// known; an error response of the peer is returned as an *api.Error, or,
// when it carries a receipt, as an *api.ReceiptError.
func (n *Node) forward(ctx context.Context, kind registry.Kind, name, path string, body, out any) error {
	h := hopFrom(ctx)
	self := n.host.ID()
	for _, id := range h.via {
		if id == self {
			return api.Errorf(api.CodeUnavailable, "forwarding loop: the request for %s %s came back to %s (via %s)", kind, name, self, joinIDs(h.via))
		}
	}
	if h.hops >= MaxHops {
		return api.Errorf(api.CodeUnavailable, "the request for %s %s was forwarded %d times, the limit; no peer on its way serves it", kind, name, h.hops)
	}
	fctx, cancel := context.WithTimeout(ctx, findTimeout)
	recs, err := n.reg.Find(fctx, kind, name)
	cancel()
	if err != nil && len(recs) == 0 {
		return fmt.Errorf("%w: looking up %s %s: %v", errNoRoute, kind, name, err)
	}
	// Peers of this node's own network first: the same state, when the
	// request names no network.
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Network == n.network && recs[j].Network != n.network })
	skip := map[peer.ID]bool{self: true}
	for _, id := range h.via {
		skip[id] = true
	}
	var payload []byte // nil: a GET of path
	if body != nil {
		if payload, err = json.Marshal(body); err != nil {
			return err
		}
	}
	via := joinIDs(append(append([]peer.ID(nil), h.via...), self))
	var errs []error
	tries := 0
	for _, rec := range recs {
		if skip[rec.Peer] || tries == maxTries {
			continue
		}
		skip[rec.Peer] = true
		tries++
		err := n.forwardTo(ctx, rec.Peer, path, payload, h.hops+1, via, out)
		var unreachable *unreachableError
		if errors.As(err, &unreachable) {
			n.forwardsFailed.Add(1)
			errs = append(errs, err)
			continue
		}
		n.forwardsOK.Add(1)
		return err
	}
	if len(errs) > 0 {
		return api.Errorf(api.CodeUnavailable, "%s %s: no serving peer answered: %v", kind, name, errors.Join(errs...))
	}
	return fmt.Errorf("%w: %s %s", errNoRoute, kind, name)
}

type unreachableError struct{ err error }

func (e *unreachableError) Error() string { return e.err.Error() }

func (n *Node) forwardTo(ctx context.Context, p peer.ID, path string, payload []byte, hops int, via string, out any) error {
	ctx, cancel := context.WithTimeout(ctx, forwardTimeout)
	defer cancel()
	ctx = network.WithAllowLimitedConn(ctx, "amigo api forward")
	method, rd := http.MethodGet, io.Reader(nil)
	if payload != nil {
		method, rd = http.MethodPost, bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, method, "http://"+p.String()+path, rd)
	if err != nil {
		return err
	}
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set(HeaderHops, strconv.Itoa(hops))
	req.Header.Set(HeaderVia, via)
	start := time.Now()
	resp, err := n.fwd.Do(req)
	if err != nil {
		return &unreachableError{fmt.Errorf("peer %s: %w", p, err)}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxForwardAnswer+1))
	if err != nil {
		return &unreachableError{fmt.Errorf("peer %s: reading the answer: %w", p, err)}
	}
	if len(b) > maxForwardAnswer {
		return api.Errorf(api.CodeUnavailable, "peer %s answered more than %d bytes", p, maxForwardAnswer)
	}
	n.log.Debug("forwarded", "peer", p, "path", path, "status", resp.StatusCode, "duration", time.Since(start))
	if resp.StatusCode/100 == 2 {
		if err := json.Unmarshal(b, out); err != nil {
			return api.Errorf(api.CodeUnavailable, "peer %s answered malformed JSON: %v", p, err)
		}
		return nil
	}
	var er api.ErrorResponse
	if err := json.Unmarshal(b, &er); err != nil || er.Error.Code == "" {
		return api.Errorf(api.CodeUnavailable, "peer %s answered status %d without an error body", p, resp.StatusCode)
	}
	if er.Receipt != nil {
		if er.Receipt.ServedBy == "" {
			er.Receipt.ServedBy = p.String()
		}
		return &api.ReceiptError{Receipt: er.Receipt}
	}
	return &api.Error{Code: er.Error.Code, Message: fmt.Sprintf("%s (from peer %s)", er.Error.Message, p)}
}

func joinIDs(ids []peer.ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = id.String()
	}
	return strings.Join(s, ",")
}

// servedHere marks a receipt as served by this node; rc is copied, so the
// receipt the engine or sequencer may hold is not changed.
func (n *Node) servedHere(rc *engine.Receipt) *engine.Receipt {
	if rc == nil {
		return nil
	}
	c := *rc
	c.ServedBy = n.host.ID().String()
	return &c
}

// callBody is the request a call or query is forwarded as.
func callBody(ctx context.Context, tx engine.Tx, async bool) api.CallRequest {
	return api.CallRequest{Package: tx.Package, Func: tx.Func, Args: tx.Args, Caller: tx.Caller, GasLimit: tx.GasLimit, Async: async, Network: api.NetworkFrom(ctx)}
}
