package raft

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-hclog"
	hraft "github.com/hashicorp/raft"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/sequencer"
	"github.com/amigo-platform/amigo/store"
)

// Errors callers test for.
var (
	// ErrOutcomeUnknown: the transaction may or may not have been
	// committed (the leader was lost after it took the transaction). It is
	// never retried; look it up by hash.
	ErrOutcomeUnknown = errors.New("raft: the transaction's outcome is unknown")
	// ErrNoLeader: no leader could be reached in time; the transaction
	// was not submitted and may be retried.
	ErrNoLeader = errors.New("raft: no leader")
	// ErrNotGateway: the peer removed is not an admitted gateway.
	ErrNotGateway = errors.New("not an admitted gateway")
)

// Config configures a member. Engine, Store, Host and Dir are required.
type Config struct {
	Engine *engine.Engine
	// Store is the engine's store; it must implement store.Snapshotter
	// (snapshots are its backup stream). It need not sync its commits:
	// the Raft log (always synced) is the durable record of every
	// acknowledged write; entries past the applied index the store
	// recovers are applied again at restart, and the store is synced
	// before each snapshot lets the log be truncated.
	Store store.Store
	// Host is the member's libp2p host; Raft runs over its streams.
	Host host.Host
	// Dir holds the Raft log (Dir/log, a Badger store) and snapshots
	// (Dir/snapshots).
	Dir string
	// Self is the member's ServerAddress: a multiaddr of Host ending in
	// /p2p/<id> that the other members can dial. Default: the host's
	// first listen address.
	Self string
	// Members are the ServerAddresses of the initial voters, Self
	// included. A member with no Raft state bootstraps with them; with
	// none, it waits to be added (cluster join).
	Members []string
	// ChainID is what amigo.ChainID() returns ("cluster:<name>").
	ChainID string
	// OnCommit, if set, is called after each applied batch, in order.
	OnCommit func([]*engine.Receipt)
	// AllowRPC, if set, says which peers may open Raft RPC streams
	// (default: any peer the host admits). The cluster's members must be
	// allowed, including the leader of a cluster this member joins.
	AllowRPC func(peer.ID) bool
	// OnGateways, if set, is called with the admitted stateless gateways
	// (sorted peer ids) each time an applied entry or a restored snapshot
	// changes them, from the goroutine that applies entries: it must not
	// block.
	OnGateways func([]string)
	Logger     *slog.Logger
	// Raft timing. Defaults: heartbeat and election 1 s, lease 500 ms
	// (shorter elect faster after a crash but depose leaders whose
	// machine is merely busy); commit 10 ms, which bounds how late a
	// follower learns that an entry committed when no entry follows it.
	HeartbeatTimeout, ElectionTimeout, LeaderLeaseTimeout, CommitTimeout time.Duration
	// SnapshotThreshold (default 8192) log entries between snapshots;
	// TrailingLogs (default 10240) kept after one.
	SnapshotThreshold, TrailingLogs uint64
	// MaxBatch bounds the transactions of one log entry (default 256).
	MaxBatch int
	// MaxInflight bounds the log entries the leader has submitted to Raft
	// and not seen applied (default 2): while they are in flight, new
	// submissions queue and the next entry takes them all, so concurrent
	// clients share entries, appends and fsyncs. Two keep Raft busy (one
	// entry replicates while the next is appended); more make entries
	// smaller, and each entry costs an fsync per member.
	MaxInflight int
}

// Sequencer orders transactions through Raft. It implements
// sequencer.Sequencer: on the leader, concurrent submissions are batched
// into one log entry (the leader fixes the entry's block time); on a
// follower they are forwarded to the leader over /amigo/raft-forward/1.
// Submit returns once the entry is committed and applied on the leader
// and on this member.
type Sequencer struct {
	cfg   Config
	log   *slog.Logger
	raft  *hraft.Raft
	fsm   *fsm
	trans *hraft.NetworkTransport
	logs  store.Store // the Badger log of an older home (openLog)
	wal   *wal
	self  string

	reqs     chan *request
	fwdq     chan *request // writes this follower forwards (fwdLoop)
	inflight chan *pending
	// slots holds a token per entry in flight (MaxInflight).
	slots    chan struct{}
	done     chan struct{}
	wg       sync.WaitGroup
	once     sync.Once
	ready    atomic.Bool // leader whose barrier for its term has applied
	lastTime time.Time   // batch loop only
	fwd      *forwardServer
	pool     fwdPool
	acked    atomic.Uint64 // highest log index of a write acknowledged here
}

