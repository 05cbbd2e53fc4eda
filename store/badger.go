package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// valueLogGCInterval is how often a disk store rewrites value log files
// (which hold values of 1 MiB or more) to reclaim space from overwritten and
// deleted values.
const valueLogGCInterval = 10 * time.Minute

type badgerStore struct {
	db       *badger.DB
	inMemory bool

	// Every call into db is bracketed by enter and exit, so that Close can
	// wait for calls in flight and later calls fail with ErrClosed instead
	// of reaching a closed database (where Badger panics or blocks).
	active atomic.Int64
	closed atomic.Bool

	stopGC chan struct{}
	gcDone chan struct{}
}

var _ Store = (*badgerStore)(nil)

// OpenBadger opens (or creates) a Badger store. Badger's options are tuned
// for Amigo: a 128 MiB memtable so one transaction can hold about 19 MiB
// (see MaxTxnBytes), one version kept per key, conflict detection off (one
// sequencer orders writes upstream). Other options keep Badger's defaults.
func OpenBadger(opts Options) (Store, error) {
	switch {
	case opts.InMemory && opts.Dir != "":
		return nil, errors.New("store: open badger: Dir must be empty with InMemory")
	case !opts.InMemory && opts.Dir == "":
		return nil, errors.New("store: open badger: Dir is required")
	}
	bo := badger.DefaultOptions(opts.Dir).
		WithInMemory(opts.InMemory).
		WithSyncWrites(opts.Sync).
		WithMemTableSize(memTableSize).
		WithValueThreshold(largeValue).
		WithNumVersionsToKeep(1).
		WithDetectConflicts(false).
		WithLogger(nil)
	if opts.Logger != nil {
		bo = bo.WithLogger(slogAdapter{opts.Logger})
	}
	db, err := badger.Open(bo)
	if err != nil {
		where := opts.Dir
		if opts.InMemory {
			where = "in memory"
		}
		return nil, fmt.Errorf("store: open badger %s: %w", where, err)
	}
	s := &badgerStore{db: db, inMemory: opts.InMemory}
	if !opts.InMemory {
		s.stopGC, s.gcDone = make(chan struct{}), make(chan struct{})
		go s.runValueLogGC()
	}
	return s, nil
}

func (s *badgerStore) runValueLogGC() {
	defer close(s.gcDone)
	tick := time.NewTicker(valueLogGCInterval)
	defer tick.Stop()
	for {
		select {
		case <-s.stopGC:
			return
		case <-tick.C:
			if s.enter() != nil {
				return
			}
			// Each successful run rewrites one file; stop when none is
			// worth it (ErrNoRewrite) or on any other error.
			for s.db.RunValueLogGC(0.5) == nil {
			}
			s.exit()
		}
	}
}

func (s *badgerStore) enter() error {
	s.active.Add(1)
	if s.closed.Load() {
		s.active.Add(-1)
		return ErrClosed
	}
	return nil
}

func (s *badgerStore) exit() { s.active.Add(-1) }

func (s *badgerStore) Close() error {
	if s.closed.Swap(true) {
		return ErrClosed
	}
	if s.stopGC != nil {
		close(s.stopGC)
		<-s.gcDone
	}
	for s.active.Load() > 0 {
		time.Sleep(time.Millisecond)
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close badger: %w", err)
	}
	return nil
}

func (s *badgerStore) NewTxn(write bool) Txn {
	t := &badgerTxn{s: s, write: write}
	if s.enter() != nil {
		return t // every call will return ErrClosed
	}
	defer s.exit()
	t.txn = s.db.NewTransaction(write)
	return t
}

func (s *badgerStore) Count(prefix []byte) (int, error) {
	if err := s.enter(); err != nil {
		return 0, err
	}
	defer s.exit()
	txn := s.db.NewTransaction(false)
	defer txn.Discard()
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix}) // keys only
	defer it.Close()
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		n++
	}
	return n, nil
}

type badgerTxn struct {
	s         *badgerStore
	txn       *badger.Txn // nil if the store was closed at NewTxn
	write     bool
	tooBig    error // set once a write failed with ErrTxnTooBig
	budget    txnBudget
	done      bool
	iterating int
}

var _ Txn = (*badgerTxn)(nil)

// enter starts a call on t; on success, the caller must call t.s.exit.
func (t *badgerTxn) enter() error {
	if err := t.s.enter(); err != nil {
		return err
	}
	if t.done {
		t.s.exit()
		return ErrTxnDone
	}
	return nil
}

func (t *badgerTxn) Get(key []byte) ([]byte, error) {
	if err := t.enter(); err != nil {
		return nil, err
	}
	defer t.s.exit()
	if err := checkKey(key); err != nil {
		return nil, err
	}
	item, err := t.txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: get %q: %w", key, err)
	}
	v, err := item.ValueCopy(nil)
	if err != nil {
		return nil, fmt.Errorf("store: get %q: read value: %w", key, err)
	}
	return v, nil
}

func (t *badgerTxn) Set(key, value []byte) error {
	return t.put(key, value, false)
}

func (t *badgerTxn) Delete(key []byte) error {
	return t.put(key, nil, true)
}

