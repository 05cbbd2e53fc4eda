package raft

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/anishathalye/porcupine"

	"github.com/amigo-platform/amigo/node/engine"
)

// live returns the live members.
func (c *cluster) live() []*member {
	var out []*member
	for _, m := range c.ms {
		if m.alive {
			out = append(out, m)
		}
	}
	return out
}

// The leader is killed under write load: a new leader is elected, every
// acknowledged write is on every member afterwards, no result is given
// twice; the old leader restarts and catches up.
func TestLeaderKillUnderLoad(t *testing.T) {
	c := newCluster(t, 3, nil)
	deploy(t, c.leader(), "counter", counterSrc)
	old := c.leader()
	var mu sync.Mutex
	acked := map[string]string{} // hash -> result
	var unknown, refused atomic.Int64
	var acks atomic.Int64
	killed := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			deadline := time.Now().Add(20 * time.Second)
			for i := 0; i < 60 && time.Now().Before(deadline); i++ {
				mu.Lock()
				ms := c.live()
				mu.Unlock()
				m := ms[rand.IntN(len(ms))]
				rc, err := m.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"})
				switch {
				case errors.Is(err, ErrOutcomeUnknown):
					unknown.Add(1)
					continue
				case err != nil:
					refused.Add(1) // the member was killed: never submitted
					continue
				case !rc.OK():
					t.Errorf("call failed: %+v", rc)
					return
				}
				mu.Lock()
				acked[rc.Hash] = string(rc.Result)
				mu.Unlock()
				acks.Add(1)
			}
		}()
	}
	for acks.Load() < 60 {
		time.Sleep(5 * time.Millisecond)
	}
	mu.Lock()
	old.kill()
	mu.Unlock()
	close(killed)
	start := time.Now()
	nl := c.leader()
	t.Logf("new leader after %v", time.Since(start).Round(time.Millisecond))
	wg.Wait()
	t.Logf("writers done after %v", time.Since(start).Round(time.Millisecond))
	head := c.converge()
	results := map[string]bool{}
	for h, r := range acked {
		if results[r] {
			t.Fatalf("result %s acknowledged twice", r)
		}
		results[r] = true
		for _, m := range c.live() {
			if _, err := m.e.Receipt(h); err != nil {
				t.Fatalf("acknowledged write %s missing on a member: %v", h, err)
			}
		}
	}
	t.Logf("%d acknowledged, %d unknown outcome, %d refused; head seq %d", len(acked), unknown.Load(), refused.Load(), head.Seq)
	if int64(len(acked)) > head.Seq {
		t.Fatalf("%d acknowledged writes but the state holds %d transactions", len(acked), head.Seq)
	}
	// the old leader restarts on its home and catches up
	old.start(nil, nil)
	for i := 0; i < 1000 && old.e.Head() != nl.e.Head(); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("restarted member caught up after %v", time.Since(start).Round(time.Millisecond))
	if old.e.Head() != nl.e.Head() {
		t.Fatalf("restarted member at %+v, leader at %+v", old.e.Head(), nl.e.Head())
	}
	for h := range acked {
		if _, err := old.e.Receipt(h); err != nil {
			t.Fatalf("acknowledged write %s missing on the restarted member: %v", h, err)
		}
	}
}

