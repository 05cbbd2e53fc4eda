package sequencer

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

const counter = "package counter\n\nvar n int\n\nfunc Inc() int { n++; return n }\n"

func TestLocalConcurrent(t *testing.T) {
	st, err := store.OpenBadger(store.Options{Dir: t.TempDir(), Sync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, _ := engine.New(st, engine.Config{})
	var batches, total int
	s := NewLocal(e, Options{ChainID: "test", OnCommit: func(rcs []*engine.Receipt) { batches++; total += len(rcs) }})
	ctx := context.Background()
	rc, err := s.Submit(ctx, engine.Tx{Kind: engine.KindDeploy, Caller: "dev", Package: "counter", Files: []vm.File{{Name: "c.go", Src: []byte(counter)}}})
	if err != nil || !rc.OK() {
		t.Fatalf("deploy: %v %+v", err, rc)
	}
	const clients, each = 16, 25
	var wg sync.WaitGroup
	seen := make(chan string, clients*each)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				rc, err := s.Submit(ctx, engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"})
				if err != nil || !rc.OK() {
					t.Errorf("call: %v %+v", err, rc)
					return
				}
				seen <- string(rc.Result)
			}
		}()
	}
	wg.Wait()
	close(seen)
	got := map[string]bool{}
	for r := range seen {
		if got[r] {
			t.Fatalf("result %s twice", r)
		}
		got[r] = true
	}
	for i := 1; i <= clients*each; i++ {
		if !got[fmt.Sprint(i)] {
			t.Fatalf("no call returned %d", i)
		}
	}
	s.Close()
	if total != clients*each+1 || batches >= total {
		t.Fatalf("%d transactions in %d batches: no group commit", total, batches)
	}
	t.Logf("%d transactions in %d batches", total, batches)
	if _, err := s.Submit(ctx, engine.Tx{Kind: engine.KindCall, Package: "counter", Func: "Inc"}); err != ErrClosed {
		t.Fatalf("after Close: %v", err)
	}
}
