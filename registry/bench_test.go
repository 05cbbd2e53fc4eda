package registry

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"
)

// BenchmarkDiscover20 measures the time node 0 of a 20-node chain (DHT
// servers, no gossip) takes to find the provider of a package node 19 has
// just published: a DHT provider lookup plus one fetch of the signed
// record. Each iteration looks up a new name, so no cache answers. It
// reports the median and the 90th percentile of the lookup, and of the
// publication before it (the DHT provide to the closest peers), which is
// not timed in ns/op. With 20 nodes and a bucket size of 20 the provider
// record reaches nearly every node, so the lookup is often answered by
// the first peers asked.
//
//	go test -run '^$' -bench Discover20 -benchtime 20x ./registry
func BenchmarkDiscover20(b *testing.B) {
	nodes := newTestNet(b, 20, netOpts{dht: true})
	ctx := context.Background()
	var times, pubs []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		name := fmt.Sprintf("pkg%d", i)
		pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		pstart := time.Now()
		if err := nodes[19].reg.Publish(pctx, KindPackage, name, nil); err != nil {
			b.Fatal(err)
		}
		pubs = append(pubs, time.Since(pstart))
		cancel()
		b.StartTimer()
		start := time.Now()
		fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		recs, err := nodes[0].reg.Find(fctx, KindPackage, name)
		cancel()
		times = append(times, time.Since(start))
		if err != nil || len(recs) != 1 {
			b.Fatalf("find %s: %v %v", name, recs, err)
		}
	}
	reportPercentiles(b, "", times)
	reportPercentiles(b, "publish-", pubs)
}

func reportPercentiles(b *testing.B, prefix string, times []time.Duration) {
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	if len(times) == 0 {
		return
	}
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, prefix+"p50-ms")
	b.ReportMetric(float64(times[len(times)*9/10].Microseconds())/1000, prefix+"p90-ms")
}
