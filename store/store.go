package store

import (
	"errors"
	"log/slog"

	"github.com/dgraph-io/badger/v4/skl"
)

// Errors callers test for. Other errors are wrapped with context; use
// errors.Is to match these.
var (
	// ErrNotFound: the key has no value in the transaction's view.
	ErrNotFound = errors.New("store: key not found")
	// ErrReadOnly: Set or Delete on a transaction started with write=false.
	ErrReadOnly = errors.New("store: read-only transaction")
	// ErrClosed: the store was closed; transactions begun earlier fail too.
	ErrClosed = errors.New("store: closed")
	// ErrTxnDone: the transaction was already committed or discarded.
	ErrTxnDone = errors.New("store: transaction already committed or discarded")
	// ErrInvalidKey: the key is empty, longer than MaxKeySize, or starts
	// with the reserved prefix "!badger!".
	ErrInvalidKey = errors.New("store: invalid key")
	// ErrValueTooLarge: the value is longer than the store accepts.
	ErrValueTooLarge = errors.New("store: value too large")
	// ErrTxnTooBig: the write would take the transaction past MaxTxnWrites
	// or MaxTxnBytes. The write is not applied, and the transaction can no
	// longer commit: Commit returns this error too. Discard it, and split the
	// work into several transactions if that is acceptable to the caller.
	ErrTxnTooBig = errors.New("store: transaction too big")
)

// Size limits, the same for every implementation (they are Badger's, for the
// options OpenBadger uses).
const (
	// MaxKeySize is the longest key, in bytes.
	MaxKeySize = 65000
	// MaxValueSize is the longest value, in bytes. Badger's in-memory mode
	// accepts at most 1 MiB.
	MaxValueSize = 1<<30 - 1

	// memTableSize is Badger's MemTableSize; a transaction must fit in 15%
	// of it.
	memTableSize = 128 << 20
	// largeValue is Badger's ValueThreshold: values this long or longer live
	// in the value log and cost only a pointer in the transaction.
	largeValue = 1 << 20

	// MaxTxnBytes bounds a transaction's size: the sum of the cost of its
	// writes must stay below it. A Set costs len(key)+len(value)+12 bytes,
	// or len(key)+24 when the value is 1 MiB or longer (it goes to Badger's
	// value log); a Delete costs len(key)+12; every transaction starts at
	// 21. Writing a key twice counts twice. About 19.2 MiB.
	MaxTxnBytes = memTableSize * 15 / 100
	// MaxTxnWrites is the most Set and Delete calls one transaction may make
	// (209713).
	MaxTxnWrites = MaxTxnBytes/skl.MaxNodeSize - 2
)

// Reader reads one consistent snapshot (plus the transaction's own pending
// writes).
type Reader interface {
	// Get returns a copy of the value under key, or ErrNotFound. The caller
	// owns the returned slice. An empty value may be returned as nil.
	Get(key []byte) ([]byte, error)
	// Iterate calls fn for each key with the given prefix, in ascending key
	// order (descending when reverse), starting at start (inclusive; for
	// reverse, the first key <= start; a nil or empty start means the
	// beginning, or the end for reverse). key and value are only valid during the call
	// (fn must copy them to keep them). fn returns false to stop. Pending
	// writes of this transaction are seen, deletions hide keys.
	//
	// fn may call Get, Set, Delete and Iterate on the same transaction;
	// writes made during the iteration are not seen by it. fn must not call
	// Commit (it fails) nor Close the store (it deadlocks on Badger); a
	// Discard from fn ends the iteration.
	Iterate(prefix, start []byte, reverse bool, fn func(key, value []byte) bool) error
}

// Txn is a transaction. All its writes commit atomically or not at all. A Txn
// is for use by one goroutine at a time. Always end it with Commit or Discard:
// an open Badger transaction pins old versions in memory.
type Txn interface {
	Reader
	// Set stores value under key. It copies key and value.
	Set(key, value []byte) error
	// Delete removes key; deleting a missing key is not an error.
	Delete(key []byte) error
	// Commit makes the writes durable (when the store was opened with Sync)
	// and visible. A crash during Commit leaves either all or none of the
	// writes. Committing a read-only transaction just ends it. After Commit,
	// every method but Discard returns ErrTxnDone.
	Commit() error
	// Discard drops the writes; safe to call after Commit and more than once.
	Discard()
}

// Store is an ordered key/value store. It is safe for concurrent use.
type Store interface {
	// NewTxn starts a transaction; a read-only one (write=false) rejects
	// Set/Delete with ErrReadOnly. Transactions may run concurrently; each
	// sees the snapshot taken when it started. Write transactions are not
	// checked for conflicts: the last to commit wins. On a closed store,
	// every method of the returned Txn returns ErrClosed.
	NewTxn(write bool) Txn
	// Count returns the number of keys with the given prefix (nil: all keys)
	// in the latest committed state.
	Count(prefix []byte) (int, error)
	// Close waits for calls in flight, then releases the store.
	// Transactions still open afterwards fail with ErrClosed. Closing twice
	// returns ErrClosed.
	Close() error
}

// Options configures OpenBadger. The zero value is not usable: set Dir, or
// InMemory.
type Options struct {
	// Dir holds the database files; it is created if missing. Required
	// unless InMemory, and must be empty with InMemory.
	Dir string
	// Sync fsyncs every commit (Badger's SyncWrites), so acknowledged
	// writes survive a machine crash. Without it, a commit survives a crash
	// of the process but maybe not of the operating system.
	Sync bool
	// InMemory keeps everything in memory (Badger's in-memory mode): no
	// files, nothing survives Close. Values are limited to 1 MiB.
	InMemory bool
	// Logger receives Badger's log lines at Debug, Info, Warn and Error
	// level. Nil discards them.
	Logger *slog.Logger
}
