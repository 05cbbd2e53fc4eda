package engine

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

// Benchmarks of the state layer, on Badger on disk without fsync (the
// engine's own cost, not the disk's). Run side by side:
//
//	go test ./node/engine -run '^$' -bench . -benchtime 2000x

func benchEngine(b *testing.B) *harness {
	st, err := store.OpenBadger(store.Options{Dir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	t := &testing.T{}
	h := newHarness(t, st)
	return h
}

func (h *harness) benchCall(b *testing.B, pkg, fn string, args ...string) *Receipt {
	h.h++
	rc, err := h.e.Apply(Tx{Kind: KindCall, Caller: "dev", Package: pkg, Func: fn, Args: args, Nonce: uint64(h.h)}, Block{Height: h.h, Time: time.Unix(h.h, 0)})
	if err != nil {
		b.Fatal(err)
	}
	if !rc.OK() {
		b.Fatalf("%s.%s: %s", pkg, fn, rc.Error)
	}
	return rc
}

func (h *harness) benchDeploy(b *testing.B, path, src string) {
	h.h++
	rc, err := h.e.Apply(Tx{Kind: KindDeploy, Caller: "dev", Package: path, Files: []vm.File{{Name: path + ".go", Src: []byte(src)}}}, Block{Height: h.h})
	if err != nil || !rc.OK() {
		b.Fatalf("deploy %s: %v %s", path, err, rc.Error)
	}
}

func BenchmarkCounterInc(b *testing.B) {
	h := benchEngine(b)
	h.benchDeploy(b, "counter", "package counter\n\nvar n int\n\nfunc Inc() int { n++; return n }\n")
	b.ResetTimer()
	for range b.N {
		h.benchCall(b, "counter", "Inc")
	}
}

// BenchmarkCounterIncBatch applies counter increments 16 to a batch (one
// store transaction), as a Raft entry or a block does; ns/op is per call.
func BenchmarkCounterIncBatch(b *testing.B) {
	h := benchEngine(b)
	h.benchDeploy(b, "counter", "package counter\n\nvar n int\n\nfunc Inc() int { n++; return n }\n")
	const per = 16
	b.ResetTimer()
	for i := 0; i < b.N; i += per {
		h.h++
		bt := h.e.Begin()
		for k := 0; k < per && i+k < b.N; k++ {
			rc, err := bt.Apply(Tx{Kind: KindCall, Caller: "dev", Package: "counter", Func: "Inc", Nonce: uint64(i + k + 1)}, Block{Height: h.h, Time: time.Unix(h.h, 0)})
			if err != nil || !rc.OK() {
				b.Fatalf("Inc: %v %v", err, rc)
			}
		}
		if err := bt.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

const bigMapSrc = `package bigmap

var m = map[int]int{}

func Fill(from, n int) {
	for i := from; i < from+n; i++ {
		m[i] = i
	}
}

func Set(k, v int) { m[k] = v }
`

// BenchmarkMapUpdate updates one entry of a map of 10 and of 1,000,000
// entries: the cost must not grow with the map.
func BenchmarkMapUpdate(b *testing.B) {
	for _, size := range []int{10, 1_000_000} {
		b.Run(fmt.Sprintf("entries=%d", size), func(b *testing.B) {
			h := benchEngine(b)
			h.benchDeploy(b, "bigmap", bigMapSrc)
			for from := 0; from < size; from += 100_000 {
				h.benchCall(b, "bigmap", "Fill", fmt.Sprint(from), fmt.Sprint(min(100_000, size-from)))
			}
			b.ResetTimer()
			var written int64
			for i := range b.N {
				rc := h.benchCall(b, "bigmap", "Set", fmt.Sprint(i*7919%size), fmt.Sprint(i))
				written += rc.WriteBytes
			}
			b.ReportMetric(float64(written)/float64(b.N), "B-written/op")
		})
	}
}

const fieldSrc = `package field

type Big struct {
	Items []string
	Index map[string]int
	Count int
}

var state = &Big{Index: map[string]int{}}

func Grow(n int) {
	for i := 0; i < n; i++ {
		k := "item-" + string(rune('a'+i%26)) + itoa(len(state.Items))
		state.Items = append(state.Items, k)
		state.Index[k] = i
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}

// Touch changes one field.
func Touch() int { state.Count++; return state.Count }
`

// BenchmarkFieldChange changes one int field of a struct that sits beside
// a large slice and map: the bytes written must not depend on their size.
func BenchmarkFieldChange(b *testing.B) {
	for _, size := range []int{10, 100_000} {
		b.Run(fmt.Sprintf("state=%d", size), func(b *testing.B) {
			h := benchEngine(b)
			h.benchDeploy(b, "field", fieldSrc)
			for done := 0; done < size; done += 20_000 {
				h.benchCall(b, "field", "Grow", fmt.Sprint(min(20_000, size-done)))
			}
			b.ResetTimer()
			var written int64
			for range b.N {
				written += h.benchCall(b, "field", "Touch").WriteBytes
			}
			b.ReportMetric(float64(written)/float64(b.N), "B-written/op")
		})
	}
}

// BenchmarkDeploy1000Lines deploys a package of 1,000 lines.
func BenchmarkDeploy1000Lines(b *testing.B) {
	var src strings.Builder
	src.WriteString("package big\n\nvar total int\n\n")
	lines := 4
	for i := 0; lines < 1000; i++ {
		fmt.Fprintf(&src, "// F%d adds to the total.\nfunc F%d(x int) int {\n\tif x > %d {\n\t\ttotal += x\n\t}\n\treturn total + %d\n}\n\n", i, i, i, i)
		lines += 8
	}
	h := benchEngine(b)
	b.ResetTimer()
	for i := range b.N {
		h.benchDeploy(b, fmt.Sprintf("big%d", i), src.String())
	}
}
