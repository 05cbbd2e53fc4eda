// Package sequencer orders write transactions and feeds them to the
// engine. It owns the order, the block context (height, time, chain) and
// durability acknowledgements; the engine owns execution. The local
// sequencer here serves the dev profile; Raft and CometBFT sequencers (in
// consensus/) implement the same interface.
package sequencer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/amigo-platform/amigo/node/engine"
)

// Sequencer orders transactions.
type Sequencer interface {
	// Submit orders tx and returns its receipt once the transaction and
	// its receipt are durable. A transaction the engine reverted still
	// returns its receipt (with Error set) and a nil error; the error is
	// for a transaction whose outcome is unknown (the sequencer stopped,
	// the store failed, ctx ended before it was ordered).
	Submit(ctx context.Context, tx engine.Tx) (*engine.Receipt, error)
	// Stamp gives tx the nonce the sequencer would, so its hash is known
	// before it is submitted (for asynchronous submissions).
	Stamp(tx *engine.Tx)
	Close() error
}

// ErrClosed is returned for transactions submitted after Close or left
// unordered by it.
var ErrClosed = errors.New("sequencer: closed")

// Options configure a local sequencer. The zero value is usable.
type Options struct {
	// MaxBatch bounds the transactions committed together (default 256).
	MaxBatch int
	// Clock gives the block time (default time.Now, in UTC).
	Clock func() time.Time
	// ChainID names the network in amigo.ChainID().
	ChainID string
	// OnCommit, if set, is called after each durable batch, in order,
	// from the sequencer's goroutine.
	OnCommit func([]*engine.Receipt)
}

// Local orders writes one at a time in arrival order and commits them in
// groups: while a batch is being made durable, new submissions queue, and
// the next batch takes all of them (up to MaxBatch) into one store
// transaction, so concurrent clients share an fsync.
type Local struct {
	e     *engine.Engine
	opts  Options
	reqs  chan *request
	done  chan struct{}
	wg    sync.WaitGroup
	nonce atomic.Uint64
	once  sync.Once
	mu    sync.Mutex
	err   error // a store failure stops the sequencer
}

type request struct {
	tx    engine.Tx
	reply chan result
}

type result struct {
	rc  *engine.Receipt
	err error
}

// NewLocal starts a local sequencer over e.
func NewLocal(e *engine.Engine, opts Options) *Local {
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 256
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	s := &Local{e: e, opts: opts, reqs: make(chan *request, 4*opts.MaxBatch), done: make(chan struct{})}
	// Nonces must not repeat across restarts: start from the clock.
	s.nonce.Store(uint64(opts.Clock().UnixNano()))
	s.wg.Add(1)
	go s.loop()
	return s
}

// Stamp implements Sequencer: a transaction without a nonce gets a fresh
// one, so two identical requests are two transactions.
func (s *Local) Stamp(tx *engine.Tx) {
	if tx.Nonce == 0 {
		tx.Nonce = s.nonce.Add(1)
	}
}

// Submit implements Sequencer.
func (s *Local) Submit(ctx context.Context, tx engine.Tx) (*engine.Receipt, error) {
	s.Stamp(&tx)
	req := &request{tx: tx, reply: make(chan result, 1)}
	select {
	case s.reqs <- req:
	case <-s.done:
		return nil, ErrClosed
	case <-ctx.Done():
		return nil, fmt.Errorf("transaction not ordered: %w", ctx.Err())
	}
	// Once queued, the transaction will be ordered: wait for its outcome
	// even if ctx ends, unless the sequencer stops.
	select {
	case r := <-req.reply:
		return r.rc, r.err
	case <-s.done:
		select {
		case r := <-req.reply:
			return r.rc, r.err
		default:
			return nil, ErrClosed
		}
	}
}

func (s *Local) loop() {
	defer s.wg.Done()
	batch := make([]*request, 0, s.opts.MaxBatch)
	for {
		batch = batch[:0]
		select {
		case r := <-s.reqs:
			batch = append(batch, r)
		case <-s.done:
			s.drain()
			return
		}
	more:
		for len(batch) < s.opts.MaxBatch {
			select {
			case r := <-s.reqs:
				batch = append(batch, r)
			default:
				break more
			}
		}
		s.commit(batch)
	}
}

// commit applies one batch and answers its submitters.
func (s *Local) commit(batch []*request) {
	s.mu.Lock()
	failed := s.err
	s.mu.Unlock()
	if failed != nil {
		for _, r := range batch {
			r.reply <- result{err: failed}
		}
		return
	}
	now := s.opts.Clock().UTC()
	txs := make([]engine.Tx, len(batch))
	blks := make([]engine.Block, len(batch))
	for i, r := range batch {
		txs[i] = r.tx
		blks[i] = engine.Block{Time: now, ChainID: s.opts.ChainID} // heights: the engine's next
	}
	rcs, err := s.e.ApplyBatch(txs, blks)
	if err != nil {
		err = fmt.Errorf("sequencer stopped: %w", err)
		s.mu.Lock()
		s.err = err
		s.mu.Unlock()
		for _, r := range batch {
			r.reply <- result{err: err}
		}
		return
	}
	for i, r := range batch {
		r.reply <- result{rc: rcs[i]}
	}
	if s.opts.OnCommit != nil {
		s.opts.OnCommit(rcs)
	}
}

// drain answers what is still queued at Close.
func (s *Local) drain() {
	for {
		select {
		case r := <-s.reqs:
			r.reply <- result{err: ErrClosed}
		default:
			return
		}
	}
}

// Close stops ordering: the batch being committed finishes, queued
// transactions get ErrClosed.
func (s *Local) Close() error {
	s.once.Do(func() { close(s.done) })
	s.wg.Wait()
	return nil
}
