// Package engine applies ordered transactions (deploy, call) to the store
// with the VM, and answers queries and renders against the committed
// state. It is deterministic and knows nothing of HTTP, libp2p or
// consensus: sequencers (local, Raft, CometBFT) feed it transactions in
// order, each with the context (height, time) the sequencer fixed.
//
// Store layout (one Badger database, prefixed by subsystem):
//
//	"v" ...        VM state (see package vm)
//	"p" path       package metadata and source (JSON)
//	"q" path       package metadata without source, for lists
//	"t" hash       receipt of a transaction (JSON)
//	"h" seq        hash of the transaction at that position in the order
//	"s"            head: height, seq and state hash
//	"m" key        sequencers' own records (Batch.SetMeta)
//
// The state hash is chained: after transaction n it is
// sha256(previous hash || tx hash || every state write of the transaction,
// sorted by key), so two nodes that applied the same transactions hold the
// same value.
package engine

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

// Kind is a transaction kind.
type Kind string

const (
	KindDeploy Kind = "deploy"
	KindCall   Kind = "call"
)

// Tx is a transaction as the engine applies it.
type Tx struct {
	Kind    Kind      `json:"kind"`
	Caller  string    `json:"caller"`
	Package string    `json:"package"`
	Files   []vm.File `json:"files,omitempty"` // deploy
	Func    string    `json:"func,omitempty"`  // call
	Args    []string  `json:"args,omitempty"`  // call
	// GasLimit bounds the gas of the transaction; 0 means the engine's
	// default (vm.Config.MaxGas).
	GasLimit int64 `json:"gas_limit,omitempty"`
	// Nonce distinguishes otherwise identical transactions.
	Nonce uint64 `json:"nonce,omitempty"`
}

// Block is the context a sequencer fixes for a transaction.
type Block struct {
	Height  int64
	Time    time.Time
	ChainID string
}

// Event is an amigo.Emit call recorded in a receipt.
type Event struct {
	Pkg   string            `json:"pkg"`
	Type  string            `json:"type"`
	Attrs map[string]string `json:"attrs,omitempty"`
	// List keeps the attributes in emission order (key, value, ...).
	List []string `json:"list,omitempty"`
}

