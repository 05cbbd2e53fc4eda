package node

import (
	"context"
	"errors"
	"sort"
	"strings"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/api"
	raftseq "github.com/amigo-platform/amigo/consensus/raft"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/sequencer"
	"github.com/amigo-platform/amigo/vm"
)

// The node is the API's backend.
var _ api.Backend = (*Node)(nil)

// Status implements api.Backend.
func (n *Node) Status(ctx context.Context) (*api.Status, error) {
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	caller := n.devID
	if c, ok := api.CallerFrom(ctx); ok {
		caller = c
	}
	head := n.engine.Head()
	count, err := n.engine.PackageCount()
	if err != nil {
		return nil, err
	}
	return &api.Status{
		Network: n.network, Profile: n.cfg.Profile.Name, PeerID: n.host.ID().String(),
		Addrs: p2p.Addrs(n.host), HTTP: n.HTTPURL(), Height: head.Height, Time: head.Time,
		StateHash: head.StateHash, Packages: count, Peers: len(n.host.Network().Peers()),
		Version: Version, Caller: caller,
	}, nil
}

// Packages implements api.Backend.
func (n *Node) Packages(ctx context.Context, q string, limit, offset int) (*api.PackageList, error) {
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	all, err := n.engine.Packages()
	if err != nil {
		return nil, err
	}
	var match []engine.PackageInfo
	for _, p := range all {
		if q == "" || strings.Contains(p.Path, q) || strings.Contains(strings.ToLower(p.Doc), strings.ToLower(q)) {
			match = append(match, p)
		}
	}
	out := &api.PackageList{Total: len(match), Packages: []engine.PackageInfo{}}
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	if offset < 0 {
		offset = 0
	}
	if offset < len(match) {
		out.Packages = match[offset:min(len(match), offset+limit)]
	}
	return out, nil
}

// Package implements api.Backend.
func (n *Node) Package(ctx context.Context, path string) (*engine.PackageInfo, error) {
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	p, err := n.engine.Package(path)
	if errors.Is(err, engine.ErrNotDeployed) {
		return nil, api.Errorf(api.CodeNotFound, "package %s is not deployed (amigo packages lists those that are)", path)
	}
	return p, err
}

// caller applies the profile's rule: on dev, no name is the dev identity
// and a name is an identity of its own (an address is taken as it is).
func (n *Node) caller(requested string) (string, error) {
	switch {
	case requested == "":
		return n.devID, nil
	case address.Valid(requested):
		return requested, nil
	case strings.ContainsAny(requested, " \t\n/"):
		return "", api.Errorf(api.CodeBadRequest, "caller %q: a name or an amigo1... address", requested)
	}
	return address.ForName(requested), nil
}

// Submit implements api.Backend. A call for a package this node does not
// serve (or for another network) is forwarded to a peer that does; a
// deploy always runs here.
func (n *Node) Submit(ctx context.Context, tx engine.Tx, wait bool) (*engine.Receipt, error) {
	if tx.Kind == engine.KindCall {
		if kind, name, ok := n.route(ctx, tx.Package); ok {
			var rc engine.Receipt
			err := n.forward(ctx, kind, name, "/v1/call", callBody(ctx, tx, !wait), &rc)
			if rc, err, done := forwarded(&rc, err); done {
				return rc, err
			}
		}
	}
	if _, ok := n.seq.(chainSeq); ok {
		return nil, errUnsigned
	}
	if err := n.mayWrite(ctx); err != nil {
		return nil, err
	}
	c, err := n.caller(tx.Caller)
	if err != nil {
		return nil, err
	}
	tx.Caller = c
	if !wait {
		// Asynchronous submissions in flight are bounded, so a flood of
		// them cannot pile up goroutines without end.
		select {
		case n.async <- struct{}{}:
		default:
			return nil, api.Errorf(api.CodeUnavailable, "%d asynchronous transactions are waiting to be ordered; retry later or wait for receipts", cap(n.async))
		}
		n.seq.Stamp(&tx)
		rc := &engine.Receipt{Hash: tx.Hash(), Kind: tx.Kind, Caller: tx.Caller, Package: tx.Package, Func: tx.Func, Args: tx.Args, ServedBy: n.host.ID().String()}
		go func() {
			defer func() { <-n.async }()
			if _, err := n.seq.Submit(context.Background(), tx); err != nil {
				n.log.Warn("asynchronous transaction not applied", "hash", rc.Hash, "err", err)
			}
		}()
		return rc, nil
	}
	rc, err := n.seq.Submit(ctx, tx)
	switch {
	case errors.Is(err, sequencer.ErrClosed):
		return nil, api.Errorf(api.CodeUnavailable, "the node is shutting down; the transaction's outcome is unknown: look it up by hash later")
	case errors.Is(err, raftseq.ErrOutcomeUnknown):
		return nil, api.Errorf(api.CodeTimeout, "%v; it was not retried: look it up with GET /v1/txs/{hash}", err)
	case errors.Is(err, raftseq.ErrNoLeader):
		return nil, api.Errorf(api.CodeUnavailable, "%v; the transaction was not applied, retry later", err)
	}
	return n.servedHere(rc), err
}

// forwarded sorts out the outcome of a forward: done false means no peer
// serves the target and the request is served here (which answers, for
// an unknown package, not found). A peer's failed receipt is returned as
// a receipt, which the API reports as the peer did.
func forwarded(rc *engine.Receipt, err error) (*engine.Receipt, error, bool) {
	var re *api.ReceiptError
	switch {
	case errors.Is(err, errNoRoute):
		return nil, nil, false
	case errors.As(err, &re):
		return re.Receipt, nil, true
	case err != nil:
		return nil, err, true
	}
	return rc, nil, true
}