func (t *badgerTxn) put(key, value []byte, del bool) error {
	if err := t.enter(); err != nil {
		return err
	}
	defer t.s.exit()
	if !t.write {
		return ErrReadOnly
	}
	if err := checkKey(key); err != nil {
		return err
	}
	limit := MaxValueSize
	if t.s.inMemory {
		limit = largeValue
	}
	if err := checkValue(value, limit); err != nil {
		return err
	}
	if err := t.budget.add(key, value, del); err != nil {
		t.tooBig = err
		return err
	}
	var err error
	if del {
		err = t.txn.Delete(bytes.Clone(key))
	} else {
		// Badger keeps the slices until commit: copy both, in one allocation.
		buf := make([]byte, len(key)+len(value))
		n := copy(buf, key)
		copy(buf[n:], value)
		err = t.txn.Set(buf[:n:n], buf[n:])
	}
	if errors.Is(err, badger.ErrTxnTooBig) {
		// Our budget mirrors Badger's, so this should not happen.
		t.tooBig = fmt.Errorf("%w: %w", ErrTxnTooBig, err)
		return t.tooBig
	}
	if err != nil {
		op := "set"
		if del {
			op = "delete"
		}
		return fmt.Errorf("store: %s %q: %w", op, key, err)
	}
	return nil
}

func (t *badgerTxn) Commit() error {
	if err := t.enter(); err != nil {
		if errors.Is(err, ErrClosed) {
			t.done = true
		}
		return err
	}
	defer t.s.exit()
	if t.iterating > 0 {
		return errCommitInIterate
	}
	t.done = true
	if t.tooBig != nil {
		t.txn.Discard()
		return t.tooBig
	}
	if !t.write {
		t.txn.Discard()
		return nil
	}
	if err := t.txn.Commit(); err != nil { // Commit discards t.txn
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

func (t *badgerTxn) Discard() {
	if t.done {
		return
	}
	t.done = true
	if t.iterating > 0 {
		return // the outermost Iterate discards when it ends
	}
	if t.s.enter() != nil {
		return // the database is gone, and the transaction with it
	}
	defer t.s.exit()
	t.txn.Discard()
}

func (t *badgerTxn) Iterate(prefix, start []byte, reverse bool, fn func(key, value []byte) bool) error {
	if err := t.enter(); err != nil {
		return err
	}
	defer t.s.exit()

	opt := badger.IteratorOptions{Reverse: reverse, Prefix: prefix} // values read lazily
	var seek []byte
	skip := false // whether to step past seek itself if present
	if !reverse {
		seek = lowerBound(prefix, start)
	} else {
		bound, inclusive := upperBound(prefix, start)
		switch {
		case bound == nil:
			// Start at the last key. Badger's reverse Rewind would seek to
			// the prefix itself, so drop it; the loop checks the prefix.
			opt.Prefix = nil
		case inclusive:
			seek = bound
		default:
			seek, skip = bound, true
		}
	}

	it := t.txn.NewIterator(opt)
	t.iterating++
	defer func() {
		it.Close()
		t.iterating--
		if t.iterating == 0 && t.done {
			t.txn.Discard() // Discard was called from fn
		}
	}()

	it.Seek(seek) // a nil seek rewinds
	if skip && !it.Valid() {
		// A reverse Seek lands on the largest key <= seek. If that is seek
		// itself, Valid is false (seek lacks the prefix) but keys with the
		// prefix may follow: step past it.
		_, err := t.txn.Get(seek)
		switch {
		case err == nil:
			it.Next()
		case !errors.Is(err, badger.ErrKeyNotFound):
			return fmt.Errorf("store: iterate %q: %w", prefix, err)
		}
	}
	var buf []byte
	for ; it.Valid(); it.Next() {
		item := it.Item()
		key := item.Key()
		if !bytes.HasPrefix(key, prefix) {
			return nil
		}
		var err error
		if buf, err = item.ValueCopy(buf[:0]); err != nil {
			return fmt.Errorf("store: iterate %q: read value of %q: %w", prefix, key, err)
		}
		more := fn(key, buf)
		if t.done {
			if more {
				return ErrTxnDone
			}
			return nil
		}
		if !more {
			return nil
		}
	}
	return nil
}

// slogAdapter routes Badger's logger to slog.
type slogAdapter struct{ l *slog.Logger }

func (a slogAdapter) log(level slog.Level, format string, args []any) {
	ctx := context.Background()
	if !a.l.Enabled(ctx, level) {
		return
	}
	a.l.Log(ctx, level, strings.TrimRight(fmt.Sprintf(format, args...), "\n"), "component", "badger")
}

func (a slogAdapter) Errorf(f string, v ...any)   { a.log(slog.LevelError, f, v) }
func (a slogAdapter) Warningf(f string, v ...any) { a.log(slog.LevelWarn, f, v) }
func (a slogAdapter) Infof(f string, v ...any)    { a.log(slog.LevelInfo, f, v) }
func (a slogAdapter) Debugf(f string, v ...any)   { a.log(slog.LevelDebug, f, v) }
