// Package store is the one seam between Amigo and the disk: an ordered
// key/value store with atomic, snapshot-isolated transactions.
//
// It owns byte keys ordered bytewise, their values, and the guarantee that a
// transaction's writes become visible and durable together or not at all. It
// knows nothing of the VM, of contracts, of blocks or of the network: callers
// decide what keys mean, how they are laid out, and in which order
// transactions are committed.
//
// Two implementations satisfy [Store]:
//
//   - [OpenBadger] stores data with BadgerDB, on disk or in memory.
//   - [NewMemory] keeps everything in process memory. It is meant for unit
//     tests of other packages and follows the same contract, limits included,
//     so code tested against it behaves the same on Badger.
//
// # Usage
//
//	s, err := store.OpenBadger(store.Options{Dir: dir, Sync: true})
//	if err != nil {
//		return err
//	}
//	defer s.Close()
//
//	txn := s.NewTxn(true)
//	defer txn.Discard() // a no-op after Commit
//	if err := txn.Set([]byte("acct/alice"), balance); err != nil {
//		return err
//	}
//	err = txn.Iterate([]byte("acct/"), nil, false, func(k, v []byte) bool {
//		// k and v are valid only during the call.
//		return true
//	})
//	if err != nil {
//		return err
//	}
//	return txn.Commit()
//
// # Concurrency
//
// A [Store] is safe for concurrent use. A [Txn] is not: use each transaction
// from one goroutine at a time. Transactions see the snapshot taken when they
// started plus their own writes. Commits are not checked for conflicts: when
// two write transactions touch the same key, the one that commits last wins.
// Callers order writes themselves (one sequencer feeds the engine).
//
// # Limits
//
// Keys must be 1 to [MaxKeySize] bytes long and must not start with the
// reserved prefix "!badger!" ([ErrInvalidKey]). Values may be empty and at
// most [MaxValueSize] bytes ([ErrValueTooLarge]; Badger's in-memory mode
// stops at 1 MiB). One transaction holds at most about [MaxTxnBytes] of keys
// and small values, and fewer than [MaxTxnWrites] writes ([ErrTxnTooBig]);
// the store never splits a transaction to fit.
package store