var _ sequencer.Sequencer = (*Sequencer)(nil)

type request struct {
	tx    engine.Tx
	reply chan result
}

type result struct {
	rc    *engine.Receipt
	index uint64
	err   error
}

type pending struct {
	f     hraft.ApplyFuture
	batch []*request
}

// New starts a member: it opens the Raft log, bootstraps a new cluster
// when Members are given and there is no state yet, and serves the Raft
// and forwarding protocols on the host.
func New(cfg Config) (*Sequencer, error) {
	if cfg.Engine == nil || cfg.Store == nil || cfg.Host == nil || cfg.Dir == "" {
		return nil, errors.New("raft: Engine, Store, Host and Dir are required")
	}
	snapper, ok := cfg.Store.(store.Snapshotter)
	if !ok {
		return nil, errors.New("raft: the store cannot take snapshots (want a Badger store)")
	}
	setDefaults(&cfg)
	if cfg.Self == "" {
		addrs := cfg.Host.Addrs()
		if len(addrs) == 0 {
			return nil, errors.New("raft: the host listens nowhere; members must be dialable")
		}
		cfg.Self = addrs[0].String() + "/p2p/" + cfg.Host.ID().String()
	}
	if id, err := PeerOf(cfg.Self); err != nil || id != cfg.Host.ID() {
		return nil, fmt.Errorf("raft: Self %q is not an address of this host (%s)", cfg.Self, cfg.Host.ID())
	}
	s := &Sequencer{cfg: cfg, log: cfg.Logger, self: cfg.Self,
		reqs: make(chan *request, 4*cfg.MaxBatch), fwdq: make(chan *request, 4*cfg.MaxBatch), inflight: make(chan *pending, cfg.MaxInflight), slots: make(chan struct{}, cfg.MaxInflight), done: make(chan struct{})}
	var err error
	if s.fsm, err = newFSM(cfg.Engine, snapper, cfg.ChainID, cfg.OnCommit); err != nil {
		return nil, err
	}
	s.fsm.onGateways = cfg.OnGateways
	if err := os.MkdirAll(filepath.Join(cfg.Dir, "snapshots"), 0o700); err != nil {
		return nil, fmt.Errorf("raft: %w", err)
	}
	ok = false
	defer func() {
		if !ok {
			s.shutdown()
		}
	}()
	ls, err := s.openLog()
	if err != nil {
		return nil, err
	}
	hl := hclog.New(&hclog.LoggerOptions{Name: "raft", Level: hclog.Warn, Output: slogWriter{cfg.Logger}})
	snaps, err := hraft.NewFileSnapshotStoreWithLogger(filepath.Join(cfg.Dir, "snapshots"), 2, hl)
	if err != nil {
		return nil, fmt.Errorf("raft: snapshot store: %w", err)
	}
	// Raft does not restore its snapshot at start (the store keeps the
	// state); a store that lost it (a wiped data directory) is restored
	// from the newest snapshot here, and the log after it is replayed.
	if metas, err := snaps.List(); err == nil && len(metas) > 0 {
		if idx, _ := s.fsm.Index(); idx < metas[0].Index {
			_, rc, err := snaps.Open(metas[0].ID)
			if err != nil {
				return nil, fmt.Errorf("raft: open snapshot %s: %w", metas[0].ID, err)
			}
			if err := s.fsm.Restore(rc); err != nil {
				return nil, err
			}
			s.log.Warn("state restored from the Raft snapshot: the store was behind it", "snapshot", metas[0].ID, "applied", idx)
		}
	}
	// One AppendEntries in flight per follower (no pipelining): while a
	// follower syncs its log, the entries that arrive meanwhile wait at
	// the leader and go together in the next request, one fsync for all
	// of them. With two in flight (the transport's default) a follower
	// syncs each small request on its own; hashicorp/raft's own analysis
	// (raft#541) found pipelining "combines badly with batching", and so
	// did the cluster benchmark here (see docs/cluster.md).
	s.trans = hraft.NewNetworkTransportWithConfig(&hraft.NetworkTransportConfig{
		Stream:  newStreamLayer(cfg.Host, hraft.ServerAddress(cfg.Self), cfg.AllowRPC),
		MaxPool: 8, Timeout: 10 * time.Second, Logger: hl, MaxRPCsInFlight: 1,
	})

	rc := hraft.DefaultConfig()
	rc.LocalID = hraft.ServerID(cfg.Host.ID().String())
	rc.Logger = hl
	rc.HeartbeatTimeout, rc.ElectionTimeout = cfg.HeartbeatTimeout, cfg.ElectionTimeout
	rc.LeaderLeaseTimeout, rc.CommitTimeout = cfg.LeaderLeaseTimeout, cfg.CommitTimeout
	rc.SnapshotThreshold, rc.TrailingLogs = cfg.SnapshotThreshold, cfg.TrailingLogs
	rc.MaxAppendEntries = 64
	rc.BatchApplyCh = true
	// The store keeps the state across restarts, with the last applied
	// index: no need to reload the snapshot at start.
	rc.NoSnapshotRestoreOnStart = true

	existing, err := hraft.HasExistingState(ls, ls, snaps)
	if err != nil {
		return nil, fmt.Errorf("raft: %w", err)
	}
	if !existing && len(cfg.Members) > 0 {
		var conf hraft.Configuration
		for _, m := range cfg.Members {
			id, err := PeerOf(m)
			if err != nil {
				return nil, fmt.Errorf("raft: member %q: %w", m, err)
			}
			conf.Servers = append(conf.Servers, hraft.Server{Suffrage: hraft.Voter, ID: hraft.ServerID(id.String()), Address: hraft.ServerAddress(m)})
		}
		if err := hraft.BootstrapCluster(rc, ls, ls, snaps, s.trans, conf); err != nil {
			return nil, fmt.Errorf("raft: bootstrap: %w", err)
		}
	}
	for _, m := range cfg.Members {
		learn(cfg.Host, hraft.ServerAddress(m))
	}
	if s.raft, err = hraft.NewRaft(rc, s.fsm, ls, ls, snaps, s.trans); err != nil {
		return nil, fmt.Errorf("raft: start: %w", err)
	}
	// Learn every member's address from the configuration, so forwarding
	// can dial the leader by id.
	if f := s.raft.GetConfiguration(); f.Error() == nil {
		for _, srv := range f.Configuration().Servers {
			learn(cfg.Host, srv.Address)
		}
	}
	s.fwd = serveForward(s)
	s.wg.Add(4)
	go s.batchLoop()
	go s.waitLoop()
	go s.leaderLoop()
	go s.fwdLoop()
	ok = true
	return s, nil
}

