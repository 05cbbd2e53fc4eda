package raft

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/atomicfile"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	hraft "github.com/hashicorp/raft"
)

// wal is Raft's log and stable store in append-only segment files
// (home/raft/wal), one fdatasync per append: the write-ahead log of etcd
// and of consensus logs generally, rather than a key-value store. Badger's
// synced commit (the first log store, kept for homes that have one) msyncs
// its memtable's whole mapping on every commit: in the cluster benchmark
// that was most of a write's latency and a quarter of the CPU.
//
// A segment is named after the index of its first entry (%020d.wal) and
// holds records [length u32][crc32c u32][encodeLog(entry)], entries in
// index order with no gap. The active (last) segment takes appends until
// it passes walSegmentBytes. Its torn tail after a crash is cut at start;
// a bad record anywhere else (in an older segment, or followed by a whole
// record) is corruption and refuses to open.
//
// Truncating the head (after a snapshot) deletes whole segments and
// records the new first index in wal/first, written atomically; entries
// below it in a kept segment are ignored. Truncating the tail (entries a
// new leader overrode) cuts the segment holding the first removed entry
// and deletes the segments after it, synced, before the call returns.
//
// The active segment grows by walPrealloc at a time with fallocate, ahead
// of its appends: an append then overwrites allocated blocks, and its
// fdatasync writes the data without a journal commit for the file's new
// size. On ext4 here that cuts an fsync's latency by about a third
// (BenchmarkWALAppend; etcd preallocates its segments too). The
// allocated space past the last record reads as zeros, which end the
// log; a finished segment is cut to its records before the next begins.
//
// The stable store (term, vote) is wal/stable, a JSON map rewritten
// atomically on each Set (a write per election, not per entry).
type wal struct {
	dir      string
	segBytes int64 // a segment takes appends until it passes this size

	mu     sync.RWMutex
	segs   []*segment // in index order; the last is the active one
	first  uint64     // first index kept (0: empty log)
	last   uint64     // last index (0: empty log)
	stable map[string][]byte
	buf    []byte
	// noPrealloc: the file system cannot preallocate (plain appends).
	noPrealloc bool
	// unsynced is the segment WriteLogs wrote last, until SyncLogs;
	// broken, once a sync failed, refuses appends.
	unsynced *segment
	broken   error
	// beforeSync, if set (tests), runs at the start of SyncLogs.
	beforeSync atomic.Pointer[func()]
	// recent holds the entries appended last (entry i at i%walCached, if
	// small): the leader's replicators and a follower's state machine
	// read each entry right after its append, and take it from here
	// instead of reading and decoding the file.
	recent [walCached]*hraft.Log
}

type segment struct {
	first uint64  // index of its first record
	offs  []int64 // offset of each record; entry first+i is at offs[i]
	size  int64   // end of the last record
	alloc int64   // the file's size: past size, preallocated zeros
	f     *os.File
}

const (
	walSegmentBytes = 64 << 20
	walPrealloc     = 4 << 20
	walHeader       = 8
	// walCached entries of at most walCachedBytes of data are kept in
	// memory after their append (at most 32 MiB).
	walCached      = 512
	walCachedBytes = 64 << 10
	// walMaxRecord bounds a record's length when reading: larger is
	// corruption (the leader's entries are bounded by maxEntryBytes).
	walMaxRecord = 256 << 20
)

var (
	_ hraft.LogStore          = (*wal)(nil)
	_ hraft.MonotonicLogStore = (*wal)(nil)
	_ hraft.WriteSyncLogStore = (*wal)(nil)
	_ hraft.StableStore       = (*wal)(nil)

	walCRC = crc32.MakeTable(crc32.Castagnoli)
)

