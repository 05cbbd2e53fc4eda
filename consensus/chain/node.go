package chain

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	dbm "github.com/cometbft/cometbft-db"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	mempl "github.com/cometbft/cometbft/mempool"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/rpc/client/local"
	"github.com/cometbft/cometbft/types"
	"github.com/spf13/viper"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/txsign"
)

// Config configures a chain node.
type Config struct {
	// Home is CometBFT's home: config/config.toml, config/genesis.json,
	// the validator and node keys, and data/ for its block store and
	// state (amigo chain init writes it as <node home>/cometbft).
	Home string
	// Engine is the application's engine over the node's Badger store.
	Engine *engine.Engine
	// Logger receives CometBFT's logs (default: discard).
	Logger *slog.Logger
	// OnCommit, if set, receives the receipts of each committed block
	// after the node's waiters got theirs.
	OnCommit func(height int64, rs []Result)
}

// Node is a running CometBFT node with the Amigo application.
type Node struct {
	cfg     Config
	App     *App
	cmt     *cmtnode.Node
	chainID string

	mu      sync.Mutex
	waiters map[string][]chan Result // wire hash -> waiting submitters
	closed  bool
	once    sync.Once
	local   *local.Local
	dbs     []dbm.DB // every database CometBFT opened: Stop leaves some open

	log  *slog.Logger
	done chan struct{} // closed by Close: background work stops
	bg   sync.WaitGroup
}