func setDefaults(cfg *Config) {
	d := func(v *time.Duration, def time.Duration) {
		if *v <= 0 {
			*v = def
		}
	}
	d(&cfg.HeartbeatTimeout, time.Second)
	d(&cfg.ElectionTimeout, time.Second)
	d(&cfg.LeaderLeaseTimeout, 500*time.Millisecond)
	d(&cfg.CommitTimeout, 10*time.Millisecond)
	if cfg.SnapshotThreshold == 0 {
		cfg.SnapshotThreshold = 8192
	}
	if cfg.TrailingLogs == 0 {
		cfg.TrailingLogs = 10240
	}
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 256
	}
	if cfg.MaxInflight <= 0 {
		cfg.MaxInflight = 2
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
}

// Raft is the underlying hashicorp/raft instance (for tests and tools).
func (s *Sequencer) Raft() *hraft.Raft { return s.raft }

// Self is this member's ServerAddress.
func (s *Sequencer) Self() string { return s.self }

// Stamp implements sequencer.Sequencer: a random nonce, so submissions
// at different members never collide.
func (s *Sequencer) Stamp(tx *engine.Tx) {
	if tx.Nonce == 0 {
		var b [8]byte
		rand.Read(b[:])
		tx.Nonce = binary.BigEndian.Uint64(b[:]) | 1
	}
}