// openWAL opens (creating) the write-ahead log in dir.
func openWAL(dir string) (*wal, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("raft wal: %w", err)
	}
	w := &wal{dir: dir, segBytes: walSegmentBytes, stable: map[string][]byte{}}
	if b, err := os.ReadFile(filepath.Join(dir, "stable")); err == nil {
		if err := json.Unmarshal(b, &w.stable); err != nil {
			return nil, fmt.Errorf("raft wal: %s: %w", filepath.Join(dir, "stable"), err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("raft wal: %w", err)
	}
	var floor uint64
	if b, err := os.ReadFile(filepath.Join(dir, "first")); err == nil {
		if floor, err = strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err != nil {
			return nil, fmt.Errorf("raft wal: %s: %w", filepath.Join(dir, "first"), err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("raft wal: %w", err)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.wal"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names) // zero-padded: name order is index order
	for i, name := range names {
		first, err := strconv.ParseUint(strings.TrimSuffix(filepath.Base(name), ".wal"), 10, 64)
		if err != nil {
			w.closeFiles()
			return nil, fmt.Errorf("raft wal: unexpected file %s", name)
		}
		seg, err := openSegment(name, first, i == len(names)-1)
		if err != nil {
			w.closeFiles()
			return nil, err
		}
		if n := len(w.segs); n > 0 {
			prev := w.segs[n-1]
			if prev.first+uint64(len(prev.offs)) != first {
				seg.f.Close()
				w.closeFiles()
				return nil, fmt.Errorf("raft wal: %s does not follow %d entries from %d (a gap in the log)", name, len(prev.offs), prev.first)
			}
		}
		w.segs = append(w.segs, seg)
	}
	// The log's bounds: from the recorded first index (or the first
	// segment's) to the last entry.
	if n := len(w.segs); n > 0 {
		lastSeg := w.segs[n-1]
		w.last = lastSeg.first + uint64(len(lastSeg.offs)) - 1
		if len(lastSeg.offs) == 0 {
			w.last = lastSeg.first - 1
		}
		w.first = max(w.segs[0].first, floor)
		if w.last < w.first {
			w.first, w.last = 0, 0
		}
	}
	return w, nil
}

// openSegment reads a segment's records. A bad record cuts the active
// segment there (a torn append); in an older segment it is corruption.
func openSegment(name string, first uint64, active bool) (*segment, error) {
	f, err := os.OpenFile(name, os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("raft wal: %w", err)
	}
	b, err := io.ReadAll(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("raft wal: read %s: %w", name, err)
	}
	seg := &segment{first: first, f: f}
	var off int64
	for int(off) < len(b) {
		rec, n, err := readRecord(b[off:])
		if err == nil {
			var l hraft.Log
			if err = decodeLog(rec, &l); err == nil && l.Index != first+uint64(len(seg.offs)) {
				err = fmt.Errorf("entry %d where %d belongs", l.Index, first+uint64(len(seg.offs)))
			}
		}
		if err != nil && allZero(b[off:]) {
			break // preallocated space: the end of the records
		}
		if err != nil {
			if !active || validAfter(b, off) {
				// Not the tail of the last append: records the log
				// acknowledged follow. Cutting here would lose them.
				f.Close()
				return nil, fmt.Errorf("raft wal: %s: corrupt record at offset %d: %v", name, off, err)
			}
			// The tail of an append a crash interrupted: it was never
			// acknowledged (the fdatasync did not return).
			if err := f.Truncate(off); err != nil {
				f.Close()
				return nil, fmt.Errorf("raft wal: cut the torn tail of %s: %w", name, err)
			}
			if err := f.Sync(); err != nil {
				f.Close()
				return nil, err
			}
			b = b[:off]
			break
		}
		seg.offs = append(seg.offs, off)
		off += int64(n)
	}
	seg.size, seg.alloc = off, int64(len(b))
	return seg, nil
}

func allZero(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b) != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// validAfter reports whether a whole record follows the bad one at off
// (found by its length field): then the damage is not a torn tail.
func validAfter(b []byte, off int64) bool {
	if len(b)-int(off) < walHeader {
		return false
	}
	n := int64(binary.BigEndian.Uint32(b[off:]))
	next := off + walHeader + n
	if n > walMaxRecord || next >= int64(len(b)) {
		return false
	}
	_, _, err := readRecord(b[next:])
	return err == nil
}

// readRecord returns the payload of the record at the start of b and the
// record's length.
func readRecord(b []byte) ([]byte, int, error) {
	if len(b) < walHeader {
		return nil, 0, errors.New("short header")
	}
	n := binary.BigEndian.Uint32(b)
	if n == 0 {
		return nil, 0, errors.New("empty record")
	}
	if n > walMaxRecord || int(n) > len(b)-walHeader {
		return nil, 0, fmt.Errorf("record of %d bytes past the end", n)
	}
	rec := b[walHeader : walHeader+int(n)]
	if crc32.Checksum(rec, walCRC) != binary.BigEndian.Uint32(b[4:]) {
		return nil, 0, errors.New("checksum mismatch")
	}
	return rec, walHeader + int(n), nil
}

func (w *wal) closeFiles() {
	for _, s := range w.segs {
		s.f.Close()
	}
	w.segs = nil
}

// Close closes the segment files, the active one cut to its records.
func (w *wal) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	var errs []error
	if n := len(w.segs); n > 0 {
		errs = append(errs, w.segs[n-1].cut())
	}
	for _, s := range w.segs {
		errs = append(errs, s.f.Close())
	}
	w.segs = nil
	return errors.Join(errs...)
}

func (w *wal) FirstIndex() (uint64, error) {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.first, nil
}

func (w *wal) LastIndex() (uint64, error) {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.last, nil
}

// find returns the segment holding index (w.mu held).
func (w *wal) find(index uint64) *segment {
	i := sort.Search(len(w.segs), func(i int) bool { return w.segs[i].first > index }) - 1
	if i < 0 {
		return nil
	}
	s := w.segs[i]
	if index-s.first >= uint64(len(s.offs)) {
		return nil
	}
	return s
}

func (w *wal) GetLog(index uint64, out *hraft.Log) error {
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.first == 0 || index < w.first || index > w.last {
		return hraft.ErrLogNotFound
	}
	if l := w.recent[index%walCached]; l != nil && l.Index == index {
		*out = *l
		return nil
	}
	s := w.find(index)
	if s == nil {
		return hraft.ErrLogNotFound
	}
	k := index - s.first
	end := s.size
	if k+1 < uint64(len(s.offs)) {
		end = s.offs[k+1]
	}
	b := make([]byte, end-s.offs[k])
	if _, err := s.f.ReadAt(b, s.offs[k]); err != nil {
		return fmt.Errorf("raft wal: read entry %d: %w", index, err)
	}
	rec, _, err := readRecord(b)
	if err != nil {
		return fmt.Errorf("raft wal: entry %d in %s: %v", index, s.f.Name(), err)
	}
	return decodeLog(rec, out)
}

// IsMonotonic tells Raft the log takes no gaps: after installing a
// snapshot past its last entry, a member deletes its whole log (and the
// next append starts a new one) instead of keeping entries before the
// snapshot and appending after a gap, which StoreLogs refuses.
func (w *wal) IsMonotonic() bool { return true }

func (w *wal) StoreLog(l *hraft.Log) error { return w.StoreLogs([]*hraft.Log{l}) }

// StoreLogs appends logs, which must follow the last entry (Raft deletes
// a conflicting suffix first), with one write and one fdatasync: a
// follower's append, acknowledged to the leader once it returns.
func (w *wal) StoreLogs(logs []*hraft.Log) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	a, err := w.write(logs)
	if err != nil || a == nil {
		return err
	}
	if err := fdatasync(a.s.f); err != nil {
		a.s.undo(a.n)
		return fmt.Errorf("raft wal: sync %d..%d: %w", a.first, a.last, err)
	}
	w.apply(a)
	return nil
}

// WriteLogs appends logs without waiting for them to be durable: GetLog
// reads them at once, so the leader's replicators send them to the
// followers while SyncLogs makes them durable here (hraft's
// WriteSyncLogStore, Amigo's patch to hashicorp/raft).
func (w *wal) WriteLogs(logs []*hraft.Log) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	a, err := w.write(logs)
	if err != nil || a == nil {
		return err
	}
	w.apply(a)
	w.unsynced = a.s
	return nil
}

// SyncLogs makes the last WriteLogs durable. Entries stay readable
// meanwhile (it holds the read lock only). After a failed sync the log
// refuses appends: whether the written entries reached the disk is
// unknown, and a later sync could not tell (the kernel may have dropped
// the dirty pages).
func (w *wal) SyncLogs() error {
	if f := w.beforeSync.Load(); f != nil {
		(*f)()
	}
	w.mu.Lock()
	s := w.unsynced
	w.unsynced = nil
	w.mu.Unlock()
	if s == nil {
		return nil
	}
	w.mu.RLock()
	err := fdatasync(s.f)
	w.mu.RUnlock()
	if err != nil {
		w.mu.Lock()
		w.broken = fmt.Errorf("raft wal: a sync of %s failed: %w", s.f.Name(), err)
		w.mu.Unlock()
		return w.broken
	}
	return nil
}

// appendOp is an append written to its segment, not yet in the index.
type appendOp struct {
	logs        []*hraft.Log
	s           *segment
	offs        []int64
	n           int
	first, last uint64
}

// write writes logs after the last entry (w.mu held).
func (w *wal) write(logs []*hraft.Log) (*appendOp, error) {
	if len(logs) == 0 {
		return nil, nil
	}
	if w.broken != nil {
		return nil, w.broken
	}
	next := logs[0].Index
	if w.last != 0 && next != w.last+1 {
		return nil, fmt.Errorf("raft wal: append of entry %d after entry %d", next, w.last)
	}
	for i, l := range logs {
		if l.Index != next+uint64(i) {
			return nil, fmt.Errorf("raft wal: entries to append are not consecutive (%d after %d)", l.Index, next+uint64(i)-1)
		}
	}
	s, err := w.active(next)
	if err != nil {
		return nil, err
	}
	a := &appendOp{logs: logs, s: s, offs: make([]int64, 0, len(logs)), first: next, last: logs[len(logs)-1].Index}
	buf := w.buf[:0]
	for _, l := range logs {
		a.offs = append(a.offs, s.size+int64(len(buf)))
		start := len(buf)
		buf = append(buf, make([]byte, walHeader)...)
		buf = appendLog(buf, l)
		rec := buf[start+walHeader:]
		binary.BigEndian.PutUint32(buf[start:], uint32(len(rec)))
		binary.BigEndian.PutUint32(buf[start+4:], crc32.Checksum(rec, walCRC))
	}
	if cap(buf) <= 1<<20 {
		w.buf = buf // keep a small buffer between appends
	}
	a.n = len(buf)
	if err := w.grow(s, s.size+int64(len(buf))); err != nil {
		return nil, fmt.Errorf("raft wal: append %d..%d: %w", a.first, a.last, err)
	}
	if _, err := s.f.WriteAt(buf, s.size); err != nil {
		// Nothing is acknowledged; cut what may have been written.
		s.undo(len(buf))
		return nil, fmt.Errorf("raft wal: append %d..%d: %w", a.first, a.last, err)
	}
	return a, nil
}

// apply adds a written append to the index (w.mu held).
func (w *wal) apply(a *appendOp) {
	a.s.offs = append(a.s.offs, a.offs...)
	a.s.size += int64(a.n)
	if w.first == 0 {
		w.first = a.first
	}
	w.last = a.last
	for _, l := range a.logs {
		if len(l.Data) <= walCachedBytes {
			w.recent[l.Index%walCached] = l
		} else {
			w.recent[l.Index%walCached] = nil
		}
	}
}

// grow preallocates s up to end and past it, by walPrealloc at a time.
func (w *wal) grow(s *segment, end int64) error {
	if end <= s.alloc || w.noPrealloc {
		return nil
	}
	n := (end - s.alloc + walPrealloc - 1) / walPrealloc * walPrealloc
	switch err := preallocate(s.f, s.alloc, n); {
	case err == nil:
		s.alloc += n
	case errors.Is(err, errors.ErrUnsupported):
		w.noPrealloc = true // plain appends
	default:
		return fmt.Errorf("preallocate %s: %w", s.f.Name(), err)
	}
	return nil
}

// undo clears what a failed append may have written past the records:
// a later append would otherwise leave it between them.
func (s *segment) undo(n int) {
	if s.alloc >= s.size+int64(n) {
		s.f.WriteAt(make([]byte, n), s.size)
		return
	}
	s.f.Truncate(s.size)
}

// cut gives back the space preallocated past the records and syncs the
// segment (with whatever WriteLogs left unsynced in it).
func (s *segment) cut() error {
	if s.alloc != s.size {
		if err := s.f.Truncate(s.size); err != nil {
			return fmt.Errorf("raft wal: cut %s: %w", s.f.Name(), err)
		}
		s.alloc = s.size
	}
	if err := fdatasync(s.f); err != nil {
		return fmt.Errorf("raft wal: sync %s: %w", s.f.Name(), err)
	}
	return nil
}

// active returns the segment that takes an append starting at next,
// starting a new one when there is none, the active one is full, or the
// log is empty and next is not where the active one continues.
func (w *wal) active(next uint64) (*segment, error) {
	if n := len(w.segs); n > 0 {
		s := w.segs[n-1]
		if s.size < w.segBytes && s.first+uint64(len(s.offs)) == next {
			return s, nil
		}
		if w.last == 0 {
			// An empty log starting elsewhere: what is left (an empty
			// segment, entries below the recorded first) goes.
			if err := w.deleteAll(); err != nil {
				return nil, err
			}
		} else if err := s.cut(); err != nil {
			// A finished segment ends at its last record, synced: the
			// last WriteLogs may have left its entries unsynced there.
			w.broken = err
			return nil, err
		}
	}
	name := filepath.Join(w.dir, fmt.Sprintf("%020d.wal", next))
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, fmt.Errorf("raft wal: %w", err)
	}
	if err := syncDir(w.dir); err != nil {
		f.Close()
		return nil, err
	}
	s := &segment{first: next, f: f}
	w.segs = append(w.segs, s)
	return s, nil
}

