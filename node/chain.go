package node

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/consensus/chain"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/registry"
	"github.com/amigo-platform/amigo/sequencer"
	"github.com/amigo-platform/amigo/txsign"
)

// chainSeq is the chain profile's sequencer: CometBFT orders signed
// transactions (POST /v1/txs); unsigned submissions are refused.
type chainSeq struct{ c *chain.Node }

// errUnsigned is the answer to an unsigned write on a chain node.
var errUnsigned = api.Errorf(api.CodeUnauthorized,
	"this is a chain node: writes are signed transactions (POST /v1/txs; amigo push/call --from KEY, keys from amigo keys add)")

func (s chainSeq) Submit(context.Context, engine.Tx) (*engine.Receipt, error) {
	return nil, errUnsigned
}
func (s chainSeq) Stamp(*engine.Tx) {}
func (s chainSeq) Close() error     { return s.c.Close() }

// chainDefaults fills the listen addresses a testnet's node home names
// (chain.toml, written by amigo chain init) when the flags leave them
// unset.
func chainDefaults(cfg *Config) error {
	if _, err := os.Stat(filepath.Join(cfg.Home, chain.CometDir, "config", "genesis.json")); err != nil {
		return fmt.Errorf("no chain in %s (want %s/config/genesis.json): make a local testnet with amigo chain init --output DIR and run amigo node --profile=chain --home DIR/node0", cfg.Home, filepath.Join(cfg.Home, chain.CometDir))
	}
	nf, err := chain.ReadNodeFile(cfg.Home)
	if err != nil {
		return err
	}
	if cfg.HTTPAddr == "" {
		cfg.HTTPAddr = nf.HTTP
	}
	if len(cfg.P2PAddrs) == 0 {
		cfg.P2PAddrs = nf.P2P
	}
	return nil
}

// startChain starts CometBFT in-process with the Amigo application; its
// home is <home>/cometbft (amigo chain init writes it).
func (n *Node) startChain(ctx context.Context) (sequencer.Sequencer, error) {
	c, err := chain.Start(ctx, chain.Config{
		Home:   filepath.Join(n.cfg.Home, chain.CometDir),
		Engine: n.engine,
		Logger: n.log,
		OnCommit: func(height int64, rs []chain.Result) {
			var rcs []*engine.Receipt
			for _, r := range rs {
				if r.Receipt != nil {
					rcs = append(rcs, r.Receipt)
				}
			}
			n.committed(rcs)
			n.metrics.height.Set(float64(height))
		},
	})
	if err != nil {
		return nil, err
	}
	n.network = "chain:" + c.ChainID()
	n.log.Info("chain started", "chain", c.ChainID(), "rpc", c.RPCAddress(), "height", c.App.Height())
	return chainSeq{c}, nil
}

// chainNode is the running chain, or an api error off the chain profile.
func (n *Node) chainNode() (*chain.Node, error) {
	if s, ok := n.seq.(chainSeq); ok {
		return s.c, nil
	}
	return nil, api.Errorf(api.CodeNotFound, "this node runs the %s profile: blocks, validators and signed transactions are on chain nodes", n.cfg.Profile.Name)
}

// BroadcastTx implements api.ChainBackend. A transaction signed for a
// chain this node is not part of is forwarded to a peer of that chain,
// found in the registry (network "chain:<id>").
func (n *Node) BroadcastTx(ctx context.Context, raw []byte, wait bool) (*api.TxSubmitResult, error) {
	tx, err := txsign.Decode(raw)
	if err != nil {
		return nil, api.Errorf(api.CodeBadRequest, "%v", err)
	}
	_, isChain := n.seq.(chainSeq)
	if network := "chain:" + tx.ChainID; network != n.network {
		var out api.TxSubmitResult
		err := n.forwardChain(ctx, network, "/v1/txs", &api.TxSubmit{Tx: raw, Async: !wait}, &out)
		switch {
		case err == nil:
			return &out, nil
		case !isChain || !errors.Is(err, errNoChainPeer):
			return nil, err
		}
		// A chain node with no peer of that chain: its own CheckTx
		// refuses the transaction, naming both chain ids.
	}
	c, err := n.chainNode()
	if err != nil {
		return nil, err
	}
	t, err := c.Broadcast(ctx, raw)
	if err != nil {
		return nil, chainError(err)
	}
	out := &api.TxSubmitResult{Hash: t.EngineHash, TxHash: t.WireHash}
	if !wait {
		t.Forget()
		return out, nil
	}
	r, err := t.Wait(ctx)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return nil, api.Errorf(api.CodeTimeout, "%v", err)
		}
		return nil, chainError(err)
	}
	out.Height, out.Receipt = r.Height, r.Receipt
	return out, nil
}

// chainError maps a refusal to the API's codes.
func chainError(err error) error {
	var rj *chain.Rejected
	if errors.As(err, &rj) {
		code := api.CodeBadRequest
		switch rj.Code {
		case chain.CodeBadSig:
			code = api.CodeUnauthorized
		case chain.CodeBadSequence:
			code = api.CodeConflict
		}
		return api.Errorf(code, "%s", rj.Error())
	}
	if errors.Is(err, chain.ErrClosed) || errors.Is(err, chain.ErrBusy) {
		return api.Errorf(api.CodeUnavailable, "%v", err)
	}
	return err
}

