package node

import (
	"context"
	"sort"
	"testing"
	"time"
)

// BenchmarkForwardHop measures what one forward adds to a query: the same
// query of a package on node B, sent over HTTP to B itself and to node A,
// which forwards it to B over /amigo/api/1. It reports the medians of
// both and their difference (forward-added-p50-ms). Queries, not calls,
// so the figure holds no fsync.
//
//	go test -run '^$' -bench ForwardHop -benchtime 200x ./node
func BenchmarkForwardHop(b *testing.B) {
	nodes := startNet(b, 2)
	a, srv := nodes[0], nodes[1]
	deployHello(b, srv)
	ctx := context.Background()
	ca, cb := clientOf(b, a), clientOf(b, srv)
	eventually(b, 20*time.Second, "a to forward", func() error {
		_, err := ca.Query(ctx, "hello.Count", "x")
		return err
	})
	var direct, fwd []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := cb.Query(ctx, "hello.Count", "x"); err != nil {
			b.Fatal(err)
		}
		direct = append(direct, time.Since(start))
		start = time.Now()
		rc, err := ca.Query(ctx, "hello.Count", "x")
		if err != nil || rc.ServedBy != srv.Host().ID().String() {
			b.Fatalf("forwarded query: %+v %v", rc, err)
		}
		fwd = append(fwd, time.Since(start))
	}
	b.StopTimer()
	p50 := func(ts []time.Duration) time.Duration {
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		return ts[len(ts)/2]
	}
	d, f := p50(direct), p50(fwd)
	b.ReportMetric(float64(d.Microseconds())/1000, "direct-p50-ms")
	b.ReportMetric(float64(f.Microseconds())/1000, "forwarded-p50-ms")
	b.ReportMetric(float64((f-d).Microseconds())/1000, "forward-added-p50-ms")
}