// DeleteRange deletes entries lo..hi: a prefix of the log (compaction
// after a snapshot), a suffix (entries a new leader overrode), or all.
func (w *wal) DeleteRange(lo, hi uint64) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.first == 0 || hi < w.first || lo > w.last {
		return nil
	}
	lo, hi = max(lo, w.first), min(hi, w.last)
	if hi == w.last { // entries past the end are gone (or will differ)
		w.recent = [walCached]*hraft.Log{}
	}
	switch {
	case lo == w.first && hi == w.last:
		return w.deleteAll()
	case lo == w.first:
		return w.deleteHead(hi)
	case hi == w.last:
		return w.deleteTail(lo)
	}
	return fmt.Errorf("raft wal: delete %d..%d from the middle of %d..%d", lo, hi, w.first, w.last)
}

func (w *wal) deleteAll() error {
	for _, s := range w.segs {
		s.f.Close()
		if err := os.Remove(s.f.Name()); err != nil {
			return fmt.Errorf("raft wal: %w", err)
		}
	}
	w.segs, w.first, w.last = nil, 0, 0
	if err := w.writeFirst(0); err != nil {
		return err
	}
	return syncDir(w.dir)
}

// deleteHead drops entries up to hi: the first index is recorded first,
// then the segments wholly below it go.
func (w *wal) deleteHead(hi uint64) error {
	if err := w.writeFirst(hi + 1); err != nil {
		return err
	}
	w.first = hi + 1
	keep := w.segs[:0]
	for i, s := range w.segs {
		if i < len(w.segs)-1 && s.first+uint64(len(s.offs)) <= w.first {
			s.f.Close()
			if err := os.Remove(s.f.Name()); err != nil {
				return fmt.Errorf("raft wal: %w", err)
			}
			continue
		}
		keep = append(keep, s)
	}
	w.segs = slices.Clip(keep)
	return syncDir(w.dir)
}

