// Package chain is the chain profile's consensus: an ABCI 2.0 application
// over the engine, run in-process under CometBFT v0.40 through a local
// client. The application decodes and authenticates signed transactions
// (package txsign), keeps the account sequences that stop replays, and
// feeds each decided block to the engine as one batch committed with the
// block's record. It imports the engine, never the node package.
//
// Block flow: CheckTx (mempool: form, signature, chain id, sequence, gas,
// size) -> FinalizeBlock (engine batch at the block's height and time;
// results and app hash) -> Commit (the batch, account sequences and the
// block record made durable together). Info reports the last committed
// block so CometBFT's handshake replays what the application missed.
package chain

import (
	"cmp"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/txsign"
)

// Result codes of CheckTx and FinalizeBlock (codespace "amigo").
const (
	CodeOK          uint32 = 0
	CodeMalformed   uint32 = 1 // cannot be decoded
	CodeBadSig      uint32 = 2 // signature does not verify
	CodeWrongChain  uint32 = 3 // signed for another chain id
	CodeBadSequence uint32 = 4 // replayed or out-of-order account sequence
	CodeGasLimit    uint32 = 5 // gas limit above the block's
	CodeReverted    uint32 = 6 // applied, but the engine reverted it (receipt has why)
	CodeBlockFull   uint32 = 7 // the block's state writes filled one store transaction: submit again
	CodeStopping    uint32 = 8 // the node is stopping (peer filter queries)
	Codespace              = "amigo"
)

// Meta keys the application keeps with the engine's state.
const (
	metaHeight  = "chain/height"
	metaAccount = "chain/acct/"
)

// Result is the outcome of one transaction of a committed block, for
// whoever waits on it: Receipt is set when the engine applied it
// (succeeded or reverted), Err when FinalizeBlock refused it.
type Result struct {
	WireHash string // txsign.Hash of the bytes
	Height   int64
	Receipt  *engine.Receipt
	Code     uint32
	Err      error
}

// App is the ABCI application. CometBFT calls it concurrently: the
// consensus calls (InitChain, PrepareProposal, FinalizeBlock, Commit) one
// at a time, queries beside them, and CheckTx from many goroutines at once
// (see clientCreator), never during Commit (the mempool is locked then).
// CheckTx shares only the sequence and signature tables, under mu.
type App struct {
	abci.BaseApplication
	e       *engine.Engine
	chainID string

	// OnCommit, if set, receives each committed block's results, in
	// order, before Commit returns. OnDrop receives the mempool's
	// transactions that a recheck after a block rejected (they will not be
	// committed). Both must not block for long.
	OnCommit func(height int64, rs []Result)
	OnDrop   func(wireHash string, code uint32, reason string)

	mu       sync.Mutex
	pending  map[string]uint64   // mempool: next sequence per signer, beyond the committed one
	verified map[string]struct{} // wire hashes whose signature CheckTx verified
	maxGas   int64               // block gas limit from the consensus params (-1: none)

	// the block between FinalizeBlock and Commit
	batch   *engine.Batch
	blkSeqs map[string]uint64
	results []Result
	height  int64

	// stopping refuses new peer connections while the node stops (the
	// peer filter queries below).
	stopping atomic.Bool
}

var _ abci.Application = (*App)(nil)

// NewApp makes the application over e for the chain chainID.
func NewApp(e *engine.Engine, chainID string) *App {
	return &App{e: e, chainID: chainID, pending: map[string]uint64{}, verified: map[string]struct{}{}, maxGas: -1}
}

// Height is the last committed block height (0 before the first).
func (a *App) Height() int64 {
	b, err := a.e.Meta(metaHeight)
	if err != nil {
		return 0
	}
	h, _ := strconv.ParseInt(string(b), 10, 64)
	return h
}

// AppHash is the app hash after the last committed block: the engine's
// state hash as bytes (empty before any transaction).
func (a *App) AppHash() []byte { return appHash(a.e.Head().StateHash) }

func appHash(stateHash string) []byte {
	b, _ := hex.DecodeString(stateHash)
	return b
}