// Submit implements sequencer.Sequencer. On an error wrapping
// ErrOutcomeUnknown the transaction may have been applied: it is not
// retried. Other errors mean it was not applied.
func (s *Sequencer) Submit(ctx context.Context, tx engine.Tx) (*engine.Receipt, error) {
	s.Stamp(&tx)
	deadline := time.Now().Add(10 * time.Second)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	for {
		select {
		case <-s.done:
			return nil, sequencer.ErrClosed
		default:
		}
		var r result
		if s.raft.State() == hraft.Leader {
			r = s.submitLocal(ctx, tx)
		} else {
			r = s.forward(ctx, tx)
		}
		if r.err == nil {
			s.noteAcked(r.index)
			return r.rc, nil
		}
		if !errors.Is(r.err, errRetry) {
			if errors.Is(r.err, ErrOutcomeUnknown) {
				return nil, fmt.Errorf("transaction %s: %w", tx.Hash(), r.err)
			}
			return nil, r.err
		}
		// Not submitted (no leader yet, or the leader moved before the
		// transaction reached its log): safe to try again.
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("transaction %s not submitted: %w (%v)", tx.Hash(), ErrNoLeader, r.err)
		}
		select {
		case <-time.After(20 * time.Millisecond):
		case <-ctx.Done():
			return nil, fmt.Errorf("transaction %s not submitted: %w", tx.Hash(), ctx.Err())
		case <-s.done:
			return nil, sequencer.ErrClosed
		}
	}
}

// errRetry marks failures where the transaction was certainly not
// submitted.
var errRetry = errors.New("not submitted")

// submitLocal queues tx for the leader's batch loop.
func (s *Sequencer) submitLocal(ctx context.Context, tx engine.Tx) result {
	return s.submitLocalAll(ctx, []engine.Tx{tx})[0]
}

// submitLocalAll queues txs together for the leader's batch loop (so they
// share its next entries) and waits for each one's result.
func (s *Sequencer) submitLocalAll(ctx context.Context, txs []engine.Tx) []result {
	out := make([]result, len(txs))
	reqs := make([]*request, len(txs))
	for i, tx := range txs {
		reqs[i] = &request{tx: tx, reply: make(chan result, 1)}
		select {
		case s.reqs <- reqs[i]:
			continue
		case <-s.done:
			out[i] = result{err: sequencer.ErrClosed}
		case <-ctx.Done():
			out[i] = result{err: fmt.Errorf("transaction not submitted: %w", ctx.Err())}
		}
		reqs[i] = nil
	}
	for i, req := range reqs {
		if req == nil {
			continue
		}
		select {
		case out[i] = <-req.reply:
		case <-s.done:
			out[i] = result{err: fmt.Errorf("%w: the member stopped", ErrOutcomeUnknown)}
		}
	}
	return out
}