// forwardChain sends a request to a peer of the chain network, or says
// that none is known.
func (n *Node) forwardChain(ctx context.Context, network, path string, body, out any) error {
	if n.reg == nil {
		return &chainPeerError{api.Errorf(api.CodeNotFound, "this node is on network %s and has no registry to find %s", n.network, network)}
	}
	err := n.forward(ctx, registry.KindNetwork, network, path, body, out)
	if errors.Is(err, errNoRoute) {
		return &chainPeerError{api.Errorf(api.CodeNotFound, "this node is on network %s and knows no peer of %s (%v)", n.network, network, err)}
	}
	return err
}

// errNoChainPeer matches the error of forwardChain when no peer of the
// chain is known.
var errNoChainPeer = errors.New("no peer of the chain")

type chainPeerError struct{ err *api.Error }

func (e *chainPeerError) Error() string        { return e.err.Error() }
func (e *chainPeerError) Is(target error) bool { return target == errNoChainPeer }
func (e *chainPeerError) Unwrap() error        { return e.err }

// Account implements api.ChainBackend; a request naming another chain
// network is forwarded to a peer of it.
func (n *Node) Account(ctx context.Context, addr string) (*api.Account, error) {
	if network := api.NetworkFrom(ctx); network != "" && network != n.network {
		if !strings.HasPrefix(network, "chain:") {
			return nil, api.Errorf(api.CodeBadRequest, "network %q: accounts are on chain networks (chain:<id>)", network)
		}
		var out api.Account
		if err := n.forwardChain(ctx, network, "/v1/accounts/"+url.PathEscape(addr), nil, &out); err != nil {
			return nil, err
		}
		return &out, nil
	}
	c, err := n.chainNode()
	if err != nil {
		return nil, err
	}
	return &api.Account{Address: addr, Sequence: c.App.Sequence(addr), PendingSequence: c.App.PendingSequence(addr)}, nil
}

// Blocks implements api.ChainBackend.
func (n *Node) Blocks(ctx context.Context, before int64, limit int) (*api.BlockList, error) {
	c, err := n.chainNode()
	if err != nil {
		return nil, err
	}
	bs := c.CometBFT().BlockStore()
	top := bs.Height()
	if before > 0 && before-1 < top {
		top = before - 1
	}
	out := &api.BlockList{Blocks: []api.Block{}}
	h := top
	for ; h >= max(bs.Base(), 1) && len(out.Blocks) < limit; h-- {
		b, err := n.block(c, h)
		if err != nil {
			return nil, err
		}
		out.Blocks = append(out.Blocks, *b)
	}
	if h >= max(bs.Base(), 1) {
		out.Next = h + 1
	}
	return out, nil
}

// Block implements api.ChainBackend.
func (n *Node) Block(ctx context.Context, height int64) (*api.Block, error) {
	c, err := n.chainNode()
	if err != nil {
		return nil, err
	}
	return n.block(c, height)
}

func (n *Node) block(c *chain.Node, h int64) (*api.Block, error) {
	b := c.CometBFT().BlockStore().LoadBlock(h)
	if b == nil {
		return nil, api.Errorf(api.CodeNotFound, "no block %d on this node (its blocks are %d to %d)", h, c.CometBFT().BlockStore().Base(), c.CometBFT().BlockStore().Height())
	}
	out := &api.Block{Height: h, Hash: chain.HexHash(b.Hash()), Time: b.Time.UTC(), Proposer: chain.HexHash(b.ProposerAddress),
		NumTxs: len(b.Txs), AppHash: chain.HexHash(b.AppHash), Txs: make([]string, 0, len(b.Txs))}
	for _, raw := range b.Txs {
		if tx, err := txsign.Decode(raw); err == nil {
			et := tx.EngineTx()
			out.Txs = append(out.Txs, et.Hash())
		} else {
			out.Txs = append(out.Txs, txsign.Hash(raw))
		}
	}
	return out, nil
}

// Validators implements api.ChainBackend.
func (n *Node) Validators(ctx context.Context) (*api.ValidatorList, error) {
	c, err := n.chainNode()
	if err != nil {
		return nil, err
	}
	vs, err := c.Validators(ctx)
	if err != nil {
		return nil, fmt.Errorf("validators: %w", err)
	}
	out := &api.ValidatorList{Validators: make([]api.Validator, 0, len(vs))}
	for _, v := range vs {
		out.Validators = append(out.Validators, api.Validator{Address: chain.HexHash(v.Address), PubKey: base64.StdEncoding.EncodeToString(v.PubKey.Bytes()),
			Power: v.VotingPower, ProposerPriority: v.ProposerPriority})
	}
	return out, nil
}

var _ api.ChainBackend = (*Node)(nil)

// ChainRPC is the CometBFT RPC listen address of a chain node ("" on
// other profiles).
func (n *Node) ChainRPC() string {
	if c, err := n.chainNode(); err == nil {
		return c.RPCAddress()
	}
	return ""
}
