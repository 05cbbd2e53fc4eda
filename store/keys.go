package store

import (
	"bytes"
	"errors"
	"fmt"
)

// reservedPrefix starts Badger's internal keys; neither implementation
// accepts it, so tests against the memory store catch its use.
var reservedPrefix = []byte("!badger!")

// errCommitInIterate is returned by Commit called from an Iterate callback.
var errCommitInIterate = errors.New("store: Commit called during Iterate")

func checkKey(key []byte) error {
	switch {
	case len(key) == 0:
		return fmt.Errorf("%w: empty", ErrInvalidKey)
	case len(key) > MaxKeySize:
		return fmt.Errorf("%w: %d bytes, more than %d", ErrInvalidKey, len(key), MaxKeySize)
	case bytes.HasPrefix(key, reservedPrefix):
		return fmt.Errorf("%w: %q is reserved", ErrInvalidKey, key[:len(reservedPrefix)])
	}
	return nil
}

func checkValue(value []byte, limit int) error {
	if len(value) > limit {
		return fmt.Errorf("%w: %d bytes, more than %d", ErrValueTooLarge, len(value), limit)
	}
	return nil
}

// txnBudget tracks a transaction's size the way Badger does (see
// MaxTxnBytes), so the memory store fails where Badger would.
type txnBudget struct {
	writes int
	bytes  int
}

// txnOverhead is the cost of an empty transaction: Badger counts from the
// start the entry that marks the end of a transaction on disk, !badger!txn.
const txnOverhead = len("!badger!txn") + 10

// add charges one write, or returns ErrTxnTooBig and leaves b unchanged.
func (b *txnBudget) add(key, value []byte, del bool) error {
	cost := len(key) + len(value) + 12
	if !del && len(value) >= largeValue {
		cost = len(key) + 24
	}
	if b.writes+1 > MaxTxnWrites || txnOverhead+b.bytes+cost >= MaxTxnBytes {
		return fmt.Errorf("%w: %d writes and %d bytes so far, limits %d writes and %d bytes",
			ErrTxnTooBig, b.writes, txnOverhead+b.bytes, MaxTxnWrites, MaxTxnBytes)
	}
	b.writes++
	b.bytes += cost
	return nil
}

// prefixEnd returns the smallest key greater than every key with the given
// prefix, or nil if there is none (prefix empty or all 0xff).
func prefixEnd(prefix []byte) []byte {
	for i := len(prefix) - 1; i >= 0; i-- {
		if prefix[i] != 0xff {
			end := bytes.Clone(prefix[:i+1])
			end[i]++
			return end
		}
	}
	return nil
}

// lowerBound is where a forward iteration over prefix from start begins: the
// larger of the two.
func lowerBound(prefix, start []byte) []byte {
	if bytes.Compare(start, prefix) > 0 {
		return start
	}
	return prefix
}

// upperBound is where a reverse iteration over prefix from start (empty: the
// end) begins. With inclusive, it is start itself; otherwise it is the
// exclusive prefix end, or nil for the end of the key space.
func upperBound(prefix, start []byte) (bound []byte, inclusive bool) {
	end := prefixEnd(prefix)
	if len(start) > 0 && (end == nil || bytes.Compare(start, end) < 0) {
		return start, true
	}
	return end, false
}