// Receipt is the outcome of a transaction, a query or a render.
type Receipt struct {
	Hash      string          `json:"hash,omitempty"`
	Height    int64           `json:"height,omitempty"`
	Seq       int64           `json:"seq,omitempty"` // position in the node's transaction order
	Time      time.Time       `json:"time,omitzero"`
	Kind      Kind            `json:"kind"`
	Caller    string          `json:"caller,omitempty"`
	Package   string          `json:"package"`
	Func      string          `json:"func,omitempty"`
	Args      []string        `json:"args,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     string          `json:"error,omitempty"`
	ErrorKind string          `json:"error_kind,omitempty"` // check, args, panic, out_of_gas, error, state, ...
	Pos       string          `json:"pos,omitempty"`        // file:line:col of the failure in the contract
	GasUsed   int64           `json:"gas_used"`
	Events    []Event         `json:"events,omitempty"`
	StateHash string          `json:"state_hash,omitempty"`
	// Writes and WriteBytes count the state records the transaction wrote.
	Writes     int64 `json:"writes,omitempty"`
	WriteBytes int64 `json:"write_bytes,omitempty"`
	// ServedBy is the peer ID of the node that executed the request, set
	// by the node on the receipt it answers with (a call may have been
	// forwarded to another peer). The engine never sets it, so stored
	// receipts never carry it.
	ServedBy string `json:"served_by,omitempty"`
}

// OK reports whether the transaction succeeded.
func (r *Receipt) OK() bool { return r.Error == "" }

// PackageInfo is what the engine keeps of a deployed package.
type PackageInfo struct {
	Path     string        `json:"path"`
	Address  string        `json:"address"`
	Name     string        `json:"name"`
	Doc      string        `json:"doc,omitempty"`
	Files    []vm.File     `json:"files"`
	Funcs    []vm.FuncInfo `json:"funcs"`
	Imports  []string      `json:"imports,omitempty"`
	Deployer string        `json:"deployer,omitempty"`
	Height   int64         `json:"height"`
	Time     time.Time     `json:"time,omitzero"`
	TxHash   string        `json:"tx_hash,omitempty"`
}

// Head is the engine's position: the last applied height, its time and
// chain, and the state hash.
type Head struct {
	// Height is the block height of the last transaction or block; Seq
	// counts the transactions applied (on the dev profile every
	// transaction is a block, so the two are equal).
	Height    int64     `json:"height"`
	Seq       int64     `json:"seq,omitempty"`
	Time      time.Time `json:"time,omitzero"`
	ChainID   string    `json:"chain_id,omitempty"`
	StateHash string    `json:"state_hash"`
	TxHash    string    `json:"tx_hash,omitempty"`
}

// Config configures an engine. The zero value is usable.
type Config struct {
	// VM holds the VM limits; MaxGas is the default and maximum gas of a
	// transaction.
	VM vm.Config
	// QueryGas is the gas limit of queries and renders (default VM.MaxGas).
	QueryGas int64
	// MaxTxWrites and MaxTxWriteBytes bound the state records one
	// transaction may write and their bytes (keys and values; defaults
	// 16,384 and 2 MiB). A transaction beyond them is reverted, so no
	// contract can make a store transaction too big to commit.
	MaxTxWrites     int
	MaxTxWriteBytes int64
}

// Defaults of Config's write bounds.
const (
	DefaultMaxTxWrites     = 16384
	DefaultMaxTxWriteBytes = 2 << 20
)

// Engine applies transactions. Apply calls must come from one sequencer,
// in order; Query and Render may be called concurrently with it.
type Engine struct {
	st      store.Store
	cfg     Config
	applyMu sync.Mutex // one batch at a time
	mu      sync.Mutex // head and progs
	progs   map[string]*pool
	head    Head
	// deployed remembers the packages found deployed (a package, once
	// deployed, stays): routing asks for each call.
	deployed sync.Map
}

// pool holds idle compiled instances of one package: a call takes one for
// itself (a program's variables are its own during a call), so queries run
// in parallel with each other and with the sequencer.
type pool struct {
	mu   sync.Mutex
	idle []*program
}

// Errors callers test for.
var (
	ErrNotDeployed = errors.New("package not deployed")
	ErrExists      = errors.New("package already deployed")
)

var headKey = []byte("s")

// New opens an engine over st, finding the head it left.
func New(st store.Store, cfg Config) (*Engine, error) {
	if cfg.VM.MaxGas <= 0 {
		cfg.VM.MaxGas = 1_000_000_000
	}
	if cfg.QueryGas <= 0 {
		cfg.QueryGas = cfg.VM.MaxGas
	}
	if cfg.MaxTxWrites <= 0 {
		cfg.MaxTxWrites = DefaultMaxTxWrites
	}
	if cfg.MaxTxWriteBytes <= 0 {
		cfg.MaxTxWriteBytes = DefaultMaxTxWriteBytes
	}
	e := &Engine{st: st, cfg: cfg, progs: map[string]*pool{}}
	txn := st.NewTxn(false)
	defer txn.Discard()
	b, err := txn.Get(headKey)
	switch {
	case errors.Is(err, store.ErrNotFound):
		e.head.StateHash = hex.EncodeToString(make([]byte, 32))
	case err != nil:
		return nil, fmt.Errorf("engine: read head: %w", err)
	default:
		if err := json.Unmarshal(b, &e.head); err != nil {
			return nil, fmt.Errorf("engine: corrupt head: %w", err)
		}
		if e.head.Seq == 0 {
			e.head.Seq = e.head.Height // stores written before Seq
		}
	}
	return e, nil
}

// Head returns the last applied height and state hash.
func (e *Engine) Head() Head {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.head
}

// Hash is the transaction's hash: sha256 of its canonical JSON.
func (tx *Tx) Hash() string {
	b, _ := json.Marshal(tx)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Apply executes tx at blk and commits its writes with its receipt: a
// batch of one.
func (e *Engine) Apply(tx Tx, blk Block) (*Receipt, error) {
	rcs, err := e.ApplyBatch([]Tx{tx}, []Block{blk})
	if err != nil {
		return nil, err
	}
	return rcs[0], nil
}

// ApplyBatch executes transactions in order, each at its block, and
// commits all their writes and receipts in one store transaction (one
// fsync for the batch when the store syncs), or in several when they
// write more than one store transaction holds (see Batch.Full). A transaction that fails
// (check error, bad arguments, panic, out of gas, returned error) leaves
// the state unchanged but still gets a receipt and a height; a replayed
// transaction gets a receipt with error kind "duplicate" and no height.
// The error result is for store failures only: then nothing of the batch
// was written and the engine must be reopened before it is fed again.
func (e *Engine) ApplyBatch(txs []Tx, blks []Block) ([]*Receipt, error) {
	b := e.Begin()
	defer func() { b.Discard() }()
	rcs := make([]*Receipt, len(txs))
	for i, tx := range txs {
		if b.Full() {
			// Too much for one store transaction: commit what is
			// there and go on in another.
			if err := b.Commit(); err != nil {
				return nil, err
			}
			b = e.Begin()
		}
		rc, err := b.Apply(tx, blks[i])
		if err != nil {
			return nil, err
		}
		rcs[i] = rc
	}
	if err := b.Commit(); err != nil {
		return nil, err
	}
	return rcs, nil
}

// Batch is a group of transactions (a block, a Raft log entry, a local
// group commit) applied in order into one store transaction and made
// durable together by Commit. Until then nothing is visible to queries.
// One batch runs at a time: Begin waits for the previous one to end.
type Batch struct {
	e    *Engine
	txn  store.Txn
	head Head
	done bool
	// moved: the head changed and is written at Commit (once for the
	// batch, not once per transaction).
	moved bool
	// writes and bytes count what the batch wrote, to tell when it is full.
	writes int
	bytes  int64
}

// Full reports whether another transaction might not fit in the batch's
// store transaction: the bytes and records written so far, plus the most
// one transaction may write (Config.MaxTxWrites, MaxTxWriteBytes) and its
// receipt, pass half the store's limits (Badger counts more than keys and
// values). It depends only on what the batch applied, so every node that
// applies the same transactions finds a batch full at the same one.
func (b *Batch) Full() bool {
	c := b.e.cfg
	return b.writes > 0 && (b.bytes+c.MaxTxWriteBytes+receiptAllowance > store.MaxTxnBytes/2 ||
		b.writes+c.MaxTxWrites+3 > store.MaxTxnWrites/2)
}

// receiptAllowance bounds the bytes of the next transaction's receipt, the
// head and the index record beside its state writes.
const receiptAllowance = 256 << 10

// metaPrefix keys the sequencers' own records (see Batch.SetMeta).
const metaPrefix = "m"

// Begin starts a batch at the engine's head. The caller must Commit or
// Discard it.
func (e *Engine) Begin() *Batch {
	e.applyMu.Lock()
	return &Batch{e: e, txn: e.st.NewTxn(true), head: e.Head()}
}

// Apply executes tx at blk into the batch. blk.Height 0 means the next
// height (one transaction per block, as the dev profile does); otherwise
// it must not be below the batch's height, so the transactions of one
// block share it. The error is for store failures only (see ApplyBatch).
func (b *Batch) Apply(tx Tx, blk Block) (*Receipt, error) {
	if b.done {
		return nil, errors.New("engine: batch already ended")
	}
	return b.applyOne(tx, blk)
}

// EndBlock records that the block blk is complete, even if it had no
// transactions: the head moves to its height and time (a chain's empty
// blocks advance amigo.Height for later queries).
func (b *Batch) EndBlock(blk Block) error {
	if blk.Height < b.head.Height {
		return fmt.Errorf("engine: block %d is below the head %d", blk.Height, b.head.Height)
	}
	b.head.Height, b.head.Time, b.head.ChainID = blk.Height, blk.Time.UTC(), blk.ChainID
	b.moved = true
	return nil
}

// Head is the head the batch would commit: its state hash is a chain's
// app hash.
func (b *Batch) Head() Head { return b.head }

// SetMeta writes a sequencer's own record (the last Raft index applied,
// the last block committed) in the same store transaction as the
// batch's state, so the two can never disagree after a crash.
func (b *Batch) SetMeta(key string, value []byte) error {
	return b.txn.Set(append([]byte(metaPrefix), key...), value)
}

// Commit makes the batch durable and moves the engine's head.
func (b *Batch) Commit() error {
	if b.done {
		return errors.New("engine: batch already ended")
	}
	b.done = true
	defer b.e.applyMu.Unlock()
	defer b.txn.Discard()
	if b.moved {
		hb, _ := json.Marshal(b.head)
		if err := b.txn.Set(headKey, hb); err != nil {
			return fmt.Errorf("engine: write the head at height %d: %w", b.head.Height, err)
		}
	}
	if err := b.txn.Commit(); err != nil {
		return fmt.Errorf("engine: commit up to height %d: %w", b.head.Height, err)
	}
	b.e.mu.Lock()
	b.e.head = b.head
	b.e.mu.Unlock()
	return nil
}

// Discard drops a batch that was not committed; after Commit it does
// nothing.
func (b *Batch) Discard() {
	if b.done {
		return
	}
	b.done = true
	b.txn.Discard()
	b.e.applyMu.Unlock()
}

// Meta reads a sequencer's record written with Batch.SetMeta;
// store.ErrNotFound if there is none.
func (e *Engine) Meta(key string) ([]byte, error) {
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	return txn.Get(append([]byte(metaPrefix), key...))
}

// applyOne runs one transaction into the batch, advances its head and
// counts what it wrote.
func (b *Batch) applyOne(tx Tx, blk Block) (*Receipt, error) {
	e, batch, head := b.e, b.txn, &b.head
	hash := tx.Hash()
	if blk.Height <= 0 {
		blk.Height = head.Height + 1
	}
	if blk.Height < head.Height {
		return nil, fmt.Errorf("engine: height %d is below the head %d", blk.Height, head.Height)
	}
	if b, err := batch.Get(append([]byte("t"), hash...)); err == nil {
		// A replay: the same transaction again. Nothing is applied.
		var prev Receipt
		json.Unmarshal(b, &prev)
		return &Receipt{Hash: hash, Kind: tx.Kind, Caller: tx.Caller, Package: tx.Package, Func: tx.Func, Args: tx.Args,
			Error: fmt.Sprintf("transaction %s was already applied at height %d", hash, prev.Height), ErrorKind: "duplicate"}, nil
	}
	seq := head.Seq + 1
	rc := &Receipt{Hash: hash, Height: blk.Height, Seq: seq, Time: blk.Time.UTC(), Kind: tx.Kind, Caller: tx.Caller, Package: tx.Package, Func: tx.Func, Args: tx.Args}
	rec := newRecorder(batch)
	ctx := &vm.Context{Caller: tx.Caller, Origin: tx.Caller, Height: blk.Height, Time: blk.Time, ChainID: blk.ChainID, Seed: seedOf(hash, blk.Height)}
	var ok bool
	switch tx.Kind {
	case KindDeploy:
		ok = e.deploy(rec, tx, blk, ctx, rc)
	case KindCall:
		ok = e.call(rec, tx, ctx, rc, true)
	default:
		rc.Error, rc.ErrorKind = fmt.Sprintf("unknown transaction kind %q", tx.Kind), "tx"
	}
	if rec.err != nil {
		return nil, rec.err
	}
	if ok && (len(rec.writes) > e.cfg.MaxTxWrites || rec.bytes > e.cfg.MaxTxWriteBytes) {
		rc.Error = fmt.Sprintf("the transaction writes %d state records of %d bytes; one transaction may write at most %d records and %d bytes",
			len(rec.writes), rec.bytes, e.cfg.MaxTxWrites, e.cfg.MaxTxWriteBytes)
		rc.ErrorKind, rc.Result = "state", nil
		ok = false
	}
	if !ok {
		// Revert: only the receipt is written; events of a reverted call
		// did not happen.
		rc.Events = nil
		rec = newRecorder(batch)
	}
	if err := rec.flush(); err != nil {
		return nil, err
	}
	rc.Writes, rc.WriteBytes = int64(len(rec.writes)), rec.bytes
	next := Head{Height: blk.Height, Seq: seq, Time: blk.Time.UTC(), ChainID: blk.ChainID, TxHash: hash, StateHash: chainHash(head.StateHash, hash, rec.writes)}
	rc.StateHash = next.StateHash
	rb, _ := json.Marshal(rc)
	for _, w := range []struct{ k, v []byte }{
		{append([]byte("t"), hash...), rb},
		{seqKey(seq), []byte(hash)},
	} {
		if err := batch.Set(w.k, w.v); err != nil {
			return nil, fmt.Errorf("engine: write receipt: %w", err)
		}
	}
	b.writes += len(rec.writes) + 2
	b.bytes += rec.bytes + int64(len(rb)+2*len(hash)+16)
	*head = next
	b.moved = true
	return rc, nil
}

// seqKey indexes transactions by their position in the order.
func seqKey(seq int64) []byte { return binary.BigEndian.AppendUint64([]byte("h"), uint64(seq)) }

// seedOf seeds amigo.Rand: from the transaction's hash and height, so
// every node draws the same numbers and no two transactions do.
func seedOf(hash string, height int64) uint64 {
	sum := sha256.Sum256(binary.BigEndian.AppendUint64([]byte(hash), uint64(height)))
	return binary.BigEndian.Uint64(sum[:8])
}

// chainHash folds a transaction's state writes into the state hash.
func chainHash(prev, txHash string, writes map[string][]byte) string {
	h := sha256.New()
	p, _ := hex.DecodeString(prev)
	h.Write(p)
	h.Write([]byte(txHash))
	keys := make([]string, 0, len(writes))
	for k := range writes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var n [8]byte
	for _, k := range keys {
		v := writes[k]
		binary.BigEndian.PutUint64(n[:], uint64(len(k)))
		h.Write(n[:])
		h.Write([]byte(k))
		if v == nil {
			h.Write([]byte{0})
			continue
		}
		h.Write([]byte{1})
		binary.BigEndian.PutUint64(n[:], uint64(len(v)))
		h.Write(n[:])
		h.Write(v)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// recorder is one transaction's view of the batch: its writes stay in an
// overlay, read through, until flush moves them into the batch (on
// success) or they are dropped (revert). It records them for the state
// hash and gives the VM its prefixed view.
type recorder struct {
	base   store.Txn
	writes map[string][]byte // nil value: deleted
	bytes  int64
	err    error // first store failure
}

func newRecorder(base store.Txn) *recorder {
	return &recorder{base: base, writes: map[string][]byte{}}
}

// Get implements store.Reader through the overlay.
func (r *recorder) Get(k []byte) ([]byte, error) {
	if v, ok := r.writes[string(k)]; ok {
		if v == nil {
			return nil, store.ErrNotFound
		}
		return bytes.Clone(v), nil
	}
	return r.base.Get(k)
}

// Iterate implements store.Reader (ascending, from the prefix's start,
// only) through the overlay.
func (r *recorder) Iterate(prefix, start []byte, reverse bool, fn func(k, v []byte) bool) error {
	if reverse || len(start) > 0 {
		return errors.New("engine: overlay iterates forward from the prefix only")
	}
	var mine []string
	for k := range r.writes {
		if strings.HasPrefix(k, string(prefix)) {
			mine = append(mine, k)
		}
	}
	slices.Sort(mine)
	i, stop := 0, false
	// emit overlay keys below limit (all when limit is nil)
	emit := func(limit []byte) {
		for ; i < len(mine) && !stop && (limit == nil || mine[i] < string(limit)); i++ {
			if v := r.writes[mine[i]]; v != nil {
				stop = !fn([]byte(mine[i]), v)
			}
		}
	}
	err := r.base.Iterate(prefix, nil, false, func(k, v []byte) bool {
		emit(k)
		if stop {
			return false
		}
		if _, ok := r.writes[string(k)]; ok {
			return true // overridden (emitted from the overlay) or deleted
		}
		stop = !fn(k, v)
		return !stop
	})
	if err != nil {
		return err
	}
	emit(nil)
	return nil
}

func (r *recorder) set(k, v []byte) error {
	if len(k) == 0 || len(k) > store.MaxKeySize || len(v) > store.MaxValueSize {
		return fmt.Errorf("engine: record of %d bytes under a key of %d bytes is beyond the store's limits", len(v), len(k))
	}
	r.writes[string(k)] = bytes.Clone(v)
	r.bytes += int64(len(k) + len(v))
	return nil
}

func (r *recorder) del(k []byte) error {
	r.writes[string(k)] = nil
	return nil
}

// flush moves the overlay into the batch, in key order.
func (r *recorder) flush() error {
	keys := make([]string, 0, len(r.writes))
	for k := range r.writes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		var err error
		if v := r.writes[k]; v == nil {
			err = r.base.Delete([]byte(k))
		} else {
			err = r.base.Set([]byte(k), v)
		}
		if err != nil {
			return fmt.Errorf("engine: write state: %w", err)
		}
	}
	return nil
}

// vmKV is the VM's view: keys under the "v" prefix.
type vmKV struct{ r *recorder }

func (kv vmKV) key(k []byte) []byte { return append([]byte{'v'}, k...) }

func (kv vmKV) Get(k []byte) ([]byte, bool, error) {
	v, err := kv.r.Get(kv.key(k))
	if errors.Is(err, store.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

func (kv vmKV) Iterate(prefix []byte, fn func(k, v []byte) bool) error {
	return kv.r.Iterate(kv.key(prefix), nil, false, func(k, v []byte) bool { return fn(k[1:], v) })
}

func (kv vmKV) Set(k, v []byte) error { return kv.r.set(kv.key(k), v) }
func (kv vmKV) Delete(k []byte) error { return kv.r.del(kv.key(k)) }

func pkgKey(path string) []byte { return append([]byte("p"), path...) }

// summaryKey holds a package's metadata without its source, for lists.
func summaryKey(path string) []byte { return append([]byte("q"), path...) }

// resolver finds deployed packages' source in r.
func resolver(r store.Reader) vm.Resolver {
	return func(path string) ([]vm.File, error) {
		pi, err := readPackage(r, path)
		if errors.Is(err, ErrNotDeployed) {
			return nil, fmt.Errorf("package %q is not deployed", path)
		}
		if err != nil {
			return nil, err
		}
		return pi.Files, nil
	}
}

// readPackage reads a deployed package's metadata and source.
func readPackage(r store.Reader, path string) (*PackageInfo, error) {
	b, err := r.Get(pkgKey(path))
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("%w: %s", ErrNotDeployed, path)
	}
	if err != nil {
		return nil, err
	}
	var pi PackageInfo
	if err := json.Unmarshal(b, &pi); err != nil {
		return nil, fmt.Errorf("package %s: corrupt metadata: %w", path, err)
	}
	return &pi, nil
}

func (e *Engine) vmConfig(gas int64) vm.Config {
	c := e.cfg.VM
	if gas > 0 && gas < c.MaxGas {
		c.MaxGas = gas
	}
	return c
}

func (e *Engine) deploy(rec *recorder, tx Tx, blk Block, ctx *vm.Context, rc *Receipt) bool {
	fail := func(kind, msg string) bool {
		rc.Error, rc.ErrorKind = msg, kind
		return false
	}
	if err := vm.ValidPackagePath(tx.Package); err != nil {
		return fail("check", err.Error())
	}
	if len(tx.Files) == 0 {
		return fail("check", "no source files")
	}
	if _, err := rec.Get(pkgKey(tx.Package)); err == nil {
		return fail("exists", fmt.Sprintf("package %s is already deployed; packages are immutable, deploy under a new path", tx.Package))
	}
	for _, f := range tx.Files {
		if strings.HasSuffix(f.Name, "_test.go") || !strings.HasSuffix(f.Name, ".go") || strings.ContainsAny(f.Name, "/\\") {
			return fail("check", fmt.Sprintf("file %q: a package is pushed as its non-test .go files, by base name", f.Name))
		}
	}
	cfg := e.vmConfig(tx.GasLimit)
	prog, err := vm.Load(cfg, tx.Package, tx.Files, resolver(rec))
	if err != nil {
		return fail("check", err.Error())
	}
	th := prog.NewThread(cfg)
	var srcBytes int64
	for _, f := range tx.Files {
		srcBytes += int64(len(f.Src))
	}
	if !th.UseGas(srcBytes * 10) {
		return e.runFail(rc, th, &vm.RunError{Kind: vm.ErrOutOfGas, Msg: "gas limit reached storing the source"})
	}
	if err := prog.InitStd(th); err != nil {
		return e.runFail(rc, th, err)
	}
	th.Enter(ctx)
	sess, err := prog.OpenSession(th, vmKV{rec}, tx.Package)
	if err != nil {
		return e.runFail(rc, th, err)
	}
	if err := prog.InitPackage(th, tx.Package); err != nil {
		return e.runFail(rc, th, err)
	}
	if err := sess.Commit(); err != nil {
		return e.runFail(rc, th, err)
	}
	rc.Events = events(th.Events())
	rc.GasUsed = th.GasUsed()
	info := PackageInfo{Path: tx.Package, Address: address.ForPackage(tx.Package), Name: prog.Name(), Doc: prog.Doc(), Files: tx.Files, Funcs: prog.Funcs(), Imports: prog.Imports(), Deployer: tx.Caller, Height: blk.Height, Time: blk.Time.UTC(), TxHash: rc.Hash}
	b, _ := json.Marshal(info)
	info.Files = nil
	summary, _ := json.Marshal(info)
	if err := rec.set(pkgKey(tx.Package), b); err != nil {
		return fail("state", err.Error())
	}
	if err := rec.set(summaryKey(tx.Package), summary); err != nil {
		return fail("state", err.Error())
	}
	return true
}

// runFail fills a receipt from a VM error.
func (e *Engine) runFail(rc *Receipt, th *vm.Thread, err error) bool {
	rc.GasUsed = th.GasUsed()
	rc.Error = err.Error()
	rc.ErrorKind = "error"
	var re *vm.RunError
	var ce *vm.CallError
	var ae *vm.ArgError
	switch {
	case errors.As(err, &re):
		rc.Error = re.Msg
		rc.ErrorKind = errorKind(re.Kind)
		if re.Pos.IsValid() {
			rc.Pos = re.Pos.String()
		}
		if re.GasUsed > 0 {
			rc.GasUsed = re.GasUsed
		}
	case errors.As(err, &ce):
		rc.ErrorKind = "error"
	case errors.As(err, &ae):
		rc.ErrorKind = "args"
	}
	return false
}

func errorKind(k error) string {
	switch k {
	case vm.ErrOutOfGas:
		return "out_of_gas"
	case vm.ErrPanic:
		return "panic"
	case vm.ErrCallDepth:
		return "call_depth"
	case vm.ErrAllocLimit:
		return "alloc_limit"
	case vm.ErrOutputLimit:
		return "output_limit"
	case vm.ErrState:
		return "state"
	}
	return "error"
}

func events(evs []vm.Event) []Event {
	var out []Event
	for _, ev := range evs {
		e := Event{Pkg: ev.Pkg, Type: ev.Type, List: ev.Attrs}
		if len(ev.Attrs) > 0 {
			e.Attrs = map[string]string{}
			for i := 0; i+1 < len(ev.Attrs); i += 2 {
				e.Attrs[ev.Attrs[i]] = ev.Attrs[i+1]
			}
		}
		out = append(out, e)
	}
	return out
}

// program is a compiled deployed package and the thread that runs it;
// one call at a time uses it.
type program struct {
	*vm.Program
	th *vm.Thread
}

// thread returns the program's thread, reset to cfg's limits.
func (p *program) thread(cfg vm.Config) *vm.Thread {
	if p.th == nil {
		p.th = p.NewThread(cfg)
	} else {
		p.th.Reset(cfg)
	}
	return p.th
}

// acquire takes an idle compiled instance of a deployed package, compiling
// one (with r's view of the deployed packages) when none is idle. Give it
// back with release.
func (e *Engine) acquire(r store.Reader, path string) (*program, error) {
	e.mu.Lock()
	pl := e.progs[path]
	if pl == nil {
		pl = &pool{}
		e.progs[path] = pl
	}
	e.mu.Unlock()
	pl.mu.Lock()
	if n := len(pl.idle); n > 0 {
		p := pl.idle[n-1]
		pl.idle = pl.idle[:n-1]
		pl.mu.Unlock()
		return p, nil
	}
	pl.mu.Unlock()
	pi, err := readPackage(r, path)
	if err != nil {
		return nil, err
	}
	cfg := e.cfg.VM
	prog, err := vm.Load(cfg, path, pi.Files, resolver(r))
	if err != nil {
		return nil, fmt.Errorf("package %s: %w", path, err)
	}
	if err := prog.InitStd(prog.NewThread(cfg)); err != nil {
		return nil, fmt.Errorf("package %s: standard library init: %w", path, err)
	}
	return &program{Program: prog}, nil
}

func (e *Engine) release(path string, p *program) {
	e.mu.Lock()
	pl := e.progs[path]
	e.mu.Unlock()
	pl.mu.Lock()
	if len(pl.idle) < 8 {
		pl.idle = append(pl.idle, p)
	}
	pl.mu.Unlock()
}

// call runs a call (commit) or a query (!commit) into rc.
func (e *Engine) call(rec *recorder, tx Tx, ctx *vm.Context, rc *Receipt, commit bool) bool {
	prog, err := e.acquire(rec, tx.Package)
	if err != nil {
		rc.Error, rc.ErrorKind = err.Error(), "not_found"
		return false
	}
	defer e.release(tx.Package, prog)
	gas := tx.GasLimit
	if !commit && (gas <= 0 || gas > e.cfg.QueryGas) {
		gas = e.cfg.QueryGas
	}
	cfg := e.vmConfig(gas)
	th := prog.thread(cfg)
	args, err := prog.ParseArgs(th, tx.Func, tx.Args)
	if err != nil {
		return e.runFail(rc, th, err)
	}
	th.Enter(ctx)
	sess, err := prog.OpenSession(th, vmKV{rec}, "")
	if err != nil {
		return e.runFail(rc, th, err)
	}
	res, err := prog.Call(th, tx.Func, args)
	rc.Events = events(th.Events())
	if err != nil {
		return e.runFail(rc, th, err)
	}
	rc.Result = res
	if commit {
		if err := sess.Commit(); err != nil {
			return e.runFail(rc, th, err)
		}
	}
	rc.GasUsed = th.GasUsed()
	return true
}

// Query runs an exported function against a snapshot of the committed
// state and discards its writes. Queries run concurrently with each other
// and with Apply.
func (e *Engine) Query(tx Tx) *Receipt {
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	// The head of the snapshot itself, so state and context agree.
	head := Head{StateHash: hex.EncodeToString(make([]byte, 32))}
	if b, err := txn.Get(headKey); err == nil {
		json.Unmarshal(b, &head)
	}
	rc := &Receipt{Kind: "query", Caller: tx.Caller, Package: tx.Package, Func: tx.Func, Args: tx.Args, Height: head.Height}
	// A query sees the state and the context of the last applied
	// transaction; its randomness is seeded by the state hash.
	ctx := &vm.Context{Caller: tx.Caller, Origin: tx.Caller, Height: head.Height, Time: head.Time, ChainID: head.ChainID, Seed: seedOf(head.StateHash, head.Height)}
	e.call(newRecorder(txn), tx, ctx, rc, false)
	return rc
}

// Render calls the package's Render(path) as a query and returns its
// markdown.
func (e *Engine) Render(pkg, path string) (string, *Receipt) {
	rc := e.Query(Tx{Package: pkg, Func: "Render", Args: []string{path}})
	rc.Kind = "render"
	if !rc.OK() {
		return "", rc
	}
	var s string
	if err := json.Unmarshal(rc.Result, &s); err != nil {
		rc.Error, rc.ErrorKind = "Render must return a string", "args"
		return "", rc
	}
	return s, rc
}

// Package returns a deployed package's metadata and source.
func (e *Engine) Package(path string) (*PackageInfo, error) {
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	return readPackage(txn, path)
}

// Deployed reports whether a package is deployed at path, reading its
// summary record only (not its source).
func (e *Engine) Deployed(path string) (bool, error) {
	if _, ok := e.deployed.Load(path); ok {
		return true, nil
	}
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	_, err := txn.Get(summaryKey(path))
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	if err == nil {
		e.deployed.Store(path, true)
	}
	return err == nil, err
}

// Packages lists deployed packages in path order.
func (e *Engine) Packages() ([]PackageInfo, error) {
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	var out []PackageInfo
	var derr error
	err := txn.Iterate([]byte("q"), nil, false, func(k, v []byte) bool {
		var pi PackageInfo
		if derr = json.Unmarshal(v, &pi); derr != nil {
			return false
		}
		out = append(out, pi)
		return true
	})
	if err == nil {
		err = derr
	}
	return out, err
}

// PackageCount is the number of deployed packages.
func (e *Engine) PackageCount() (int, error) { return e.st.Count([]byte("q")) }

// Receipt returns the receipt of a transaction by hash.
func (e *Engine) Receipt(hash string) (*Receipt, error) { return e.receipt(hash) }

func (e *Engine) receipt(hash string) (*Receipt, error) {
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	b, err := txn.Get(append([]byte("t"), hash...))
	if err != nil {
		return nil, err
	}
	var rc Receipt
	if err := json.Unmarshal(b, &rc); err != nil {
		return nil, err
	}
	return &rc, nil
}

// StateKeys counts the VM state records: objects, entries, variables.
func (e *Engine) StateKeys() (int, error) { return e.st.Count([]byte("v")) }

// Txs returns up to limit receipts below position before in the order
// (Receipt.Seq; 0: from the head), newest first, and the position to
// continue from (0 at the start). On the dev profile positions are
// heights.
func (e *Engine) Txs(before int64, limit int) ([]*Receipt, int64, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	var start []byte
	if before > 0 {
		start = seqKey(before - 1)
	}
	var hashes []string
	var last int64
	err := txn.Iterate([]byte("h"), start, true, func(k, v []byte) bool {
		if len(k) != 9 {
			return true
		}
		last = int64(binary.BigEndian.Uint64(k[1:]))
		hashes = append(hashes, string(v))
		return len(hashes) < limit
	})
	if err != nil {
		return nil, 0, err
	}
	var out []*Receipt
	for _, h := range hashes {
		b, err := txn.Get(append([]byte("t"), h...))
		if err != nil {
			return nil, 0, fmt.Errorf("engine: receipt %s: %w", h, err)
		}
		var rc Receipt
		if err := json.Unmarshal(b, &rc); err != nil {
			return nil, 0, err
		}
		out = append(out, &rc)
	}
	next := int64(0)
	if len(hashes) == limit && last > 1 {
		next = last
	}
	return out, next, nil
}

// State shows a deployed package's variables (one level deep) against
// the committed state.
func (e *Engine) State(pkg string) ([]vm.VarView, error) {
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	rec := newRecorder(txn)
	prog, err := e.acquire(rec, pkg)
	if err != nil {
		return nil, err
	}
	defer e.release(pkg, prog)
	return prog.InspectVars(vmKV{rec}, e.cfg.QueryGas)
}

// ErrNoObject is returned for an object id that is not stored.
var ErrNoObject = errors.New("no such object")

// Object shows one page of a stored object (see vm.Program.InspectObject).
func (e *Engine) Object(id uint64, cursor string, limit int) (*vm.ObjectView, error) {
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	rec := newRecorder(txn)
	owner, err := vm.OwnerOf(vmKV{rec}, id)
	if err != nil {
		return nil, fmt.Errorf("%w: %d", ErrNoObject, id)
	}
	prog, err := e.acquire(rec, owner)
	if err != nil {
		return nil, err
	}
	defer e.release(owner, prog)
	return prog.InspectObject(vmKV{rec}, id, cursor, limit)
}