// deleteTail drops entries from lo on, synced before it returns: Raft
// appends the leader's entries in their place next.
func (w *wal) deleteTail(lo uint64) error {
	for len(w.segs) > 0 {
		s := w.segs[len(w.segs)-1]
		if s.first >= lo {
			s.f.Close()
			if err := os.Remove(s.f.Name()); err != nil {
				return fmt.Errorf("raft wal: %w", err)
			}
			w.segs = w.segs[:len(w.segs)-1]
			continue
		}
		k := lo - s.first
		if k < uint64(len(s.offs)) {
			if err := s.f.Truncate(s.offs[k]); err != nil {
				return fmt.Errorf("raft wal: truncate %s: %w", s.f.Name(), err)
			}
			if err := s.f.Sync(); err != nil {
				return fmt.Errorf("raft wal: %w", err)
			}
			s.size, s.offs = s.offs[k], s.offs[:k]
			s.alloc = s.size
		}
		break
	}
	w.last = lo - 1
	if len(w.segs) == 0 || w.last < w.first {
		return w.deleteAll()
	}
	return syncDir(w.dir)
}

// writeFirst records the first index kept (0: none recorded).
func (w *wal) writeFirst(first uint64) error {
	return atomicfile.Write(filepath.Join(w.dir, "first"), []byte(strconv.FormatUint(first, 10)+"\n"), 0o600)
}

