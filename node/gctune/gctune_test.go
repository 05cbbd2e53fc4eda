package gctune

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		live, scan uint64
		want       int
	}{
		{0, 0, 100},
		{10 << 20, 10 << 20, 100},       // a small ordinary heap: as GOGC=100
		{400 << 20, 300 << 20, 83},      // mostly scannable: (300+32)/400
		{530 << 20, 30 << 20, 11},       // three memtable arenas: (30+32)/530
		{4 << 30, 10 << 20, MinPercent}, // never below MinPercent
	} {
		if got := Percent(c.live, c.scan); got != c.want {
			t.Errorf("Percent(%d MiB, %d MiB) = %d, want %d", c.live>>20, c.scan>>20, got, c.want)
		}
	}
}

var arena []byte

// With a large unscanned allocation live, the tuner lowers the GC
// percentage after a collection; stop restores 100.
func TestTunesAfterCollection(t *testing.T) {
	t.Setenv("GOGC", "")
	stop := Start()
	arena = make([]byte, 512<<20)
	defer func() { arena = nil }()
	gogc := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // the cleanup runs after the collection
		metrics.Read(gogc)
		if p := gogc[0].Value.Uint64(); p < 100 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("GC percent still %d with 512 MiB of unscanned heap", gogc[0].Value.Uint64())
		}
	}
	stop()
	metrics.Read(gogc)
	if p := gogc[0].Value.Uint64(); p != 100 {
		t.Fatalf("after stop: GC percent %d, want 100", p)
	}
}

// Where GOGC is set, the user's choice stands.
func TestGOGCSetLeavesItAlone(t *testing.T) {
	t.Setenv("GOGC", "200")
	stop := Start()
	defer stop()
	mu.Lock()
	r := running
	mu.Unlock()
	if r != nil {
		t.Fatal("tuning although GOGC is set")
	}
}