// Sequence is the next sequence the account must sign with, from the
// committed state.
func (a *App) Sequence(addr string) uint64 {
	b, err := a.e.Meta(metaAccount + addr)
	if err != nil || len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// PendingSequence is the next sequence counting the account's
// transactions waiting in this node's mempool.
func (a *App) PendingSequence(addr string) uint64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	if s, ok := a.pending[addr]; ok {
		return s
	}
	return a.Sequence(addr)
}

// Info implements abci.Application: the last committed block, so the
// handshake replays the blocks after it.
func (a *App) Info(context.Context, *abci.RequestInfo) (*abci.ResponseInfo, error) {
	return &abci.ResponseInfo{Data: "amigo", Version: "1", AppVersion: 1, LastBlockHeight: a.Height(), LastBlockAppHash: a.AppHash()}, nil
}

// InitChain implements abci.Application.
func (a *App) InitChain(_ context.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	if req.ChainId != a.chainID {
		return nil, fmt.Errorf("chain: genesis chain id %q, the node was started for %q", req.ChainId, a.chainID)
	}
	if req.ConsensusParams != nil && req.ConsensusParams.Block != nil {
		a.mu.Lock()
		a.maxGas = req.ConsensusParams.Block.MaxGas
		a.mu.Unlock()
	}
	return &abci.ResponseInitChain{AppHash: a.AppHash()}, nil
}

// check decodes and authenticates raw; it does not look at sequences.
func (a *App) check(raw []byte, verify bool) (*txsign.Tx, uint32, error) {
	tx, err := txsign.Decode(raw)
	if err != nil {
		return nil, CodeMalformed, err
	}
	if tx.ChainID != a.chainID {
		return nil, CodeWrongChain, fmt.Errorf("signed for chain %q, this is chain %q", tx.ChainID, a.chainID)
	}
	a.mu.Lock()
	maxGas := a.maxGas
	a.mu.Unlock()
	if g := effectiveGas(tx); maxGas > 0 && g > maxGas {
		return nil, CodeGasLimit, fmt.Errorf("gas limit %d exceeds the block gas limit %d (a transaction's limit 0 means the engine's default, %d)", g, maxGas, defaultGas)
	}
	if verify {
		if err := tx.Verify(); err != nil {
			return nil, CodeBadSig, err
		}
	}
	return tx, CodeOK, nil
}

// defaultGas is the engine's gas limit for a transaction that sets none
// (vm.Config's default MaxGas).
const defaultGas = 1_000_000_000

func effectiveGas(tx *txsign.Tx) int64 {
	if tx.GasLimit == 0 {
		return defaultGas
	}
	return int64(tx.GasLimit)
}

func seqError(signer string, got, want uint64) error {
	if got < want {
		return fmt.Errorf("sequence %d of %s was already used (replay); the next is %d", got, signer, want)
	}
	return fmt.Errorf("sequence %d of %s skips ahead; the next is %d (transactions of one account are applied in sequence order)", got, signer, want)
}

// CheckTx implements abci.Application: a new transaction must carry the
// signer's next sequence counting those already in the mempool; a
// recheck after a block re-runs the same checks against the new state.
func (a *App) CheckTx(_ context.Context, req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	wh := txsign.Hash(req.Tx)
	a.mu.Lock()
	_, known := a.verified[wh]
	a.mu.Unlock()
	tx, code, err := a.check(req.Tx, !known)
	if err != nil {
		return a.refuse(wh, req.Type, code, err), nil
	}
	signer := tx.Signer()
	a.mu.Lock()
	want, ok := a.pending[signer]
	if !ok {
		want = a.Sequence(signer)
	}
	good := tx.Sequence == want
	if req.Type == abci.CheckTxType_Recheck {
		// The mempool may hold a signer's transactions out of order (see
		// PrepareProposal): a recheck drops replays only.
		committed := a.Sequence(signer)
		good, want = tx.Sequence >= committed, committed
	}
	if good {
		a.pending[signer] = max(a.pending[signer], tx.Sequence+1)
		if len(a.verified) >= 1<<20 { // bounded: entries of evicted transactions would pile up
			clear(a.verified)
		}
		a.verified[wh] = struct{}{}
	} else {
		delete(a.verified, wh)
	}
	a.mu.Unlock()
	if !good {
		return a.refuse(wh, req.Type, CodeBadSequence, seqError(signer, tx.Sequence, want)), nil
	}
	return &abci.ResponseCheckTx{Code: CodeOK, GasWanted: effectiveGas(tx)}, nil
}

