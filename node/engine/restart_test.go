package engine

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/store"
)

// The child side of the restart tests: a fresh process that opens the
// store the parent left and does what AMIGO_ENGINE_CHILD says.
func TestMain(m *testing.M) {
	if mode := os.Getenv("AMIGO_ENGINE_CHILD"); mode != "" {
		os.Exit(child(mode, os.Getenv("AMIGO_ENGINE_DIR")))
	}
	os.Exit(m.Run())
}

func child(mode, dir string) int {
	st, err := store.OpenBadger(store.Options{Dir: dir, Sync: true})
	if err != nil {
		fmt.Println("open:", err)
		return 1
	}
	defer st.Close()
	e, err := New(st, Config{})
	if err != nil {
		fmt.Println("engine:", err)
		return 1
	}
	h := e.Head().Height
	apply := func(tx Tx) *Receipt {
		h++
		tx.Caller = "dev"
		tx.Nonce = uint64(h)
		rc, err := e.Apply(tx, Block{Height: h, Time: time.Unix(1700000000+h, 0)})
		if err != nil {
			fmt.Println("apply:", err)
			os.Exit(1)
		}
		return rc
	}
	switch mode {
	case "inc":
		q := e.Query(Tx{Package: "counter", Func: "Get"})
		rc := apply(Tx{Kind: KindCall, Package: "counter", Func: "Inc"})
		fmt.Printf("%s %s %s %d %d\n", rc.Result, e.Query(Tx{Package: "counter", Func: "Hist"}).Result, q.Result, q.GasUsed, rc.GasUsed)
	case "stream":
		for i := 0; i < 100000; i++ {
			rc := apply(Tx{Kind: KindCall, Package: "counter", Func: "Inc", Nonce: uint64(i)})
			if !rc.OK() {
				fmt.Println("call:", rc.Error)
				return 1
			}
			fmt.Printf("ack %s\n", rc.Result)
		}
	}
	return 0
}

func runChild(t *testing.T, mode, dir string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "AMIGO_ENGINE_CHILD="+mode, "AMIGO_ENGINE_DIR="+dir)
	return cmd
}

func TestRestart(t *testing.T) {
	dir := t.TempDir()
	st, err := store.OpenBadger(store.Options{Dir: dir, Sync: true})
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, st)
	h.mustDeploy("counter", counterSrc)
	h.mustCall("counter", "Inc")
	h.mustCall("counter", "Inc")
	q := h.e.Query(Tx{Package: "counter", Func: "Get"})
	// the same Inc on a copy of the state, for its gas
	mem := store.NewMemory()
	copyStore(t, st, mem)
	e2, _ := New(mem, Config{})
	inc, _ := e2.Apply(Tx{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: uint64(h.h + 1)}, Block{Height: h.h + 1, Time: time.Unix(1700000000+h.h+1, 0)})
	head := h.e.Head()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	out, err := runChild(t, "inc", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	// the child incremented 2 -> 3 and read the same history; a query of
	// the same state costs the same gas in a new process
	if got, want := strings.TrimSpace(string(out)), fmt.Sprintf("3 [1,2,3] 2 %d %d", q.GasUsed, inc.GasUsed); got != want {
		t.Fatalf("child printed %q, want %q", got, want)
	}
	st, err = store.OpenBadger(store.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, err := New(st, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if e.Head().Height != head.Height+1 {
		t.Fatalf("head %+v after child, before %+v", e.Head(), head)
	}
}

// TestKill kills a process in the middle of a stream of calls: every
// acknowledged call is there after a restart, and none is half there.
func TestKill(t *testing.T) {
	dir := t.TempDir()
	st, err := store.OpenBadger(store.Options{Dir: dir, Sync: true})
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, st)
	h.mustDeploy("counter", counterSrc)
	st.Close()
	cmd := runChild(t, "stream", dir)
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	last := 0
	deadline := time.Now().Add(20 * time.Second)
	for sc.Scan() && last < 150 && time.Now().Before(deadline) {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == "ack" {
			last, _ = strconv.Atoi(f[1])
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if last == 0 {
		t.Fatal("child acknowledged nothing")
	}
	st, err = store.OpenBadger(store.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, err := New(st, Config{})
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(string(e.Query(Tx{Package: "counter", Func: "Get"}).Result))
	hist := string(e.Query(Tx{Package: "counter", Func: "Hist"}).Result)
	if n < last {
		t.Fatalf("acknowledged %d calls, found %d after the kill", last, n)
	}
	// the counter, its history and the head agree: no partial call
	if want := fmt.Sprint(n); !strings.HasSuffix(hist, ","+want+"]") || e.Head().Height != int64(n+1) {
		t.Fatalf("counter %d, history ...%s, head %+v", n, hist[max(0, len(hist)-20):], e.Head())
	}
	t.Logf("acknowledged %d, recovered %d", last, n)
}

func copyStore(t *testing.T, from, to store.Store) {
	t.Helper()
	r := from.NewTxn(false)
	defer r.Discard()
	w := to.NewTxn(true)
	defer w.Discard()
	err := r.Iterate(nil, nil, false, func(k, v []byte) bool {
		if err := w.Set(k, v); err != nil {
			t.Fatal(err)
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}