func (w *wal) Set(k, v []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	old, had := w.stable[string(k)]
	if had && bytes.Equal(old, v) {
		return nil
	}
	w.stable[string(k)] = append([]byte(nil), v...)
	b, err := json.Marshal(w.stable)
	if err == nil {
		err = atomicfile.Write(filepath.Join(w.dir, "stable"), b, 0o600)
	}
	if err != nil {
		if had {
			w.stable[string(k)] = old
		} else {
			delete(w.stable, string(k))
		}
		return fmt.Errorf("raft wal: stable store: %w", err)
	}
	return nil
}

// Get returns an error "not found" for a missing key, as Raft expects.
func (w *wal) Get(k []byte) ([]byte, error) {
	w.mu.RLock()
	defer w.mu.RUnlock()
	v, ok := w.stable[string(k)]
	if !ok {
		return nil, errors.New("not found")
	}
	return append([]byte(nil), v...), nil
}

func (w *wal) SetUint64(k []byte, v uint64) error {
	return w.Set(k, binary.BigEndian.AppendUint64(nil, v))
}

// GetUint64 reads a missing key as zero, as Raft expects.
func (w *wal) GetUint64(k []byte) (uint64, error) {
	w.mu.RLock()
	defer w.mu.RUnlock()
	v, ok := w.stable[string(k)]
	if !ok {
		return 0, nil
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("raft stable store: key %q holds %d bytes, want 8", k, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

func syncDir(dir string) error {
	if err := atomicfile.SyncDir(dir); err != nil {
		return fmt.Errorf("raft wal: sync %s: %w", dir, err)
	}
	return nil
}
