package raft

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	hraft "github.com/hashicorp/raft"
)

func walEntry(i, term uint64) *hraft.Log {
	return &hraft.Log{Index: i, Term: term, Type: hraft.LogCommand, Data: []byte(fmt.Sprintf("entry %d term %d %s", i, term, strings.Repeat("x", int(i%7)*40)))}
}

func openTestWAL(t *testing.T, dir string) *wal {
	t.Helper()
	w, err := openWAL(dir)
	if err != nil {
		t.Fatal(err)
	}
	w.segBytes = 1 << 10 // several segments
	return w
}

func appendRange(t *testing.T, w *wal, lo, hi, term uint64) {
	t.Helper()
	var logs []*hraft.Log
	for i := lo; i <= hi; i++ {
		logs = append(logs, walEntry(i, term))
		if len(logs) == 5 || i == hi {
			if err := w.StoreLogs(logs); err != nil {
				t.Fatal(err)
			}
			logs = nil
		}
	}
}

// wantLog checks the log holds first..last, entry i of term termOf(i).
func wantLog(t *testing.T, w *wal, first, last uint64, termOf func(uint64) uint64) {
	t.Helper()
	if f, _ := w.FirstIndex(); f != first {
		t.Fatalf("first index %d, want %d", f, first)
	}
	if l, _ := w.LastIndex(); l != last {
		t.Fatalf("last index %d, want %d", l, last)
	}
	if first == 0 {
		return
	}
	// Entries appended last are read from memory: read them so, then
	// from the files.
	cached := w.recent
	defer func() { w.recent = cached }()
	for _, from := range []string{"memory", "files"} {
		for i := first; i <= last; i++ {
			var l hraft.Log
			if err := w.GetLog(i, &l); err != nil {
				t.Fatalf("entry %d (%s): %v", i, from, err)
			}
			want := walEntry(i, termOf(i))
			if l.Index != i || l.Term != want.Term || string(l.Data) != string(want.Data) {
				t.Fatalf("entry %d (%s): %+v, want %+v", i, from, l, want)
			}
		}
		w.recent = [walCached]*hraft.Log{}
	}
	var l hraft.Log
	for _, i := range []uint64{first - 1, last + 1} {
		if err := w.GetLog(i, &l); err != hraft.ErrLogNotFound {
			t.Fatalf("entry %d outside %d..%d: %v", i, first, last, err)
		}
	}
}

func term1(uint64) uint64 { return 1 }

// Appends, compaction of the head, a suffix overridden by a new leader's
// entries and the stable store survive reopening.
func TestWAL(t *testing.T) {
	dir := t.TempDir()
	w := openTestWAL(t, dir)
	wantLog(t, w, 0, 0, term1)
	appendRange(t, w, 1, 100, 1)
	wantLog(t, w, 1, 100, term1)
	if segs, _ := filepath.Glob(filepath.Join(dir, "*.wal")); len(segs) < 5 {
		t.Fatalf("%d segments, want several", len(segs))
	}
	if err := w.StoreLogs([]*hraft.Log{walEntry(102, 1)}); err == nil {
		t.Fatal("an append with a gap was taken")
	}
	// compaction after a snapshot
	if err := w.DeleteRange(1, 40); err != nil {
		t.Fatal(err)
	}
	wantLog(t, w, 41, 100, term1)
	// a new leader overrides 91..100 with its own entries of term 2
	if err := w.DeleteRange(91, 100); err != nil {
		t.Fatal(err)
	}
	appendRange(t, w, 91, 120, 2)
	term := func(i uint64) uint64 {
		if i >= 91 {
			return 2
		}
		return 1
	}
	wantLog(t, w, 41, 120, term)
	if err := w.SetUint64([]byte("CurrentTerm"), 2); err != nil {
		t.Fatal(err)
	}
	if err := w.Set([]byte("LastVoteCand"), []byte("peer-b")); err != nil {
		t.Fatal(err)
	}
	w.Close()

	w = openTestWAL(t, dir)
	wantLog(t, w, 41, 120, term)
	if v, err := w.GetUint64([]byte("CurrentTerm")); err != nil || v != 2 {
		t.Fatalf("CurrentTerm %d %v", v, err)
	}
	if v, err := w.Get([]byte("LastVoteCand")); err != nil || string(v) != "peer-b" {
		t.Fatalf("LastVoteCand %q %v", v, err)
	}
	if _, err := w.Get([]byte("missing")); err == nil || err.Error() != "not found" {
		t.Fatalf("missing key: %v", err)
	}
	if v, err := w.GetUint64([]byte("missing")); err != nil || v != 0 {
		t.Fatalf("missing uint64: %d %v", v, err)
	}
	// a follower that installs a snapshot drops its whole log and goes on
	// after the snapshot's index
	if err := w.DeleteRange(41, 120); err != nil {
		t.Fatal(err)
	}
	wantLog(t, w, 0, 0, term1)
	appendRange(t, w, 500, 510, 3)
	w.Close()
	w = openTestWAL(t, dir)
	defer w.Close()
	wantLog(t, w, 500, 510, func(uint64) uint64 { return 3 })
	if segs, _ := filepath.Glob(filepath.Join(dir, "*.wal")); filepath.Base(segs[0]) != fmt.Sprintf("%020d.wal", 500) {
		t.Fatalf("segments after the whole log went: %v", segs)
	}
}

