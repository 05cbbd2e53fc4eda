package engine

import (
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

// harness drives an engine with a clock and a dev caller.
type harness struct {
	t  *testing.T
	e  *Engine
	st store.Store
	h  int64
}

func newHarness(t *testing.T, st store.Store) *harness {
	t.Helper()
	e, err := New(st, Config{})
	if err != nil {
		t.Fatal(err)
	}
	return &harness{t: t, e: e, st: st, h: e.Head().Height}
}

func (h *harness) apply(tx Tx) *Receipt {
	h.t.Helper()
	if tx.Caller == "" {
		tx.Caller = "dev"
	}
	h.h++
	if tx.Nonce == 0 {
		tx.Nonce = uint64(h.h) // as a dev sequencer stamps it
	}
	rc, err := h.e.Apply(tx, Block{Height: h.h, Time: time.Unix(1700000000+h.h, 0), ChainID: "test"})
	if err != nil {
		h.t.Fatal(err)
	}
	return rc
}

func (h *harness) deploy(path string, files ...string) *Receipt {
	var fs []vm.File
	for i, src := range files {
		fs = append(fs, vm.File{Name: []string{"a.go", "b.go", "c.go"}[i], Src: []byte(src)})
	}
	return h.apply(Tx{Kind: KindDeploy, Package: path, Files: fs})
}

func (h *harness) mustDeploy(path string, files ...string) {
	h.t.Helper()
	if rc := h.deploy(path, files...); !rc.OK() {
		h.t.Fatalf("deploy %s: %s %s", path, rc.Error, rc.Pos)
	}
}

func (h *harness) call(pkg, fn string, args ...string) *Receipt {
	return h.apply(Tx{Kind: KindCall, Package: pkg, Func: fn, Args: args})
}

func (h *harness) mustCall(pkg, fn string, args ...string) string {
	h.t.Helper()
	rc := h.call(pkg, fn, args...)
	if !rc.OK() {
		h.t.Fatalf("call %s.%s: %s (%s) at %s", pkg, fn, rc.Error, rc.ErrorKind, rc.Pos)
	}
	return string(rc.Result)
}

const counterSrc = `package counter

var n int
var hist []int
var m = map[string]int{}

type Point struct{ X, Y int }

var p *Point

func Inc() int { n++; hist = append(hist, n); m["k"] = n; return n }
func Get() int { return n }
func Hist() []int { return hist }
func SetP(x, y int) { p = &Point{x, y} }
func GetP() *Point { return p }
func Boom() { n = 100; panic("boom") }
`

func TestCounterMemory(t *testing.T) {
	h := newHarness(t, store.NewMemory())
	h.mustDeploy("counter", counterSrc)
	for i := 1; i <= 3; i++ {
		if got := h.mustCall("counter", "Inc"); got != []string{"", "1", "2", "3"}[i] {
			t.Fatalf("Inc %d = %s", i, got)
		}
	}
	if got := h.mustCall("counter", "Hist"); got != "[1,2,3]" {
		t.Fatalf("Hist = %s", got)
	}
	h.mustCall("counter", "SetP", "3", "4")
	if got := h.mustCall("counter", "GetP"); got != `{"X":3,"Y":4}` {
		t.Fatalf("GetP = %s", got)
	}
	rc := h.call("counter", "Boom")
	if rc.OK() || !strings.Contains(rc.Error, "boom") || rc.Pos == "" {
		t.Fatalf("Boom: %+v", rc)
	}
	if got := h.mustCall("counter", "Get"); got != "3" {
		t.Fatalf("Get after revert = %s", got)
	}
}