// LoadConfig reads CometBFT's config.toml under home (defaults for what
// it does not set) with its root set to home.
func LoadConfig(home string) (*cmtcfg.Config, error) {
	conf := cmtcfg.DefaultConfig()
	file := filepath.Join(home, "config", "config.toml")
	if _, err := os.Stat(file); err == nil {
		v := viper.New()
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("read %s: %w", file, err)
		}
		if err := v.Unmarshal(conf); err != nil {
			return nil, fmt.Errorf("parse %s: %w", file, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	} else {
		return nil, fmt.Errorf("no CometBFT config at %s (make a testnet with amigo chain init, or run cometbft init with this home)", file)
	}
	conf.SetRoot(home)
	if err := conf.ValidateBasic(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return conf, nil
}

// Start starts CometBFT in-process with the application over cfg.Engine.
// The handshake replays the blocks the application has not committed.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	conf, err := LoadConfig(cfg.Home)
	if err != nil {
		return nil, err
	}
	gen, err := types.GenesisDocFromFile(conf.GenesisFile())
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	nodeKey, err := p2p.LoadOrGenNodeKey(conf.NodeKeyFile())
	if err != nil {
		return nil, fmt.Errorf("node key %s: %w", conf.NodeKeyFile(), err)
	}
	if _, err := os.Stat(conf.PrivValidatorKeyFile()); err != nil {
		return nil, fmt.Errorf("validator key %s: %w", conf.PrivValidatorKeyFile(), err)
	}
	if err := os.MkdirAll(filepath.Dir(conf.PrivValidatorStateFile()), 0o700); err != nil {
		return nil, err
	}
	// The application refuses new peers once the node stops (App.Query):
	// CometBFT's switch otherwise leaves a connection that a dial begun
	// before Stop completes afterwards open and unread.
	conf.FilterPeers = true
	pv := privval.LoadOrGenFilePV(conf.PrivValidatorKeyFile(), conf.PrivValidatorStateFile())
	app := NewApp(cfg.Engine, gen.ChainID)
	if gen.ConsensusParams != nil {
		app.SetMaxGas(gen.ConsensusParams.Block.MaxGas)
	}
	n := &Node{cfg: cfg, App: app, chainID: gen.ChainID, waiters: map[string][]chan Result{}, done: make(chan struct{})}
	app.OnCommit = n.committed
	app.OnDrop = n.dropped
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	n.log = logger
	n.cmt, err = cmtnode.NewNodeWithContext(ctx, conf, pv, nodeKey,
		clientCreator{app},
		func() (*types.GenesisDoc, error) { return gen, nil },
		n.dbProvider,
		cmtnode.DefaultMetricsProvider(conf.Instrumentation),
		slogger{logger.With("module", "cometbft")})
	if err != nil {
		return nil, fmt.Errorf("cometbft: %w", err)
	}
	if err := n.cmt.Start(); err != nil {
		return nil, fmt.Errorf("cometbft start: %w", err)
	}
	n.bg.Add(1)
	go n.regossip()
	return n, nil
}

// Validators is the validator set at the latest height.
func (n *Node) Validators(ctx context.Context) ([]*types.Validator, error) {
	n.mu.Lock()
	if n.local == nil {
		n.local = local.New(n.cmt)
	}
	lc := n.local
	n.mu.Unlock()
	var out []*types.Validator
	for page := 1; ; page++ {
		pp := 100
		res, err := lc.Validators(ctx, nil, &page, &pp)
		if err != nil {
			return nil, err
		}
		out = append(out, res.Validators...)
		if len(out) >= res.Total || len(res.Validators) == 0 {
			return out, nil
		}
	}
}

// dbProvider opens CometBFT's databases and keeps them to close at Close.
func (n *Node) dbProvider(ctx *cmtcfg.DBContext) (dbm.DB, error) {
	db, err := cmtcfg.DefaultDBProvider(ctx)
	if err != nil {
		return nil, err
	}
	sdb := &stoppableDB{db: db}
	n.mu.Lock()
	n.dbs = append(n.dbs, sdb)
	n.mu.Unlock()
	return sdb, nil
}

// ChainID is the chain's id from its genesis.
func (n *Node) ChainID() string { return n.chainID }

// CometBFT is the underlying CometBFT node (block store, consensus state,
// RPC listeners).
func (n *Node) CometBFT() *cmtnode.Node { return n.cmt }

// RPCAddress is the CometBFT RPC listen address (tcp://host:port).
func (n *Node) RPCAddress() string { return n.cmt.Config().RPC.ListenAddress }

// Close stops CometBFT; submitters still waiting get ErrClosed.
func (n *Node) Close() error {
	var err error
	n.once.Do(func() {
		n.App.stopping.Store(true)
		close(n.done)
		n.bg.Wait()
		if n.cmt.IsRunning() {
			err = n.cmt.Stop()
			n.cmt.Wait()
		}
		n.App.Close()
		n.mu.Lock()
		for _, db := range n.dbs {
			db.Close() // a second Close of a database CometBFT closed is harmless
		}
		n.dbs = nil
		n.mu.Unlock()
		n.mu.Lock()
		n.closed = true
		for h, ws := range n.waiters {
			for _, w := range ws {
				w <- Result{WireHash: h, Err: ErrClosed}
			}
		}
		n.waiters = nil
		n.mu.Unlock()
	})
	return err
}

// Errors of Broadcast and Wait.
var (
	ErrClosed = errors.New("chain: the node stopped before the transaction committed; look it up by hash later")
	// ErrBusy: the mempool is full; retry later.
	ErrBusy = errors.New("chain: the mempool is full, retry later")
	// ErrRejected wraps a CheckTx or FinalizeBlock refusal; the message
	// says why.
	ErrRejected = errors.New("transaction rejected")
)

// Rejected is a refusal with its code.
type Rejected struct {
	Code   uint32
	Reason string
}

func (r *Rejected) Error() string {
	return fmt.Sprintf("transaction rejected (code %d): %s", r.Code, r.Reason)
}
func (r *Rejected) Unwrap() error { return ErrRejected }

// Ticket is a transaction CheckTx accepted; Wait gives its outcome.
type Ticket struct {
	WireHash   string
	EngineHash string
	Tx         *txsign.Tx
	ch         chan Result
	n          *Node
}

// Broadcast runs CheckTx through this node's mempool (which gossips the
// transaction on): a refusal is a *Rejected with the reason. An accepted
// transaction's Ticket tells when it is committed.
func (n *Node) Broadcast(ctx context.Context, raw []byte) (*Ticket, error) {
	tx, err := txsign.Decode(raw)
	if err != nil {
		return nil, &Rejected{Code: CodeMalformed, Reason: err.Error()}
	}
	wh := txsign.Hash(raw)
	t := &Ticket{WireHash: wh, EngineHash: func() string { et := tx.EngineTx(); return et.Hash() }(), Tx: tx, ch: make(chan Result, 1), n: n}
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil, ErrClosed
	}
	n.waiters[wh] = append(n.waiters[wh], t.ch)
	n.mu.Unlock()
	resCh := make(chan *abci.ResponseCheckTx, 1)
	err = n.cmt.Mempool().CheckTx(raw, func(res *abci.ResponseCheckTx) { resCh <- res }, mempl.TxInfo{})
	if err != nil {
		n.forget(wh, t.ch)
		var full mempl.ErrMempoolIsFull
		switch {
		case errors.Is(err, mempl.ErrTxInCache):
			return nil, &Rejected{Code: CodeBadSequence, Reason: fmt.Sprintf("transaction %s was already received by this node (a duplicate)", wh)}
		case errors.As(err, &full):
			return nil, fmt.Errorf("%w: %v", ErrBusy, err)
		}
		return nil, &Rejected{Code: CodeMalformed, Reason: err.Error()}
	}
	select {
	case res := <-resCh:
		if res.Code != CodeOK {
			n.forget(wh, t.ch)
			return nil, &Rejected{Code: res.Code, Reason: res.Log}
		}
		return t, nil
	case <-ctx.Done():
		// CheckTx is running; its outcome will reach the ticket.
		return t, nil
	}
}