// A crash in the middle of an append leaves a torn record at the end of
// the active segment: it is cut at start, and appends go on after the
// last whole entry. The same damage in an older segment refuses to open.
func TestWALTornTail(t *testing.T) {
	for _, damage := range []struct {
		name string
		do   func(b []byte) []byte
	}{
		{"half a record", func(b []byte) []byte { return b[:len(b)-7] }},
		{"garbage after the last record", func(b []byte) []byte { return append(b, 0, 0, 1, 0, 9, 9) }},
		{"a flipped byte in the last record", func(b []byte) []byte { b[len(b)-3] ^= 0xff; return b }},
	} {
		for _, crash := range []bool{false, true} {
			name := damage.name + " after a close"
			if crash {
				name = damage.name + " after a crash"
			}
			t.Run(name, func(t *testing.T) { walTornTail(t, damage.name, damage.do, crash) })
		}
	}
}

// walTornTail damages the end of the active segment's records. After a
// crash (the files closed as they are), preallocated zeros follow them.
func walTornTail(t *testing.T, name string, damage func([]byte) []byte, crash bool) {
	dir := t.TempDir()
	w := openTestWAL(t, dir)
	appendRange(t, w, 1, 30, 1)
	end := w.segs[len(w.segs)-1].size
	if crash {
		w.closeFiles()
	} else {
		w.Close()
	}
	segs, _ := filepath.Glob(filepath.Join(dir, "*.wal"))
	lastSeg := segs[len(segs)-1]
	b, _ := os.ReadFile(lastSeg)
	if crash && int64(len(b)) < end+walPrealloc/2 {
		t.Fatalf("active segment of %d bytes after a crash: not preallocated past its records (%d bytes)", len(b), end)
	}
	if !crash && int64(len(b)) != end {
		t.Fatalf("active segment of %d bytes after a close: want its records only (%d bytes)", len(b), end)
	}
	d := damage(append([]byte(nil), b[:end]...))
	os.WriteFile(lastSeg, append(d, make([]byte, max(0, len(b)-len(d)))...), 0o600)
	w = openTestWAL(t, dir)
	last, _ := w.LastIndex()
	if name == "garbage after the last record" {
		if last != 30 {
			t.Fatalf("last %d, want 30", last)
		}
	} else if last != 29 {
		t.Fatalf("last %d, want 29 (the torn entry cut)", last)
	}
	appendRange(t, w, last+1, 40, 2)
	w.Close()
	w = openTestWAL(t, dir)
	defer w.Close()
	wantLog(t, w, 1, 40, func(i uint64) uint64 {
		if i > last {
			return 2
		}
		return 1
	})

	// an older segment damaged the same way is corruption
	first := segs[0]
	b, _ = os.ReadFile(first)
	os.WriteFile(first, damage(b), 0o600)
	w.Close()
	if _, err := openWAL(dir); err == nil || !strings.Contains(err.Error(), "corrupt record") && !strings.Contains(err.Error(), "gap") {
		t.Fatalf("damaged older segment: %v", err)
	}
}

// A home made before the write-ahead log (its log in raft/log, a Badger
// store) keeps its log there: the member restarts with its entries.
func TestOlderHomeKeepsBadgerLog(t *testing.T) {
	m := &member{t: t, dir: t.TempDir(), psk: newPSK(t)}
	if err := os.MkdirAll(filepath.Join(m.dir, "raft", "log"), 0o700); err != nil {
		t.Fatal(err)
	}
	m.startHost()
	m.start([]string{m.addr}, nil)
	c := &cluster{t: t, ms: []*member{m}}
	t.Cleanup(func() { m.kill() })
	deploy(t, c.leader(), "counter", counterSrc)
	if m.seq.logs == nil || m.seq.wal != nil {
		t.Fatal("the member of an older home did not open its Badger log")
	}
	last := m.seq.Raft().LastIndex()
	m.kill()
	m.start(nil, nil)
	c.leader()
	if got := m.seq.Raft().LastIndex(); got < last {
		t.Fatalf("last index %d after the restart, want at least %d", got, last)
	}
	if _, err := os.Stat(filepath.Join(m.dir, "raft", "wal")); !os.IsNotExist(err) {
		t.Fatalf("a write-ahead log appeared beside the Badger log: %v", err)
	}
}

