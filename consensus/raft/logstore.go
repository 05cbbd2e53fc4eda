package raft

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	hraft "github.com/hashicorp/raft"

	"github.com/amigo-platform/amigo/store"
)

// logStore is Raft's log and stable store in a Badger store of its own,
// the first log store, still opened for homes that have one (new homes
// get the write-ahead log, wal.go)
// (home/raft/log, SyncWrites on): a separate database rather than a key
// prefix in the state's, because a snapshot restore replaces the state
// store's whole content (DropAll + Load) and must not touch the log, and
// because the log's appends and truncations then never compete with the
// state's compactions.
//
// Keys: "l" + big-endian index -> encoded raft.Log; "s" + key -> value.
type logStore struct {
	st          store.Store
	mu          sync.Mutex
	first, last uint64 // 0, 0: empty
}

var (
	_ hraft.LogStore    = (*logStore)(nil)
	_ hraft.StableStore = (*logStore)(nil)
)

func openLogStore(st store.Store) (*logStore, error) {
	ls := &logStore{st: st}
	txn := st.NewTxn(false)
	defer txn.Discard()
	for _, rev := range []bool{false, true} {
		err := txn.Iterate([]byte("l"), nil, rev, func(k, _ []byte) bool {
			if rev {
				ls.last = binary.BigEndian.Uint64(k[1:])
			} else {
				ls.first = binary.BigEndian.Uint64(k[1:])
			}
			return false
		})
		if err != nil {
			return nil, fmt.Errorf("raft log: %w", err)
		}
	}
	return ls, nil
}

func logKey(i uint64) []byte { return binary.BigEndian.AppendUint64([]byte("l"), i) }

func (ls *logStore) FirstIndex() (uint64, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return ls.first, nil
}

func (ls *logStore) LastIndex() (uint64, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return ls.last, nil
}

func (ls *logStore) GetLog(index uint64, out *hraft.Log) error {
	txn := ls.st.NewTxn(false)
	defer txn.Discard()
	b, err := txn.Get(logKey(index))
	if errors.Is(err, store.ErrNotFound) {
		return hraft.ErrLogNotFound
	}
	if err != nil {
		return err
	}
	return decodeLog(b, out)
}

func (ls *logStore) StoreLog(l *hraft.Log) error { return ls.StoreLogs([]*hraft.Log{l}) }

// StoreLogs writes logs in one synced transaction.
func (ls *logStore) StoreLogs(logs []*hraft.Log) error {
	if len(logs) == 0 {
		return nil
	}
	txn := ls.st.NewTxn(true)
	defer txn.Discard()
	for _, l := range logs {
		if err := txn.Set(logKey(l.Index), encodeLog(l)); err != nil {
			return fmt.Errorf("raft log: store %d: %w", l.Index, err)
		}
	}
	if err := txn.Commit(); err != nil {
		return fmt.Errorf("raft log: store %d..%d: %w", logs[0].Index, logs[len(logs)-1].Index, err)
	}
	ls.mu.Lock()
	if ls.first == 0 || logs[0].Index < ls.first {
		ls.first = logs[0].Index
	}
	if l := logs[len(logs)-1].Index; l > ls.last {
		ls.last = l
	}
	ls.mu.Unlock()
	return nil
}

// DeleteRange deletes [min, max], in transactions of bounded size.
func (ls *logStore) DeleteRange(lo0, hi0 uint64) error {
	const chunk = 10000
	for lo := lo0; lo <= hi0; lo += chunk {
		hi := min(lo+chunk-1, hi0)
		txn := ls.st.NewTxn(true)
		for i := lo; i <= hi; i++ {
			if err := txn.Delete(logKey(i)); err != nil {
				txn.Discard()
				return fmt.Errorf("raft log: delete %d: %w", i, err)
			}
		}
		if err := txn.Commit(); err != nil {
			txn.Discard()
			return fmt.Errorf("raft log: delete %d..%d: %w", lo, hi, err)
		}
		txn.Discard()
		if hi == hi0 {
			break
		}
	}
	ls.mu.Lock()
	defer ls.mu.Unlock()
	switch {
	case lo0 <= ls.first && hi0 >= ls.last:
		ls.first, ls.last = 0, 0
	case lo0 <= ls.first:
		ls.first = hi0 + 1
	case hi0 >= ls.last:
		ls.last = lo0 - 1
	}
	return nil
}

func stableKey(k []byte) []byte { return append([]byte("s"), k...) }

func (ls *logStore) Set(k, v []byte) error {
	txn := ls.st.NewTxn(true)
	defer txn.Discard()
	if err := txn.Set(stableKey(k), v); err != nil {
		return err
	}
	return txn.Commit()
}

// Get returns an empty value for a missing key, as raft expects.
func (ls *logStore) Get(k []byte) ([]byte, error) {
	txn := ls.st.NewTxn(false)
	defer txn.Discard()
	b, err := txn.Get(stableKey(k))
	if errors.Is(err, store.ErrNotFound) {
		return nil, errors.New("not found")
	}
	return b, err
}

func (ls *logStore) SetUint64(k []byte, v uint64) error {
	return ls.Set(k, binary.BigEndian.AppendUint64(nil, v))
}

func (ls *logStore) GetUint64(k []byte) (uint64, error) {
	txn := ls.st.NewTxn(false)
	defer txn.Discard()
	b, err := txn.Get(stableKey(k))
	if errors.Is(err, store.ErrNotFound) {
		return 0, nil // raft reads a missing key as zero
	}
	if err != nil {
		return 0, err
	}
	if len(b) != 8 {
		return 0, fmt.Errorf("raft stable store: key %q holds %d bytes, want 8", k, len(b))
	}
	return binary.BigEndian.Uint64(b), nil
}

// encodeLog: index, term, type (uvarints), appended-at (unix nanos,
// varint), then data and extensions, each length-prefixed.
func encodeLog(l *hraft.Log) []byte {
	return appendLog(make([]byte, 0, 32+len(l.Data)+len(l.Extensions)), l)
}

// appendLog appends l's encoding to b.
func appendLog(b []byte, l *hraft.Log) []byte {
	b = binary.AppendUvarint(b, l.Index)
	b = binary.AppendUvarint(b, l.Term)
	b = binary.AppendUvarint(b, uint64(l.Type))
	var at int64
	if !l.AppendedAt.IsZero() {
		at = l.AppendedAt.UnixNano()
	}
	b = binary.AppendVarint(b, at)
	b = binary.AppendUvarint(b, uint64(len(l.Data)))
	b = append(b, l.Data...)
	b = binary.AppendUvarint(b, uint64(len(l.Extensions)))
	return append(b, l.Extensions...)
}

func decodeLog(b []byte, l *hraft.Log) error {
	bad := errors.New("raft log: corrupt entry")
	var vals [3]uint64
	for i := range vals {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return bad
		}
		vals[i], b = v, b[n:]
	}
	at, n := binary.Varint(b)
	if n <= 0 {
		return bad
	}
	b = b[n:]
	var parts [2][]byte
	for i := range parts {
		ln, n := binary.Uvarint(b)
		if n <= 0 || uint64(len(b)-n) < ln {
			return bad
		}
		if ln > 0 {
			parts[i] = append([]byte(nil), b[n:n+int(ln)]...)
		}
		b = b[n+int(ln):]
	}
	*l = hraft.Log{Index: vals[0], Term: vals[1], Type: hraft.LogType(vals[2]), Data: parts[0], Extensions: parts[1]}
	if at != 0 {
		l.AppendedAt = time.Unix(0, at)
	}
	return nil
}