func (n *Node) forget(wh string, ch chan Result) {
	n.mu.Lock()
	defer n.mu.Unlock()
	ws := n.waiters[wh]
	for i, w := range ws {
		if w == ch {
			ws = append(ws[:i], ws[i+1:]...)
			break
		}
	}
	if len(ws) == 0 {
		delete(n.waiters, wh)
	} else {
		n.waiters[wh] = ws
	}
}

// Forget drops the ticket: for a submitter that will not Wait.
func (t *Ticket) Forget() { t.n.forget(t.WireHash, t.ch) }

// Wait returns the transaction's outcome once its block is committed on
// this node: the receipt (which may record a revert), or a *Rejected if
// the block refused it or a recheck dropped it from the mempool. If ctx
// ends first, the transaction may still commit later.
func (t *Ticket) Wait(ctx context.Context) (Result, error) {
	select {
	case r := <-t.ch:
		if r.Err != nil {
			return r, r.Err
		}
		return r, nil
	case <-ctx.Done():
		t.n.forget(t.WireHash, t.ch)
		return Result{}, fmt.Errorf("transaction %s not committed yet (%w); look it up by hash later", t.EngineHash, ctx.Err())
	}
}

func (n *Node) committed(height int64, rs []Result) {
	n.mu.Lock()
	for _, r := range rs {
		if r.Err != nil {
			r.Err = &Rejected{Code: r.Code, Reason: r.Err.Error()}
		}
		for _, w := range n.waiters[r.WireHash] {
			w <- r
		}
		delete(n.waiters, r.WireHash)
	}
	n.mu.Unlock()
	if n.cfg.OnCommit != nil {
		n.cfg.OnCommit(height, rs)
	}
}

func (n *Node) dropped(wh string, code uint32, reason string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, w := range n.waiters[wh] {
		w <- Result{WireHash: wh, Code: code, Err: &Rejected{Code: code, Reason: "dropped from the mempool after a block: " + reason}}
	}
	delete(n.waiters, wh)
}

// HexHash formats a CometBFT hash like its RPC does.
func HexHash(b []byte) string { return strings.ToUpper(hex.EncodeToString(b)) }

// slogger adapts slog to CometBFT's logger; CometBFT's info level is
// chatty, so it goes to debug.
type slogger struct{ l *slog.Logger }

func (s slogger) Debug(msg string, kv ...any) { s.l.Debug(msg, kv...) }
func (s slogger) Info(msg string, kv ...any)  { s.l.Debug(msg, kv...) }
func (s slogger) Warn(msg string, kv ...any)  { s.l.Warn(msg, kv...) }
func (s slogger) Error(msg string, kv ...any) { s.l.Warn(msg, kv...) } // routine peer errors included
func (s slogger) With(kv ...any) cmtlog.Logger {
	return slogger{s.l.With(kv...)}
}