// A fresh member added after the log was compacted gets the state from
// a snapshot (the state store's backup stream) and matches the others.
func TestSnapshotRestoreOnFreshMember(t *testing.T) {
	c := newCluster(t, 3, func(cfg *Config) { cfg.TrailingLogs = 4; cfg.SnapshotThreshold = 1 << 20 })
	l := c.leader()
	deploy(t, l, "counter", counterSrc)
	for i := 0; i < 30; i++ {
		if _, err := c.ms[i%3].seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"}); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range c.ms {
		if err := m.seq.Raft().Snapshot().Error(); err != nil {
			t.Fatalf("snapshot: %v", err)
		}
	}
	if first, err := l.seq.wal.FirstIndex(); err != nil || first <= 2 {
		t.Fatalf("the leader's log was not compacted (first index %d, %v)", first, err)
	}
	fresh := &member{t: t, dir: t.TempDir(), psk: c.ms[0].psk}
	fresh.start(nil, nil)
	c.ms = append(c.ms, fresh)
	// added through a follower: the change is forwarded to the leader
	if err := c.follower().seq.AddMember(context.Background(), fresh.addr); err != nil {
		t.Fatalf("add member: %v", err)
	}
	want := c.converge()
	if fresh.seq.Raft().Stats()["last_snapshot_index"] == "0" {
		t.Fatal("the fresh member did not restore a snapshot")
	}
	if fresh.e.Head() != want || want.Seq != 31 {
		t.Fatalf("fresh member %+v, cluster %+v", fresh.e.Head(), want)
	}
	rc := fresh.e.Query(engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Get"})
	if string(rc.Result) != "30" {
		t.Fatalf("counter on the fresh member = %s %s", rc.Result, rc.Error)
	}
	// and it takes part: a write through it is applied everywhere
	if _, err := fresh.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"}); err != nil {
		t.Fatal(err)
	}
	c.converge()
}

// A member that was down while the others compacted their logs past its
// last entry gets a snapshot, then appends after it: its write-ahead log
// drops its old entries rather than refuse an append with a gap.
func TestLaggingMemberCatchesUpFromSnapshot(t *testing.T) {
	c := newCluster(t, 3, func(cfg *Config) { cfg.TrailingLogs = 4; cfg.SnapshotThreshold = 1 << 20 })
	deploy(t, c.leader(), "counter", counterSrc)
	c.converge()
	lag := c.follower()
	lagLast, _ := lag.seq.wal.LastIndex()
	lag.kill()
	for i := 0; i < 30; i++ {
		if _, err := c.leader().seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"}); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range c.ms {
		if m.alive {
			if err := m.seq.Raft().Snapshot().Error(); err != nil {
				t.Fatalf("snapshot: %v", err)
			}
		}
	}
	if first, _ := c.leader().seq.wal.FirstIndex(); first <= lagLast+1 {
		t.Fatalf("the leader's log starts at %d: not compacted past the lagging member's last entry %d", first, lagLast)
	}
	lag.start(nil, nil)
	want := c.converge()
	if lag.e.Head() != want || want.Seq != 31 {
		t.Fatalf("lagging member %+v, cluster %+v", lag.e.Head(), want)
	}
	// Raft records the installed snapshot just after the state machine
	// has restored it (and the head above is already the cluster's).
	for deadline := time.Now().Add(5 * time.Second); lag.seq.Raft().Stats()["last_snapshot_index"] == "0"; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the lagging member did not install a snapshot")
		}
	}
	// and it keeps appending
	if _, err := lag.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"}); err != nil {
		t.Fatal(err)
	}
	c.converge()
}

const registerSrc = "package register\n\nvar v int\n\nfunc Set(x int) { v = x }\n\nfunc Get() int { return v }\n"

type regInput struct {
	write bool
	value int
}

var registerModel = porcupine.Model{
	Init: func() any { return 0 },
	Step: func(state, input, output any) (bool, any) {
		in := input.(regInput)
		if in.write {
			return true, in.value
		}
		return output.(int) == state.(int), state
	},
}

