// Package gctune paces Go's garbage collector by the heap it has to scan.
//
// GOGC lets the heap grow by a share of the whole live heap before the next
// collection. A node's live heap is mostly Badger's memtable arenas: byte
// slices of about 170 MiB each that the collector never scans and that stay
// for the life of the store. With GOGC=100 a node therefore lets garbage
// pile up to the arenas' size (a few hundred MiB) between collections, and
// on a fresh process all of it lands on pages the kernel has to fault in
// and zero: about a third of the CPU of a write in the cluster benchmark.
// Collecting more often costs little here, because what a collection costs
// is the scannable heap, which is small.
//
// The tuner sets the GC percentage after every collection so that the heap
// may grow by the scannable heap plus a floor (as GOGC=100 would allow for
// a heap with no arenas), never by more than GOGC=100 would.
package gctune

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// Floor is the growth always allowed between collections, so a small heap
// is not collected constantly.
const Floor = 32 << 20

// MinPercent bounds the GC percentage the tuner sets from below.
const MinPercent = 10

// Percent is the GC percentage that lets a heap of live bytes, scan of
// them scannable, grow by scan+Floor before the next collection, within
// [MinPercent, 100].
func Percent(live, scan uint64) int {
	if live == 0 {
		return 100
	}
	p := (scan + Floor) * 100 / live
	return int(max(MinPercent, min(p, 100)))
}

var (
	mu      sync.Mutex
	running *tuner
)

type tuner struct {
	stopped atomic.Bool
	samples []metrics.Sample
}

// sentinel is garbage the tuner leaves for each collection to find: its
// cleanup runs after the collection and leaves the next one. (It holds a
// pointer so that the runtime never packs it with other small objects.)
type sentinel struct {
	_ *byte
	_ [8]byte
}

// Start starts tuning the GC percentage, unless the GOGC environment
// variable sets it (then the user's choice stands and Start does
// nothing). stop restores GOGC=100 and ends the tuning; Start again after
// stop starts it again.
func Start() (stop func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	mu.Lock()
	defer mu.Unlock()
	if running != nil {
		return func() {}
	}
	t := &tuner{samples: []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/heap:bytes"}}}
	running = t
	t.arm()
	return func() {
		mu.Lock()
		defer mu.Unlock()
		if running == t {
			t.stopped.Store(true)
			running = nil
			debug.SetGCPercent(100)
		}
	}
}

func (t *tuner) arm() {
	runtime.AddCleanup(new(sentinel), (*tuner).collected, t)
}

// collected runs after each collection.
func (t *tuner) collected() {
	mu.Lock()
	defer mu.Unlock()
	if t.stopped.Load() {
		return
	}
	metrics.Read(t.samples)
	live, scan := t.samples[0].Value.Uint64(), t.samples[1].Value.Uint64()
	debug.SetGCPercent(Percent(live, scan))
	t.arm()
}