// Damage in the middle of the active segment, with whole records after
// it, is not a torn append: the log refuses to open rather than cut
// acknowledged entries.
func TestWALCorruptActiveSegment(t *testing.T) {
	dir := t.TempDir()
	w, err := openWAL(dir) // one segment
	if err != nil {
		t.Fatal(err)
	}
	appendRange(t, w, 1, 10, 1)
	w.Close()
	segs, _ := filepath.Glob(filepath.Join(dir, "*.wal"))
	if len(segs) != 1 {
		t.Fatalf("segments %v", segs)
	}
	b, _ := os.ReadFile(segs[0])
	b[walHeader+2] ^= 0xff // inside the first record's payload
	os.WriteFile(segs[0], b, 0o600)
	if _, err := openWAL(dir); err == nil || !strings.Contains(err.Error(), "corrupt record at offset 0") {
		t.Fatalf("open with a damaged first record: %v", err)
	}
}

// After a crash the active segment ends in preallocated zeros: they end
// the log, every entry before them is kept, and appends go on over them.
func TestWALPreallocatedCrash(t *testing.T) {
	dir := t.TempDir()
	w, err := openWAL(dir) // one segment
	if err != nil {
		t.Fatal(err)
	}
	appendRange(t, w, 1, 30, 1)
	w.closeFiles() // a crash: nothing cut
	for _, hi := range []uint64{40, 50} {
		if w, err = openWAL(dir); err != nil {
			t.Fatal(err)
		}
		s := w.segs[0]
		if s.alloc < s.size+walPrealloc/2 {
			t.Fatalf("segment of %d bytes holds %d bytes of records: the preallocated space was lost", s.alloc, s.size)
		}
		appendRange(t, w, hi-9, hi, 1)
		w.closeFiles()
	}
	w, err = openWAL(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	wantLog(t, w, 1, 50, term1)
}

// BenchmarkWALAppend appends one entry at a time (an fdatasync each), to
// a preallocated segment and with plain appends, side by side:
//
//	go test ./consensus/raft -run '^$' -bench WALAppend -benchtime 3000x
func BenchmarkWALAppend(b *testing.B) {
	for _, prealloc := range []bool{true, false} {
		b.Run(fmt.Sprintf("preallocated=%v", prealloc), func(b *testing.B) {
			w, err := openWAL(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer w.Close()
			w.noPrealloc = !prealloc
			data := make([]byte, 300)
			b.ResetTimer()
			for i := range b.N {
				if err := w.StoreLogs([]*hraft.Log{{Index: uint64(i + 1), Term: 1, Type: hraft.LogCommand, Data: data}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The leader's append: WriteLogs makes entries readable at once (the
// replicators send them while the leader syncs), SyncLogs makes them
// durable, and after a failed sync the log refuses appends.
func TestWALWriteThenSync(t *testing.T) {
	dir := t.TempDir()
	w := openTestWAL(t, dir)
	appendRange(t, w, 1, 10, 1)
	if err := w.WriteLogs([]*hraft.Log{walEntry(11, 1), walEntry(12, 1)}); err != nil {
		t.Fatal(err)
	}
	var l hraft.Log
	if err := w.GetLog(12, &l); err != nil || l.Index != 12 {
		t.Fatalf("entry 12 before the sync: %+v %v", l, err)
	}
	if err := w.SyncLogs(); err != nil {
		t.Fatal(err)
	}
	w.closeFiles() // a crash after the sync
	w = openTestWAL(t, dir)
	wantLog(t, w, 1, 12, term1)

	if err := w.WriteLogs([]*hraft.Log{walEntry(13, 1)}); err != nil {
		t.Fatal(err)
	}
	w.unsynced.f.Close() // the sync fails
	if err := w.SyncLogs(); err == nil {
		t.Fatal("SyncLogs on a closed file succeeded")
	}
	if err := w.StoreLogs([]*hraft.Log{walEntry(14, 1)}); err == nil || !strings.Contains(err.Error(), "sync") {
		t.Fatalf("append after a failed sync: %v", err)
	}
	if err := w.WriteLogs([]*hraft.Log{walEntry(14, 1)}); err == nil {
		t.Fatal("WriteLogs after a failed sync succeeded")
	}
}
