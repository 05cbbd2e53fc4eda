package registry

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
)

// clock is a settable clock for the registry.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// TestRefreshAndExpiry: published records are re-signed with a later
// expiry once half their TTL has passed, and a cached record of another
// peer is dropped when it expires.
func TestRefreshAndExpiry(t *testing.T) {
	clk := &clock{t: time.Now()}
	nodes := newTestNet(t, 2, netOpts{now: clk.now, ttl: 10 * time.Minute})
	ctx := context.Background()
	if err := nodes[1].reg.Publish(ctx, KindPackage, "hello", nil); err != nil {
		t.Fatal(err)
	}
	first := nodes[1].reg.Published()[0]
	if _, err := nodes[0].reg.Fetch(ctx, nodes[1].h.ID(), KindPackage, "hello"); err != nil {
		t.Fatal(err)
	}
	if got := nodes[0].reg.List(KindPackage, "hello"); len(got) != 1 {
		t.Fatalf("node 0 has %d records of hello", len(got))
	}
	// Before half the TTL: nothing to refresh.
	clk.add(4 * time.Minute)
	nodes[1].reg.Refresh(ctx)
	if v := nodes[1].reg.Published()[0].Version; v != first.Version {
		t.Fatalf("refreshed too early: version %d, was %d", v, first.Version)
	}
	// Past half: a new version with a later expiry.
	clk.add(2 * time.Minute)
	nodes[1].reg.Refresh(ctx)
	second := nodes[1].reg.Published()[0]
	if second.Version <= first.Version || !second.Expires.After(first.Expires) {
		t.Fatalf("not refreshed: %+v after %+v", second, first)
	}
	// Node 0 still holds the first version: past its expiry it is gone,
	// and a fetch gives the refreshed one.
	clk.add(5 * time.Minute)
	if got := nodes[0].reg.List(KindPackage, "hello"); len(got) != 0 {
		t.Fatalf("expired record still listed: %+v", got)
	}
	nodes[0].reg.Refresh(ctx)
	if st := nodes[0].reg.Stats(); st.Cached != 0 {
		t.Fatalf("expired record still cached: %+v", st)
	}
	recs, err := nodes[0].reg.Fetch(ctx, nodes[1].h.ID(), KindPackage, "hello")
	if err != nil || len(recs) != 1 || recs[0].Version != second.Version {
		t.Fatalf("fetch after refresh: %+v %v", recs, err)
	}
	// A stale version does not replace a newer one.
	if _, err := nodes[0].reg.Add(nodes[1].reg.published[rkey{KindPackage, "hello"}].env); err != nil {
		t.Fatal(err)
	}
}

// TestStreamBadInput: a malformed or oversized request on the stream
// protocol resets the stream and the peer keeps serving; an answer that
// is garbage or too large is an error for the asker, not a crash.
func TestStreamBadInput(t *testing.T) {
	nodes := newTestNet(t, 2, netOpts{})
	a, b := nodes[0], nodes[1]
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := b.reg.Publish(ctx, KindNetwork, "dev:b", nil); err != nil {
		t.Fatal(err)
	}
	for _, req := range []string{"not json\n", strings.Repeat("x", 5000), "{\"kind\":1}\n", ""} {
		s, err := a.h.NewStream(ctx, b.h.ID(), Protocol)
		if err != nil {
			t.Fatal(err)
		}
		s.Write([]byte(req))
		s.CloseWrite()
		_ = s.SetReadDeadline(time.Now().Add(5 * time.Second))
		b, err := io.ReadAll(s)
		if err == nil && len(b) > 0 {
			t.Fatalf("request %.20q: answered %q", req, b)
		}
		s.Close()
	}
	// b still answers a good request.
	if recs, err := a.reg.Fetch(ctx, b.h.ID(), KindNetwork, "dev:b"); err != nil || len(recs) != 1 {
		t.Fatalf("fetch after bad requests: %v %v", recs, err)
	}

	// A rogue peer answering garbage, then an oversized answer, then
	// valid JSON full of forged records.
	answers := []func(io.Writer){
		func(w io.Writer) { w.Write([]byte("\x00garbage")) },
		func(w io.Writer) {
			w.Write([]byte(`{"records":["`))
			for range maxAnswerBytes/1024 + 2 {
				w.Write([]byte(strings.Repeat("a", 1024)))
			}
			w.Write([]byte(`"]}`))
		},
		func(w io.Writer) {
			json.NewEncoder(w).Encode(fetchAnswer{Records: []json.RawMessage{json.RawMessage(`{"record":"e30=","key":"AA==","sig":"AA=="}`), json.RawMessage(`"x"`)}})
		},
	}
	next := make(chan func(io.Writer), 1)
	b.h.SetStreamHandler(Protocol, func(s network.Stream) {
		defer s.Close()
		io.ReadAll(io.LimitReader(s, 1024))
		(<-next)(s)
	})
	for i, ans := range answers {
		next <- ans
		if _, err := a.reg.Fetch(ctx, b.h.ID(), "", ""); err == nil {
			t.Fatalf("answer %d: Fetch accepted it", i)
		}
	}
	if st := a.reg.Stats(); st.Rejected["malformed"] == 0 {
		t.Fatalf("forged records not counted: %+v", st)
	}
	next <- answers[1]
	if _, err := a.reg.Fetch(ctx, b.h.ID(), "", ""); err == nil || !strings.Contains(err.Error(), "answer over") {
		t.Fatalf("oversized answer: %v, want answer over the limit", err)
	}
}
