package chain

import (
	"sync"

	dbm "github.com/cometbft/cometbft-db"
)

// stoppableDB wraps a CometBFT database so that reads and writes after
// Close are harmless: CometBFT v0.40's Stop closes its block store while
// per-peer consensus goroutines may still read it, and a read error there
// panics the whole process (store.LoadSeenCommit). After Close, reads
// find nothing and writes are dropped, as if the process had stopped at
// Close, which CometBFT's crash recovery handles. Close waits for the
// operations in flight.
type stoppableDB struct {
	mu     sync.RWMutex
	db     dbm.DB
	closed bool
}

var emptyDB = dbm.NewMemDB()

func (s *stoppableDB) Get(k []byte) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, nil
	}
	return s.db.Get(k)
}

func (s *stoppableDB) Has(k []byte) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return false, nil
	}
	return s.db.Has(k)
}

func (s *stoppableDB) write(f func() error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil
	}
	return f()
}

func (s *stoppableDB) Set(k, v []byte) error { return s.write(func() error { return s.db.Set(k, v) }) }
func (s *stoppableDB) SetSync(k, v []byte) error {
	return s.write(func() error { return s.db.SetSync(k, v) })
}
func (s *stoppableDB) Delete(k []byte) error { return s.write(func() error { return s.db.Delete(k) }) }
func (s *stoppableDB) DeleteSync(k []byte) error {
	return s.write(func() error { return s.db.DeleteSync(k) })
}

func (s *stoppableDB) Iterator(start, end []byte) (dbm.Iterator, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return emptyDB.Iterator(start, end)
	}
	return s.db.Iterator(start, end)
}

func (s *stoppableDB) ReverseIterator(start, end []byte) (dbm.Iterator, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return emptyDB.ReverseIterator(start, end)
	}
	return s.db.ReverseIterator(start, end)
}

func (s *stoppableDB) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.db.Close()
}

func (s *stoppableDB) NewBatch() dbm.Batch {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return emptyDB.NewBatch()
	}
	return &stoppableBatch{s: s, b: s.db.NewBatch()}
}

func (s *stoppableDB) Print() error { return s.write(s.db.Print) }

func (s *stoppableDB) Stats() map[string]string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return map[string]string{}
	}
	return s.db.Stats()
}

func (s *stoppableDB) Compact(start, end []byte) error {
	return s.write(func() error { return s.db.Compact(start, end) })
}

type stoppableBatch struct {
	s *stoppableDB
	b dbm.Batch
}

func (b *stoppableBatch) Set(k, v []byte) error { return b.b.Set(k, v) }
func (b *stoppableBatch) Delete(k []byte) error { return b.b.Delete(k) }
func (b *stoppableBatch) Write() error          { return b.s.write(b.b.Write) }
func (b *stoppableBatch) WriteSync() error      { return b.s.write(b.b.WriteSync) }
func (b *stoppableBatch) Close() error          { return b.b.Close() }