func (a *App) refuse(wh string, typ abci.CheckTxType, code uint32, err error) *abci.ResponseCheckTx {
	if typ == abci.CheckTxType_Recheck && a.OnDrop != nil {
		a.OnDrop(wh, code, err.Error())
	}
	return &abci.ResponseCheckTx{Code: code, Log: err.Error(), Codespace: Codespace}
}

// PrepareProposal implements abci.Application: the proposer puts each
// signer's transactions in sequence order and leaves out those that
// cannot apply after the committed state (a gap in the sequence, bytes
// that do not decode). The mempool may hold one signer's transactions out
// of order: CheckTx answers on concurrent connections are inserted in the
// order they return. What is left out stays in the mempool, where the
// recheck after the block drops it (and tells its submitter) or keeps it
// for a later block.
func (a *App) PrepareProposal(_ context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	type item struct {
		raw []byte
		seq uint64
	}
	var order []string
	bySigner := map[string][]item{}
	for _, raw := range req.Txs {
		tx, err := txsign.Decode(raw)
		if err != nil || tx.ChainID != a.chainID {
			continue
		}
		s := tx.Signer()
		if _, ok := bySigner[s]; !ok {
			order = append(order, s)
		}
		bySigner[s] = append(bySigner[s], item{raw, tx.Sequence})
	}
	out := make([][]byte, 0, len(req.Txs))
	var size int64
	for _, s := range order {
		items := bySigner[s]
		slices.SortStableFunc(items, func(x, y item) int { return cmp.Compare(x.seq, y.seq) })
		next := a.Sequence(s)
		for _, it := range items {
			if it.seq != next {
				continue // a replay (skip it) or a gap (nothing after it can apply)
			}
			if size+int64(len(it.raw)) > req.MaxTxBytes {
				break
			}
			size += int64(len(it.raw))
			out = append(out, it.raw)
			next++
		}
	}
	return &abci.ResponsePrepareProposal{Txs: out}, nil
}

