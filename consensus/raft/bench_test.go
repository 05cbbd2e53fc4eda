package raft

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/node/engine"
)

// BenchmarkClusterWrites: durable contract calls (counter.Inc) through a
// 3-member cluster in this process (Raft log and state fsynced on every
// member), submitted at the leader or at a follower (forwarded), by 1 or
// 32 concurrent clients. Reports the p50 latency and calls/s.
//
//	go test ./consensus/raft -run '^$' -bench ClusterWrites -benchtime 2000x
func BenchmarkClusterWrites(b *testing.B) {
	for _, bc := range []struct {
		name     string
		clients  int
		follower bool
	}{
		{"leader/clients=1", 1, false},
		{"leader/clients=32", 32, false},
		{"follower/clients=1", 1, true},
		{"follower/clients=32", 32, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := newCluster(b, 3, nil)
			m := c.leader()
			if bc.follower {
				m = c.follower()
			}
			deploy(b, m, "counter", counterSrc)
			lat := make([]time.Duration, 0, b.N)
			var next sync.Mutex
			i, errs := 0, 0
			b.ResetTimer()
			start := time.Now()
			var wg sync.WaitGroup
			for w := 0; w < bc.clients; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						next.Lock()
						k := i
						i++
						next.Unlock()
						if k >= b.N {
							return
						}
						t0 := time.Now()
						rc, err := m.seq.Submit(context.Background(), engine.Tx{Kind: engine.KindCall, Caller: "dev", Package: "counter", Func: "Inc"})
						d := time.Since(t0)
						next.Lock()
						if err != nil || !rc.OK() {
							errs++ // a leader change on a starved machine: counted, not fatal
						} else {
							lat = append(lat, d)
						}
						next.Unlock()
					}
				}()
			}
			wg.Wait()
			el := time.Since(start)
			b.StopTimer()
			if len(lat) == 0 {
				b.Fatalf("all %d calls failed", errs)
			}
			slices.Sort(lat)
			b.ReportMetric(float64(errs), "errors")
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(len(lat))/el.Seconds(), "calls/s")
		})
	}
}
