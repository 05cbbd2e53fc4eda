package chain

import "testing"

// The regossiper sends waiting transactions again only when the chain
// stopped advancing for its stall count, at most max at once, and not
// again before another stall.
func TestRegossiper(t *testing.T) {
	height, waiting, sent := int64(1), 0, 0
	g := &regossiper{
		height: func() int64 { return height },
		pending: func(max int) [][]byte {
			out := make([][]byte, min(max, waiting))
			for i := range out {
				out[i] = []byte{byte(i)}
			}
			return out
		},
		send:  func([]byte) { sent++ },
		stall: 3,
		max:   2,
	}
	tick := func(want int) {
		t.Helper()
		if got := g.tick(); got != want {
			t.Fatalf("height %d, %d waiting: sent %d again, want %d", height, waiting, got, want)
		}
	}
	tick(0) // first look at the height
	// blocks come: nothing is sent again, however long transactions wait
	waiting = 5
	for range 10 {
		height++
		tick(0)
	}
	// nothing waits: no stall
	waiting = 0
	for range 5 {
		tick(0)
	}
	// the chain stops with transactions waiting: after 3 ticks, at most 2
	// are sent again; then again after 3 more
	waiting = 5
	tick(0)
	tick(0)
	tick(2)
	tick(0)
	tick(0)
	tick(2)
	// a block resets the count
	tick(0)
	height++
	tick(0)
	tick(0)
	tick(0)
	tick(2)
	if sent != 6 {
		t.Fatalf("sent %d, want 6", sent)
	}
}