// batchLoop takes queued submissions, as many as are waiting (up to
// MaxBatch), into one log entry, and hands its future to waitLoop without
// waiting: entries are pipelined.
func (s *Sequencer) batchLoop() {
	defer s.wg.Done()
	defer close(s.inflight)
	for {
		// A slot first: while MaxInflight entries are in flight, the
		// submissions wait in s.reqs, and the next entry takes them all.
		select {
		case s.slots <- struct{}{}:
		case <-s.done:
			s.drain()
			return
		}
		var batch []*request
		select {
		case r := <-s.reqs:
			batch = append(batch, r)
		case <-s.done:
			s.drain()
			return
		}
		batch = s.gather(s.reqs, batch)
		now := time.Now().UTC()
		if h := s.cfg.Engine.Head().Time; now.Before(h) {
			now = h // a new leader's clock behind the last entry's
		}
		if now.Before(s.lastTime) {
			now = s.lastTime
		}
		s.lastTime = now
		ent := entry{Time: now, Txs: make([]engine.Tx, len(batch))}
		for i, r := range batch {
			ent.Txs[i] = r.tx
		}
		data, err := json.Marshal(&ent)
		if err != nil {
			for _, r := range batch {
				r.reply <- result{err: fmt.Errorf("raft: encode entry: %w", err)}
			}
			<-s.slots
			continue
		}
		f := s.raft.Apply(data, 5*time.Second)
		s.inflight <- &pending{f: f, batch: batch}
	}
}

// gather adds to batch (one request) the requests waiting in q, up to
// MaxBatch and maxEntryBytes: one log entry, or one forwarded request.
func (s *Sequencer) gather(q chan *request, batch []*request) []*request {
	size := txSize(batch[0].tx)
	for len(batch) < s.cfg.MaxBatch && size < maxEntryBytes {
		select {
		case r := <-q:
			// A request that would pass the bound still goes in: it was
			// taken off the queue.
			batch = append(batch, r)
			size += txSize(r.tx)
		default:
			return batch
		}
	}
	return batch
}

// waitLoop answers each entry's submitters once it is applied.
func (s *Sequencer) waitLoop() {
	defer s.wg.Done()
	for p := range s.inflight {
		err := s.futureErr(p.f)
		<-s.slots // the next entry may go
		var r result
		switch {
		case err == nil:
			a, _ := p.f.Response().(*applied)
			if a == nil || a.err != nil || len(a.rcs) != len(p.batch) {
				e := errors.New("raft: no receipts for the entry")
				if a != nil && a.err != nil {
					e = a.err
				}
				for _, q := range p.batch {
					q.reply <- result{err: e}
				}
				continue
			}
			for i, q := range p.batch {
				q.reply <- result{rc: a.rcs[i], index: p.f.Index()}
			}
			continue
		case errors.Is(err, hraft.ErrNotLeader), errors.Is(err, hraft.ErrEnqueueTimeout), errors.Is(err, hraft.ErrLeadershipTransferInProgress):
			r.err = fmt.Errorf("%w: %v", errRetry, err)
		default: // leadership lost, shutdown, restore: it may be in the log
			r.err = fmt.Errorf("%w: %v", ErrOutcomeUnknown, err)
		}
		for _, q := range p.batch {
			q.reply <- r
		}
	}
}

func (s *Sequencer) drain() {
	for {
		select {
		case r := <-s.reqs:
			r.reply <- result{err: sequencer.ErrClosed}
		default:
			return
		}
	}
}

// leaderLoop keeps ready: a new leader first commits a barrier, so its
// commit index covers every entry of earlier terms before it serves
// strong reads.
func (s *Sequencer) leaderLoop() {
	defer s.wg.Done()
	for {
		select {
		case <-s.done:
			return
		case lead := <-s.raft.LeaderCh():
			s.ready.Store(false)
			if lead {
				go func() {
					if s.raft.Barrier(10*time.Second).Error() == nil && s.raft.State() == hraft.Leader {
						s.ready.Store(true)
					}
				}()
			}
		}
	}
}

// futureErr waits for f. A future Raft took before it shut down may
// never be answered (an Apply still in the buffered apply channel): once
// the member is closing, it waits one more second, then reports
// ErrRaftShutdown, which callers treat as an unknown outcome.
func (s *Sequencer) futureErr(f hraft.Future) error {
	ch := make(chan error, 1)
	go func() { ch <- f.Error() }()
	select {
	case err := <-ch:
		return err
	case <-s.done:
	}
	select {
	case err := <-ch:
		return err
	case <-time.After(time.Second):
		return hraft.ErrRaftShutdown
	}
}