// mayWrite applies the profile's rule on who may write. The open profile
// needs signed transactions, which this build does not have yet: until
// then it takes writes only from its operator, over HTTP from a loopback
// address (or from anyone with Config.InsecureWrites); it serves reads and
// forwards calls for every peer.
func (n *Node) mayWrite(ctx context.Context) error {
	if n.cfg.Profile.Name == "open" && !n.cfg.InsecureWrites && !hopFrom(ctx).local {
		return api.Errorf(api.CodeUnauthorized, "the %s profile takes writes only from its loopback HTTP API until signed transactions land; send the transaction to a node of the package's network", n.cfg.Profile.Name)
	}
	return nil
}

// Query implements api.Backend; it forwards as Submit does.
func (n *Node) Query(ctx context.Context, tx engine.Tx) (*engine.Receipt, error) {
	if kind, name, ok := n.route(ctx, tx.Package); ok {
		var rc engine.Receipt
		err := n.forward(ctx, kind, name, "/v1/query", callBody(ctx, tx, false), &rc)
		if rc, err, done := forwarded(&rc, err); done {
			return rc, err
		}
	}
	c, err := n.caller(tx.Caller)
	if err != nil {
		return nil, err
	}
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	tx.Caller = c
	rc := n.engine.Query(tx)
	n.metrics.queries.Inc()
	return n.servedHere(rc), nil
}

// Render implements api.Backend; it forwards as Submit does.
func (n *Node) Render(ctx context.Context, pkg, path string) (*api.RenderResponse, error) {
	if kind, name, ok := n.route(ctx, pkg); ok {
		var out api.RenderResponse
		err := n.forward(ctx, kind, name, "/v1/render", api.RenderRequest{Package: pkg, Path: path, Network: api.NetworkFrom(ctx)}, &out)
		if !errors.Is(err, errNoRoute) {
			if err != nil {
				return nil, err
			}
			return &out, nil
		}
	}
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	md, rc := n.engine.Render(pkg, path)
	n.metrics.queries.Inc()
	if !rc.OK() {
		return nil, &api.ReceiptError{Receipt: n.servedHere(rc)}
	}
	return &api.RenderResponse{Package: pkg, Path: path, Markdown: md, GasUsed: rc.GasUsed, ServedBy: n.host.ID().String()}, nil
}

// Tx implements api.Backend.
func (n *Node) Tx(ctx context.Context, hash string) (*engine.Receipt, error) {
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	rc, err := n.engine.Receipt(hash)
	if err != nil {
		return nil, api.Errorf(api.CodeNotFound, "no transaction %s", hash)
	}
	return rc, nil
}

// Txs implements api.Backend.
func (n *Node) Txs(ctx context.Context, before int64, limit int) (*api.TxList, error) {
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	rcs, next, err := n.engine.Txs(before, limit)
	if err != nil {
		return nil, err
	}
	if rcs == nil {
		rcs = []*engine.Receipt{}
	}
	return &api.TxList{Txs: rcs, Next: next}, nil
}

// Subscribe implements api.Backend.
func (n *Node) Subscribe(ctx context.Context, pkg string) (<-chan api.Event, error) {
	return n.events.subscribe(ctx, pkg), nil
}

// Peers implements api.Backend.
func (n *Node) Peers(ctx context.Context) (*api.PeerList, error) {
	out := &api.PeerList{Peers: []api.Peer{}}
	for _, id := range n.host.Network().Peers() {
		p := api.Peer{ID: id.String()}
		for _, a := range n.host.Peerstore().Addrs(id) {
			p.Addrs = append(p.Addrs, a.String())
		}
		if protos, err := n.host.Peerstore().GetProtocols(id); err == nil {
			for _, pr := range protos {
				p.Protocols = append(p.Protocols, string(pr))
			}
			sort.Strings(p.Protocols)
		}
		out.Peers = append(out.Peers, p)
	}
	sort.Slice(out.Peers, func(i, j int) bool { return out.Peers[i].ID < out.Peers[j].ID })
	return out, nil
}

// State implements api.Backend.
func (n *Node) State(ctx context.Context, pkg string) (*api.StateView, error) {
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	vars, err := n.engine.State(pkg)
	if errors.Is(err, engine.ErrNotDeployed) {
		return nil, api.Errorf(api.CodeNotFound, "package %s is not deployed (amigo packages lists those that are)", pkg)
	}
	if err != nil {
		return nil, err
	}
	if vars == nil {
		vars = []api.VarView{}
	}
	return &api.StateView{Package: pkg, Vars: vars}, nil
}

// Object implements api.Backend.
func (n *Node) Object(ctx context.Context, id uint64, cursor string, limit int) (*api.ObjectView, error) {
	if err := n.readBarrier(ctx); err != nil {
		return nil, err
	}
	ov, err := n.engine.Object(id, cursor, limit)
	var re *vm.RunError
	switch {
	case errors.Is(err, engine.ErrNoObject):
		return nil, api.Errorf(api.CodeNotFound, "no object %d", id)
	case errors.As(err, &re) && strings.HasPrefix(re.Msg, "cursor"):
		return nil, api.Errorf(api.CodeBadRequest, "%s", re.Msg)
	}
	return ov, err
}
