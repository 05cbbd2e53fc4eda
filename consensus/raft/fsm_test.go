package raft

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	hraft "github.com/hashicorp/raft"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

// Entries carrying more than maxEntryBytes are committed in several store
// transactions; all are applied, once, in order, and a replay of the same
// entries is skipped.
func TestApplyBatchSplitsLargeBatches(t *testing.T) {
	st, err := store.OpenBadger(store.Options{Dir: filepath.Join(t.TempDir(), "data")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, _ := engine.New(st, engine.Config{})
	var commits int
	f, err := newFSM(e, st.(store.Snapshotter), "cluster:test", func([]*engine.Receipt) { commits++ })
	if err != nil {
		t.Fatal(err)
	}
	src := "package echo\n\nvar total int\n\nfunc Add(s string) int { total += len(s); return total }\n"
	mk := func(i uint64, txs ...engine.Tx) *hraft.Log {
		b, _ := json.Marshal(entry{Time: time.Unix(1700000000, 0).UTC(), Txs: txs})
		return &hraft.Log{Index: i, Type: hraft.LogCommand, Data: b}
	}
	big := strings.Repeat("x", 1500<<10)
	logs := []*hraft.Log{mk(1, engine.Tx{Kind: engine.KindDeploy, Caller: "dev", Package: "echo", Files: []vm.File{{Name: "e.go", Src: []byte(src)}}})}
	for i := uint64(2); i <= 6; i++ {
		logs = append(logs, mk(i, engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "echo", Func: "Add", Args: []string{big}, Nonce: i}))
	}
	logs = append(logs, &hraft.Log{Index: 7, Type: hraft.LogCommand, Data: []byte("not json")})
	out := f.ApplyBatch(logs)
	for i, o := range out[:6] {
		if a := o.(*applied); a.err != nil || !a.rcs[0].OK() {
			t.Fatalf("entry %d: %+v", i+1, a)
		}
	}
	if a := out[6].(*applied); a.err == nil {
		t.Fatal("a corrupt entry was applied")
	}
	if idx, _ := f.Index(); idx != 7 || commits < 2 {
		t.Fatalf("index %d after %d commits", idx, commits)
	}
	if got := string(out[5].(*applied).rcs[0].Result); got != "7680000" {
		t.Fatalf("total = %s", got)
	}
	head := e.Head()
	for _, o := range f.ApplyBatch(logs[1:3]) { // a replay
		if o.(*applied).err == nil {
			t.Fatal("a replayed entry was applied again")
		}
	}
	if e.Head() != head {
		t.Fatal("a replay changed the state")
	}
}