// waitApplied waits until this member applied index (bounded: the entry
// is committed; a lagging member only delays its own reads).
func (s *Sequencer) waitApplied(ctx context.Context, index uint64) error {
	t := time.NewTimer(5 * time.Second)
	defer t.Stop()
	for {
		cur, ch := s.fsm.Index()
		if cur >= index {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			return fmt.Errorf("raft: this member has applied %d, still short of %d", cur, index)
		case <-s.done:
			return sequencer.ErrClosed
		}
	}
}

func (s *Sequencer) noteAcked(index uint64) {
	for {
		cur := s.acked.Load()
		if index <= cur || s.acked.CompareAndSwap(cur, index) {
			return
		}
	}
}

// ReadLocal gives local reads read-your-writes at this member: when it
// returns nil, the state here includes every write this member
// acknowledged (a follower acknowledges a forwarded write once the leader
// applied it, and learns of the commit with the next append, so a read
// right after may wait up to about twice CommitTimeout). It does not see
// writes acknowledged by other members: ReadBarrier does.
func (s *Sequencer) ReadLocal(ctx context.Context) error {
	return s.waitApplied(ctx, s.acked.Load())
}

// ReadBarrier makes a linearizable read possible: when it returns nil,
// this member's state includes every write acknowledged before the call
// (the leader confirms its leadership with a quorum and gives its commit
// index; this member waits until it has applied that far).
func (s *Sequencer) ReadBarrier(ctx context.Context) error {
	var idx uint64
	var err error
	if s.raft.State() == hraft.Leader {
		idx, err = s.readIndex(ctx)
	} else {
		idx, err = s.forwardReadIndex(ctx)
	}
	if err != nil {
		return err
	}
	return s.waitApplied(ctx, idx)
}

