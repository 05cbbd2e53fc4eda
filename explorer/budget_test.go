package explorer

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

// The page budget: with 1,000 packages and 100,000 transactions in the
// store, the home page, a package page and a transaction page each render
// in under 50 ms at the median. The store is built with the engine
// directly (ApplyBatch, no fsync), then a node serves it:
//
//	AMIGO_EXPLORER_BUDGET=1 go test ./explorer -run TestPageBudget -v
//	go test ./explorer -run '^$' -bench BenchmarkPages -benchtime 200x

const (
	budgetPackages = 1000
	budgetTxs      = 100_000
	budgetP50      = 50 * time.Millisecond
	budgetRequests = 200
)

// benchSource is package n of the budget store: a counter and a ledger;
// every package but the first imports its parent n/2, so packages have
// importers, and Render calls into the parent.
func benchSource(n int) string {
	name := fmt.Sprintf("p%04d", n)
	imp, parentCall, link := "", `"none"`, ""
	if n > 0 {
		parent := fmt.Sprintf("p%04d", n/2)
		imp = "\n\t\"bench/" + parent + "\""
		parentCall = "strconv.Itoa(" + parent + ".Count())"
		link = "[parent](bench/" + parent + ":)"
	}
	return fmt.Sprintf(`// Package %[1]s is package %[2]d of the explorer's page budget: a counter
// and a ledger of what each caller added.
package %[1]s

import (
	"amigo"
	"strconv"%[3]s
)

var (
	count  int
	ledger = map[string]int{}
)

// Inc adds by to the caller's balance and returns the count of calls.
func Inc(by int) int {
	count++
	ledger[string(amigo.Caller())] += by
	amigo.Emit("inc", "by", strconv.Itoa(by), "count", strconv.Itoa(count))
	return count
}

// Count returns the count of calls.
func Count() int { return count }

// Balance returns what who added.
func Balance(who string) int { return ledger[who] }

// Render shows the counter and the parent's.
func Render(path string) string {
	return "# %[1]s\n\ncount: " + strconv.Itoa(count) + ", parent's: " + %[4]s + "\n\n%[5]s\n"
}
`, name, n, imp, parentCall, link)
}

