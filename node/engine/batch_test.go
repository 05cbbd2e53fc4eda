package engine

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

// A batch gives the same receipts and state hash as the same transactions
// applied one by one, and a failed transaction in the middle leaves no
// trace of its writes.
func TestBatchMatchesSingle(t *testing.T) {
	txs := []Tx{
		{Kind: KindDeploy, Caller: "dev", Package: "counter", Files: []vm.File{{Name: "c.go", Src: []byte(counterSrc)}}},
		{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: 1},
		{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Boom", Nonce: 2},
		{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: 3},
		{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: 3}, // replay
		{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Hist", Nonce: 4},
	}
	var blks []Block
	for i := range txs {
		blks = append(blks, Block{Height: int64(i + 1), Time: time.Unix(int64(1000+i), 0)})
	}
	blks[4].Height, blks[5].Height = 0, 0 // the engine picks the next height
	one, _ := New(store.NewMemory(), Config{})
	var singles []*Receipt
	for i, tx := range txs {
		b := blks[i]
		if b.Height == 0 {
			b.Height = one.Head().Height + 1
		}
		rc, err := one.Apply(tx, b)
		if err != nil {
			t.Fatal(err)
		}
		singles = append(singles, rc)
	}
	batch, _ := New(store.NewMemory(), Config{})
	for i := range blks {
		if blks[i].Height == 0 {
			blks[i].Height = singles[i].Height
		}
	}
	rcs, err := batch.ApplyBatch(txs, blks)
	if err != nil {
		t.Fatal(err)
	}
	for i := range txs {
		a, b := fmt.Sprintf("%+v", *singles[i]), fmt.Sprintf("%+v", *rcs[i])
		if a != b {
			t.Errorf("tx %d:\nsingle %s\nbatch  %s", i, a, b)
		}
	}
	if got := string(rcs[5].Result); got != "[1,2]" {
		t.Fatalf("Hist = %s (Boom's write must be gone)", got)
	}
	if rcs[4].ErrorKind != "duplicate" {
		t.Fatalf("replay in a batch: %+v", rcs[4])
	}
	if one.Head() != batch.Head() {
		t.Fatalf("heads differ: %+v %+v", one.Head(), batch.Head())
	}
}

// Queries run while calls are applied; each sees a consistent state.
func TestQueriesDuringApply(t *testing.T) {
	h := newHarness(t, store.NewMemory())
	h.mustDeploy("counter", counterSrc)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				select {
				case <-stop:
					return
				default:
				}
				rc := h.e.Query(Tx{Package: "counter", Func: "Get"})
				var n int64
				fmt.Sscan(string(rc.Result), &n)
				// the counter is incremented once per height after deploy
				if !rc.OK() || n != rc.Height-1 {
					t.Errorf("query at height %d saw %s (%s)", rc.Height, rc.Result, rc.Error)
					return
				}
			}
		}()
	}
	for i := 0; i < 200; i++ {
		h.mustCall("counter", "Inc")
	}
	close(stop)
	wg.Wait()
}

func TestTxs(t *testing.T) {
	h := newHarness(t, store.NewMemory())
	h.mustDeploy("counter", counterSrc)
	for i := 0; i < 5; i++ {
		h.mustCall("counter", "Inc")
	}
	rcs, next, err := h.e.Txs(0, 4)
	if err != nil || len(rcs) != 4 || rcs[0].Height != 6 || rcs[3].Height != 3 || next != 3 {
		t.Fatalf("page 1: %d receipts, next %d, %v", len(rcs), next, err)
	}
	rcs, next, err = h.e.Txs(next, 4)
	if err != nil || len(rcs) != 2 || rcs[0].Height != 2 || rcs[1].Kind != KindDeploy || next != 0 {
		t.Fatalf("page 2: %+v next %d %v", rcs, next, err)
	}
}

// A chain's block: several transactions at one height, an empty block
// that still moves the head, the sequencer's record committed with the
// state, and a discarded batch that leaves nothing.
func TestBlocks(t *testing.T) {
	st := store.NewMemory()
	e, _ := New(st, Config{})
	t0 := time.Unix(1700000000, 0).UTC()
	b := e.Begin()
	for i, tx := range []Tx{
		{Kind: KindDeploy, Caller: "dev", Package: "counter", Files: []vm.File{{Name: "c.go", Src: []byte(counterSrc)}}},
		{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: 1},
		{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: 2},
	} {
		rc, err := b.Apply(tx, Block{Height: 5, Time: t0, ChainID: "c"})
		if err != nil || !rc.OK() {
			t.Fatalf("tx %d: %v %+v", i, err, rc)
		}
		if rc.Height != 5 || rc.Seq != int64(i+1) {
			t.Fatalf("tx %d: height %d seq %d, want 5 and %d", i, rc.Height, rc.Seq, i+1)
		}
	}
	if err := b.EndBlock(Block{Height: 5, Time: t0, ChainID: "c"}); err != nil {
		t.Fatal(err)
	}
	if err := b.SetMeta("block", []byte("5")); err != nil {
		t.Fatal(err)
	}
	if e.Head().Seq != 0 {
		t.Fatal("an uncommitted batch moved the head")
	}
	appHash := b.Head().StateHash
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if h := e.Head(); h.Height != 5 || h.Seq != 3 || h.StateHash != appHash {
		t.Fatalf("head %+v, want height 5 seq 3 hash %s", h, appHash)
	}
	// An empty block.
	b = e.Begin()
	if err := b.EndBlock(Block{Height: 6, Time: t0.Add(time.Second), ChainID: "c"}); err != nil {
		t.Fatal(err)
	}
	b.SetMeta("block", []byte("6"))
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if h := e.Head(); h.Height != 6 || h.Seq != 3 || h.StateHash != appHash {
		t.Fatalf("after an empty block: %+v", h)
	}
	// A discarded batch.
	b = e.Begin()
	if _, err := b.Apply(Tx{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: 3}, Block{Height: 7, Time: t0}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Apply(Tx{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: 4}, Block{Height: 6, Time: t0}); err == nil {
		t.Fatal("a height below the batch's was accepted")
	}
	b.SetMeta("block", []byte("7"))
	b.Discard()
	b.Discard()
	e2, err := New(st, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if h := e2.Head(); h.Height != 6 || h.Seq != 3 {
		t.Fatalf("reopened head %+v", h)
	}
	if m, err := e2.Meta("block"); err != nil || string(m) != "6" {
		t.Fatalf("meta %q %v", m, err)
	}
	rcs, _, err := e2.Txs(0, 10)
	if err != nil || len(rcs) != 3 || rcs[0].Seq != 3 {
		t.Fatalf("txs %d %v", len(rcs), err)
	}
	if got := e2.Query(Tx{Kind: KindCall, Package: "counter", Func: "Get"}); string(got.Result) != "2" {
		t.Fatalf("counter = %s %s", got.Result, got.Error)
	}
}