// ProcessProposal implements abci.Application: a proposal is accepted
// whatever its transactions; a bad one is refused with a code in
// FinalizeBlock, so every node reaches the same verdict from the block.
func (a *App) ProcessProposal(context.Context, *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

// FinalizeBlock implements abci.Application: the block's transactions run
// through the engine, in order, at the block's height and time, into one
// batch that Commit makes durable.
func (a *App) FinalizeBlock(_ context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	if a.batch != nil { // a block finalized but not committed: redo it
		a.batch.Discard()
		a.batch = nil
	}
	blk := engine.Block{Height: req.Height, Time: req.Time.UTC(), ChainID: a.chainID}
	b := a.e.Begin()
	a.batch, a.blkSeqs, a.results, a.height = b, map[string]uint64{}, make([]Result, 0, len(req.Txs)), req.Height
	out := make([]*abci.ExecTxResult, len(req.Txs))
	for i, raw := range req.Txs {
		wh := txsign.Hash(raw)
		if b.Full() {
			// The block's writes fill what one store transaction holds;
			// every validator stops at the same transaction (Full depends
			// only on what the block applied), and the rest are refused
			// without touching their accounts' sequences.
			err := errors.New("the block's state writes reached what one block may hold; submit the transaction again")
			out[i] = &abci.ExecTxResult{Code: CodeBlockFull, Log: err.Error(), Codespace: Codespace}
			a.results = append(a.results, Result{WireHash: wh, Height: req.Height, Code: CodeBlockFull, Err: err})
			continue
		}
		a.mu.Lock()
		_, known := a.verified[wh]
		delete(a.verified, wh)
		a.mu.Unlock()
		tx, code, err := a.check(raw, !known)
		if err == nil {
			signer := tx.Signer()
			want, ok := a.blkSeqs[signer]
			if !ok {
				want = a.Sequence(signer)
			}
			if tx.Sequence != want {
				code, err = CodeBadSequence, seqError(signer, tx.Sequence, want)
			} else {
				a.blkSeqs[signer] = want + 1
			}
		}
		if err != nil {
			out[i] = &abci.ExecTxResult{Code: code, Log: err.Error(), Codespace: Codespace}
			a.results = append(a.results, Result{WireHash: wh, Height: req.Height, Code: code, Err: err})
			continue
		}
		rc, err := b.Apply(tx.EngineTx(), blk)
		if err != nil {
			// The store failed: this node cannot go on with this block.
			b.Discard()
			a.batch = nil
			return nil, fmt.Errorf("chain: block %d tx %d: %w", req.Height, i, err)
		}
		out[i] = execResult(rc, effectiveGas(tx))
		a.results = append(a.results, Result{WireHash: wh, Height: req.Height, Receipt: rc, Code: out[i].Code})
	}
	if err := b.EndBlock(blk); err != nil {
		b.Discard()
		a.batch = nil
		return nil, fmt.Errorf("chain: end block %d: %w", req.Height, err)
	}
	for addr, s := range a.blkSeqs {
		if err := b.SetMeta(metaAccount+addr, binary.BigEndian.AppendUint64(nil, s)); err != nil {
			return nil, fmt.Errorf("chain: block %d: %w", req.Height, err)
		}
	}
	if err := b.SetMeta(metaHeight, []byte(strconv.FormatInt(req.Height, 10))); err != nil {
		return nil, fmt.Errorf("chain: block %d: %w", req.Height, err)
	}
	return &abci.ResponseFinalizeBlock{TxResults: out, AppHash: appHash(b.Head().StateHash)}, nil
}

// ReceiptData is the Data of a transaction's result in a block: its
// engine hash and outcome, for standard CometBFT tools.
type ReceiptData struct {
	Hash      string          `json:"hash"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     string          `json:"error,omitempty"`
	StateHash string          `json:"state_hash"`
}

func execResult(rc *engine.Receipt, gasWanted int64) *abci.ExecTxResult {
	data, _ := json.Marshal(ReceiptData{Hash: rc.Hash, Result: rc.Result, Error: rc.Error, StateHash: rc.StateHash})
	r := &abci.ExecTxResult{Data: data, GasWanted: gasWanted, GasUsed: rc.GasUsed}
	if !rc.OK() {
		r.Code, r.Log, r.Codespace = CodeReverted, rc.Error, Codespace
	}
	r.Events = append(r.Events, abci.Event{Type: "amigo.tx", Attributes: []abci.EventAttribute{
		{Key: "hash", Value: rc.Hash, Index: true}, {Key: "caller", Value: rc.Caller},
		{Key: "package", Value: rc.Package}, {Key: "func", Value: rc.Func},
	}})
	for _, ev := range rc.Events {
		e := abci.Event{Type: "amigo." + ev.Type, Attributes: []abci.EventAttribute{{Key: "pkg", Value: ev.Pkg}}}
		for i := 0; i+1 < len(ev.List); i += 2 {
			e.Attributes = append(e.Attributes, abci.EventAttribute{Key: ev.List[i], Value: ev.List[i+1]})
		}
		r.Events = append(r.Events, e)
	}
	return r
}

// Commit implements abci.Application: the finalized block's batch, its
// account sequences and block record become durable together.
func (a *App) Commit(context.Context, *abci.RequestCommit) (*abci.ResponseCommit, error) {
	if a.batch == nil {
		return nil, errors.New("chain: commit without a finalized block")
	}
	if err := a.batch.Commit(); err != nil {
		a.batch = nil
		return nil, err
	}
	a.batch = nil
	// The mempool's view restarts from the committed state; the recheck
	// that follows rebuilds it from the transactions still waiting.
	a.mu.Lock()
	clear(a.pending)
	a.mu.Unlock()
	if a.OnCommit != nil {
		a.OnCommit(a.height, a.results)
	}
	a.results, a.blkSeqs = nil, nil
	return &abci.ResponseCommit{}, nil
}

// QueryRequest is the Data of a "/query" ABCI query (JSON).
type QueryRequest struct {
	Package string   `json:"package"`
	Func    string   `json:"func"`
	Args    []string `json:"args,omitempty"`
	Caller  string   `json:"caller,omitempty"`
}

// Query implements abci.Application. Paths: "/query" (Data: a JSON
// QueryRequest; Value: the receipt as JSON), "/render" (Data: JSON
// {"package","path"}; Value: the markdown), "/account/<address>" (Value:
// the next sequence, decimal), "/head" (Value: the engine head as JSON).
func (a *App) Query(_ context.Context, req *abci.RequestQuery) (*abci.ResponseQuery, error) {
	fail := func(code uint32, format string, args ...any) (*abci.ResponseQuery, error) {
		return &abci.ResponseQuery{Code: code, Log: fmt.Sprintf(format, args...), Codespace: Codespace}, nil
	}
	if strings.HasPrefix(req.Path, "/p2p/filter/") {
		// CometBFT's peer filters (config filter_peers, which Start
		// turns on): a connection that a dial begun before Stop completes
		// afterwards must be closed, not left open and unread. The peer
		// at the other end would keep it as this node for a minute and
		// refuse this node's next start as a duplicate.
		if a.stopping.Load() {
			return fail(CodeStopping, "the node is stopping: no new peers")
		}
		return &abci.ResponseQuery{}, nil
	}
	h := a.e.Head().Height
	switch {
	case req.Path == "/query":
		var q QueryRequest
		if err := json.Unmarshal(req.Data, &q); err != nil {
			return fail(CodeMalformed, "query data: want JSON {\"package\",\"func\",\"args\"}: %v", err)
		}
		rc := a.e.Query(engine.Tx{Kind: engine.KindCall, Caller: q.Caller, Package: q.Package, Func: q.Func, Args: q.Args})
		v, _ := json.Marshal(rc)
		r := &abci.ResponseQuery{Value: v, Height: h}
		if !rc.OK() {
			r.Code, r.Log, r.Codespace = CodeReverted, rc.Error, Codespace
		}
		return r, nil
	case req.Path == "/render":
		var q struct{ Package, Path string }
		if err := json.Unmarshal(req.Data, &q); err != nil {
			return fail(CodeMalformed, "render data: want JSON {\"package\",\"path\"}: %v", err)
		}
		md, rc := a.e.Render(q.Package, q.Path)
		if !rc.OK() {
			return fail(CodeReverted, "%s", rc.Error)
		}
		return &abci.ResponseQuery{Value: []byte(md), Height: h}, nil
	case len(req.Path) > len("/account/") && req.Path[:len("/account/")] == "/account/":
		addr := req.Path[len("/account/"):]
		return &abci.ResponseQuery{Value: []byte(strconv.FormatUint(a.Sequence(addr), 10)), Height: h}, nil
	case req.Path == "/head":
		v, _ := json.Marshal(a.e.Head())
		return &abci.ResponseQuery{Value: v, Height: h}, nil
	}
	return fail(CodeMalformed, "unknown query path %q (want /query, /render, /account/<address> or /head)", req.Path)
}

// Close drops a block finalized but not committed (CometBFT stopped
// between the two): it is not durable, and the handshake at the next
// start replays it.
func (a *App) Close() {
	if a.batch != nil {
		a.batch.Discard()
		a.batch = nil
	}
}

// SetMaxGas sets the block gas limit (the genesis consensus params'
// block.max_gas; -1 or 0: none) for a node restarted past InitChain.
func (a *App) SetMaxGas(g int64) {
	a.mu.Lock()
	a.maxGas = g
	a.mu.Unlock()
}
