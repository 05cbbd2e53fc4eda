package engine

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/store"
)

const fillSrc = `package fill

var m = map[string]string{}

var chunk string

func init() {
	for i := 0; i < 64; i++ {
		chunk += "0123456789abcdef"
	}
}

// Fill writes n entries of 1 KiB under prefix p.
func Fill(p string, n int) int {
	for i := 0; i < n; i++ {
		m[p+itoa(i)] = chunk
	}
	return len(m)
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
`

// A transaction that writes more than one transaction may is reverted
// with the reason, and the node goes on; a batch of transactions that
// together pass a store transaction's size is committed in several, all
// applied (on Badger, whose limit is the real one).
func TestWriteLimits(t *testing.T) {
	st, err := store.OpenBadger(store.Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := newHarness(t, st)
	h.mustDeploy("fill", fillSrc)
	rc := h.call("fill", "Fill", "big", "5000") // about 5 MiB
	if rc.OK() || rc.ErrorKind != "state" || !strings.Contains(rc.Error, "may write at most") {
		t.Fatalf("an oversized transaction: %+v", rc)
	}
	if got := h.mustCall("fill", "Fill", "small", "10"); got != "10" {
		t.Fatalf("after the refusal: %s", got)
	}
	// 16 transactions of about 1.5 MiB each: about 24 MiB, more than one
	// Badger transaction holds.
	var txs []Tx
	var blks []Block
	for i := range 16 {
		h.h++
		txs = append(txs, Tx{Kind: KindCall, Caller: "dev", Package: "fill", Func: "Fill", Args: []string{fmt.Sprintf("b%d-", i), "1500"}, Nonce: uint64(1000 + i)})
		blks = append(blks, Block{Height: h.h, Time: time.Unix(1700000000+h.h, 0)})
	}
	rcs, err := h.e.ApplyBatch(txs, blks)
	if err != nil {
		t.Fatalf("a large batch: %v", err)
	}
	for i, rc := range rcs {
		if !rc.OK() {
			t.Fatalf("tx %d: %s", i, rc.Error)
		}
	}
	if got := h.mustCall("fill", "Fill", "end", "0"); got != fmt.Sprint(10+16*1500) {
		t.Fatalf("entries %s, want %d", got, 10+16*1500)
	}
}