// Concurrent writes and strong reads of a register, at every member,
// across a leader kill, form a linearizable history.
func TestLinearizableAcrossLeaderKill(t *testing.T) {
	c := newCluster(t, 3, nil)
	deploy(t, c.leader(), "register", registerSrc)
	var (
		mu      sync.Mutex
		history []porcupine.Operation
		ops     atomic.Int64
		next    atomic.Int64
	)
	start := time.Now()
	now := func() int64 { return time.Since(start).Nanoseconds() }
	var wg sync.WaitGroup
	for cl := 0; cl < 6; cl++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			deadline := time.Now().Add(15 * time.Second)
			for i := 0; i < 40 && time.Now().Before(deadline); i++ {
				mu.Lock()
				ms := c.live()
				mu.Unlock()
				m := ms[rand.IntN(len(ms))]
				op := porcupine.Operation{ClientId: cl, Call: now()}
				if rand.IntN(2) == 0 {
					v := int(next.Add(1))
					op.Input = regInput{write: true, value: v}
					_, err := m.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "register", Func: "Set", Args: []string{strconv.Itoa(v)}})
					switch {
					case errors.Is(err, ErrOutcomeUnknown):
						op.Return = math.MaxInt64 // it may take effect at any time, or never
					case err != nil:
						continue // not submitted: no effect
					default:
						op.Return = now()
					}
					op.Output = 0
				} else {
					op.Input = regInput{}
					ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
					err := m.seq.ReadBarrier(ctx)
					cancel()
					if err != nil {
						continue
					}
					rc := m.e.Query(engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "register", Func: "Get"})
					if !rc.OK() {
						t.Errorf("get: %+v", rc)
						return
					}
					got, _ := strconv.Atoi(string(rc.Result))
					op.Output, op.Return = got, now()
				}
				mu.Lock()
				history = append(history, op)
				mu.Unlock()
				ops.Add(1)
			}
		}()
	}
	for ops.Load() < 50 {
		time.Sleep(5 * time.Millisecond)
	}
	mu.Lock()
	c.leader().kill()
	mu.Unlock()
	wg.Wait()
	if len(history) < 100 {
		t.Fatalf("only %d operations recorded", len(history))
	}
	res := porcupine.CheckOperationsTimeout(registerModel, history, 30*time.Second)
	if res != porcupine.Ok {
		t.Fatalf("history of %d operations: %v", len(history), res)
	}
	t.Logf("%d operations, linearizable", len(history))
}

// A member whose state directory was lost restarts from its own latest
// snapshot and the log after it, and matches the others.
func TestRestartWithLostState(t *testing.T) {
	c := newCluster(t, 3, func(cfg *Config) { cfg.TrailingLogs = 2 })
	deploy(t, c.leader(), "counter", counterSrc)
	for i := 0; i < 10; i++ {
		if _, err := c.leader().seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"}); err != nil {
			t.Fatal(err)
		}
	}
	c.converge()
	m := c.follower()
	if err := m.seq.Raft().Snapshot().Error(); err != nil {
		t.Fatal(err)
	}
	m.kill()
	if err := os.RemoveAll(filepath.Join(m.dir, "data")); err != nil {
		t.Fatal(err)
	}
	m.start(nil, nil)
	for i := 0; i < 5; i++ {
		if _, err := c.leader().seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"}); err != nil {
			t.Fatal(err)
		}
	}
	if head := c.converge(); head.Seq != 16 {
		t.Fatalf("head %+v", head)
	}
}

// The leader's append overlaps the followers' (the patched hashicorp/raft
// with the write-ahead log's WriteLogs and SyncLogs): while the leader's
// own sync is held, a follower already has the entry; with the other
// follower down, the write is still not acknowledged, because the leader
// counts itself only once its copy is durable (one durable copy of three
// is no majority).
func TestLeaderCountsItselfOnlyWhenDurable(t *testing.T) {
	c := newCluster(t, 3, nil)
	l := c.leader()
	deploy(t, l, "counter", counterSrc)
	c.converge()
	var f, down *member
	for _, m := range c.ms {
		if m != l {
			if f == nil {
				f = m
			} else {
				down = m
			}
		}
	}
	down.kill()
	release := make(chan struct{})
	held := make(chan struct{}, 1)
	hold := func() {
		select {
		case held <- struct{}{}:
			<-release
		default:
		}
	}
	l.seq.wal.beforeSync.Store(&hold)
	before, _ := f.seq.wal.LastIndex()
	done := make(chan error, 1)
	go func() {
		_, err := l.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"})
		done <- err
	}()
	select {
	case <-held:
	case <-time.After(5 * time.Second):
		t.Fatal("the leader never synced the write")
	}
	for i := 0; ; i++ {
		if last, _ := f.seq.wal.LastIndex(); last > before {
			break
		}
		if i == 500 {
			close(release)
			t.Fatal("the follower did not get the entry while the leader's sync was held: no overlap")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-done:
		close(release)
		t.Fatalf("the write was acknowledged before the leader's copy was durable (err %v)", err)
	case <-time.After(300 * time.Millisecond):
	}
	close(release)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the write was not acknowledged after the leader's sync")
	}
}