// buildBudgetStore writes a node home whose store holds pkgs packages and
// txs transactions in all (deploys first, then calls spread over the
// packages). It returns the hash of a call in the middle.
func buildBudgetStore(tb testing.TB, home string, pkgs, txs int) (midTx string) {
	tb.Helper()
	start := time.Now()
	st, err := store.OpenBadger(store.Options{Dir: filepath.Join(home, "data")})
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	e, err := engine.New(st, engine.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	callers := make([]string, 64)
	for i := range callers {
		callers[i] = address.ForName("user" + strconv.Itoa(i))
	}
	t0 := time.Unix(1_800_000_000, 0)
	var h int64
	const batch = 500
	var txBatch []engine.Tx
	var blks []engine.Block
	flush := func() {
		if len(txBatch) == 0 {
			return
		}
		rcs, err := e.ApplyBatch(txBatch, blks)
		if err != nil {
			tb.Fatal(err)
		}
		for _, rc := range rcs {
			if !rc.OK() {
				tb.Fatalf("height %d %s %s.%s: %s", rc.Height, rc.Kind, rc.Package, rc.Func, rc.Error)
			}
			if rc.Height == int64(pkgs+(txs-pkgs)/2) {
				midTx = rc.Hash
			}
		}
		txBatch, blks = txBatch[:0], blks[:0]
	}
	add := func(tx engine.Tx) {
		h++
		txBatch = append(txBatch, tx)
		blks = append(blks, engine.Block{Height: h, Time: t0.Add(time.Duration(h) * time.Second), ChainID: "budget"})
		if len(txBatch) == batch {
			flush()
		}
	}
	for n := range pkgs {
		path := fmt.Sprintf("bench/p%04d", n)
		add(engine.Tx{Kind: engine.KindDeploy, Caller: callers[n%len(callers)], Package: path,
			Files: []vm.File{{Name: fmt.Sprintf("p%04d.go", n), Src: []byte(benchSource(n))}}})
		if n%100 == 99 {
			flush() // later packages import earlier ones
		}
	}
	flush()
	for i := range txs - pkgs {
		n := (i * 7919) % pkgs
		add(engine.Tx{Kind: engine.KindCall, Caller: callers[i%len(callers)], Package: fmt.Sprintf("bench/p%04d", n),
			Func: "Inc", Args: []string{strconv.Itoa(i%100 + 1)}, Nonce: uint64(i)})
	}
	flush()
	tb.Logf("built a store of %d packages and %d transactions in %v", pkgs, h, time.Since(start).Round(time.Millisecond))
	return midTx
}

// pageTimes requests url n times, one at a time, and returns the
// durations sorted.
func pageTimes(tb testing.TB, url string, n int) []time.Duration {
	tb.Helper()
	hc := &http.Client{}
	out := make([]time.Duration, 0, n)
	for range n {
		start := time.Now()
		resp, err := hc.Get(url)
		if err != nil {
			tb.Fatal(err)
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			tb.Fatalf("GET %s: %v %s", url, err, resp.Status)
		}
		out = append(out, time.Since(start))
	}
	slices.Sort(out)
	return out
}

func pct(d []time.Duration, p float64) time.Duration { return d[int(float64(len(d)-1)*p)] }

// budgetPages are the pages the budget holds to, given the middle call;
// the others are timed for information.
func budgetPages(midTx string) []struct {
	name, path string
	budget     bool
} {
	return []struct {
		name, path string
		budget     bool
	}{
		{"home", "/", true},
		{"package", "/bench/p0500", true},
		{"tx", "/txs/" + midTx, true},
		{"render", "/bench/p0500:x", false},
		{"source", "/bench/p0500?tab=source", false},
		{"state", "/bench/p0500?tab=state", false},
		{"packages", "/packages?offset=500", false},
		{"txs", "/txs", false},
		{"events", "/events", false},
	}
}

func TestPageBudget(t *testing.T) {
	if os.Getenv("AMIGO_EXPLORER_BUDGET") == "" {
		t.Skip("set AMIGO_EXPLORER_BUDGET=1 to build a store of 100,000 transactions and time the pages")
	}
	home := t.TempDir()
	mid := buildBudgetStore(t, home, budgetPackages, budgetTxs)
	tn := startNode(t, home, Options{})
	for _, p := range budgetPages(mid) {
		cold := pageTimes(t, tn.url+p.path, 1)[0] // the first request fills caches
		pageTimes(t, tn.url+p.path, 4)
		d := pageTimes(t, tn.url+p.path, budgetRequests)
		t.Logf("%-8s p50 %7v  p90 %7v  p99 %7v  max %7v  first %7v  (%d requests of %s)", p.name, pct(d, .5).Round(10*time.Microsecond),
			pct(d, .9).Round(10*time.Microsecond), pct(d, .99).Round(10*time.Microsecond), d[len(d)-1].Round(10*time.Microsecond),
			cold.Round(10*time.Microsecond), len(d), p.path)
		if p.budget && pct(d, .5) > budgetP50 {
			t.Errorf("%s: p50 %v is over the budget of %v", p.name, pct(d, .5), budgetP50)
		}
	}
}

func BenchmarkPages(b *testing.B) {
	home := b.TempDir()
	mid := buildBudgetStore(b, home, budgetPackages, budgetTxs)
	tn := startNode(b, home, Options{})
	for _, p := range budgetPages(mid)[:3] {
		b.Run(p.name, func(b *testing.B) {
			pageTimes(b, tn.url+p.path, 5)
			b.ResetTimer()
			d := pageTimes(b, tn.url+p.path, b.N)
			b.ReportMetric(float64(pct(d, .5).Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(pct(d, .99).Microseconds())/1000, "p99-ms")
		})
	}
}