// readIndex, on the leader: confirm leadership, then give the commit index.
func (s *Sequencer) readIndex(ctx context.Context) (uint64, error) {
	for !s.ready.Load() {
		if s.raft.State() != hraft.Leader {
			return 0, fmt.Errorf("%w: not the leader", errRetry)
		}
		select {
		case <-time.After(5 * time.Millisecond):
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
	if err := s.futureErr(s.raft.VerifyLeader()); err != nil {
		return 0, fmt.Errorf("%w: leadership not confirmed: %v", errRetry, err)
	}
	return s.raft.CommitIndex(), nil
}

// Leader is the leader's ServerAddress and id, empty when unknown.
func (s *Sequencer) Leader() (addr, id string) {
	a, i := s.raft.LeaderWithID()
	return string(a), string(i)
}

// Status is what /metrics and status pages show of Raft.
type Status struct {
	State        string
	Term         uint64
	Leader       string // peer id
	CommitIndex  uint64
	AppliedIndex uint64 // applied to the store
	LastIndex    uint64
	Members      int
}

// Status reports the member's Raft state.
func (s *Sequencer) Status() Status {
	st := s.raft.Stats()
	term, _ := strconv.ParseUint(st["term"], 10, 64)
	applied, _ := s.fsm.Index()
	_, lid := s.raft.LeaderWithID()
	n, _ := strconv.Atoi(st["num_peers"])
	return Status{State: s.raft.State().String(), Term: term, Leader: string(lid), CommitIndex: s.raft.CommitIndex(),
		AppliedIndex: applied, LastIndex: s.raft.LastIndex(), Members: n + 1}
}

// Members lists the ServerAddresses of the current configuration.
func (s *Sequencer) Members() ([]string, error) {
	f := s.raft.GetConfiguration()
	if err := f.Error(); err != nil {
		return nil, err
	}
	var out []string
	for _, srv := range f.Configuration().Servers {
		out = append(out, string(srv.Address))
	}
	return out, nil
}

// Gateways are the admitted stateless gateways' peer ids (sorted), as
// this member has applied them. The caller must not modify the slice.
func (s *Sequencer) Gateways() []string { return s.fsm.Gateways() }

// IsGateway reports whether id (a peer id) is an admitted stateless
// gateway.
func (s *Sequencer) IsGateway(id string) bool {
	_, ok := slices.BinarySearch(s.fsm.Gateways(), id)
	return ok
}

// IsMember reports whether id (a peer id) is in the Raft configuration:
// the connection gater admits members that joined online.
func (s *Sequencer) IsMember(id string) bool {
	f := s.raft.GetConfiguration()
	if f.Error() != nil {
		return false
	}
	for _, srv := range f.Configuration().Servers {
		if string(srv.ID) == id {
			return true
		}
	}
	return false
}

// Close stops the member: the leader first hands its leadership to
// another member (bounded by transferTimeout), so writes pause for the
// transfer rather than for an election timeout; queued submissions get
// ErrClosed, Raft shuts down (without leaving the cluster), the log
// closes.
func (s *Sequencer) Close() error {
	s.transferLeadership()
	s.once.Do(func() { close(s.done) })
	return s.shutdown()
}

// transferTimeout bounds the leadership transfer of Close.
const transferTimeout = 5 * time.Second

// transferLeadership hands the leadership to the most up-to-date other
// voter when this member leads and is still connected to a peer (a
// member whose host is gone, as after a crash, has no one to hand it to).
// Submissions during the transfer are refused by Raft before they reach
// the log and retried against the new leader.
func (s *Sequencer) transferLeadership() {
	if s.raft == nil || s.raft.State() != hraft.Leader || len(s.cfg.Host.Network().Peers()) == 0 {
		return
	}
	if st := s.raft.Stats(); st["num_peers"] == "0" {
		return
	}
	ch := make(chan error, 1)
	go func() { ch <- s.raft.LeadershipTransfer().Error() }()
	select {
	case err := <-ch:
		if err != nil {
			s.log.Warn("leadership transfer before stopping failed: the others elect a leader after their timeout", "err", err)
			return
		}
		s.log.Info("leadership handed over before stopping", "leader", string(s.raft.Leader()))
	case <-time.After(transferTimeout):
		s.log.Warn("leadership transfer before stopping did not finish in time", "timeout", transferTimeout)
	}
}

func (s *Sequencer) shutdown() error {
	var errs []error
	if s.fwd != nil {
		s.fwd.close()
	}
	s.pool.close()
	if s.raft != nil {
		errs = append(errs, s.raft.Shutdown().Error())
	}
	s.wg.Wait()
	if s.trans != nil {
		s.trans.Close()
	}
	if s.logs != nil {
		errs = append(errs, s.logs.Close())
	}
	if s.wal != nil {
		errs = append(errs, s.wal.Close())
	}
	return errors.Join(errs...)
}

// raftLog is Raft's log and stable store.
type raftLog interface {
	hraft.LogStore
	hraft.StableStore
}

// openLog opens the member's Raft log: the write-ahead log (dir/wal), or,
// for a home whose log is still the Badger store of earlier versions
// (dir/log), that store.
func (s *Sequencer) openLog() (raftLog, error) {
	old := filepath.Join(s.cfg.Dir, "log")
	if _, err := os.Stat(old); err == nil {
		var err error
		if s.logs, err = store.OpenBadger(store.Options{Dir: old, Sync: true}); err != nil {
			return nil, fmt.Errorf("raft: open the log: %w", err)
		}
		return openLogStore(s.logs)
	}
	w, err := openWAL(filepath.Join(s.cfg.Dir, "wal"))
	if err != nil {
		return nil, err
	}
	s.wal = w
	return w, nil
}

// slogWriter turns hclog's lines into slog records.
type slogWriter struct{ l *slog.Logger }

func (w slogWriter) Write(p []byte) (int, error) {
	msg := strings.TrimSpace(string(p))
	switch {
	case strings.Contains(msg, "[ERROR]"):
		w.l.Error(msg)
	case strings.Contains(msg, "[WARN]"):
		w.l.Warn(msg)
	default:
		w.l.Info(msg)
	}
	return len(p), nil
}

var _ io.Writer = slogWriter{}
