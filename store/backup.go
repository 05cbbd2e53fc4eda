package store

import (
	"fmt"
	"io"
)

// Snapshotter is implemented by stores that can stream their whole
// content out and load it back (Raft snapshots, a fresh member's restore).
// Disk and in-memory Badger stores implement it; the memory store does not.
type Snapshotter interface {
	// Backup writes every live key and value, as of one consistent
	// snapshot taken when it starts (one read transaction), to w: writes
	// committed while it runs are not in it.
	Backup(w io.Writer) error
	// Restore replaces the store's whole content with a stream written by
	// Backup. No transaction may run meanwhile; on error the store may
	// hold part of the stream and must be restored again before use.
	Restore(r io.Reader) error
	// Sync makes every committed write durable, for a store opened
	// without Sync whose writes are durable elsewhere first (a Raft log)
	// until a snapshot lets that log be truncated.
	Sync() error
}

var _ Snapshotter = (*badgerStore)(nil)

// Backup implements Snapshotter with Badger's backup stream.
func (s *badgerStore) Backup(w io.Writer) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.exit()
	// Badger's DB.Backup runs NumGoroutines producers, each over key
	// ranges with a read transaction of its own, opened when it starts:
	// a commit between two of them would give a backup whose parts are of
	// different moments (say, a state record newer than the Raft index
	// recorded beside it, applied twice after a restore). One producer
	// reads everything through one transaction.
	stream := s.db.NewStream()
	stream.LogPrefix = "store.Backup"
	stream.NumGo = 1
	if _, err := stream.Backup(w, 0); err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}

// Restore implements Snapshotter: Badger's DropAll, then Load.
func (s *badgerStore) Restore(r io.Reader) error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.exit()
	if err := s.db.DropAll(); err != nil {
		return fmt.Errorf("store: restore: drop the old content: %w", err)
	}
	if err := s.db.Load(r, 256); err != nil {
		return fmt.Errorf("store: restore: load: %w", err)
	}
	if err := s.db.Sync(); err != nil {
		return fmt.Errorf("store: restore: sync: %w", err)
	}
	return nil
}

// Sync implements Snapshotter.
func (s *badgerStore) Sync() error {
	if err := s.enter(); err != nil {
		return err
	}
	defer s.exit()
	if err := s.db.Sync(); err != nil {
		return fmt.Errorf("store: sync: %w", err)
	}
	return nil
}
