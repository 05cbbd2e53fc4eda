package chain

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkSignedCalls measures committed signed contract calls per second
// on a loopback network of 4 validators (in-process, each with its own
// Badger store with fsync), and the commit latency from broadcast to the
// receipt on the node that took the transaction. b.N is the number of
// calls; run it with a fixed count, e.g.
//
//	go test -run '^$' -bench SignedCalls -benchtime 4000x ./consensus/chain
//
// AMIGO_BENCH_VALIDATORS (default 4) and AMIGO_BENCH_BLOCK_TIME (default
// 100ms, the dev testnet's; CometBFT's default is 1s) change the network;
// AMIGO_BENCH_RATE offers calls at a steady rate (calls/s) instead of all
// at once; AMIGO_BENCH_COMET_INDEX=1 keeps CometBFT's own transaction
// index and block results (its defaults; the testnet's is off).
func BenchmarkSignedCalls(b *testing.B) {
	vals := 4
	if v := os.Getenv("AMIGO_BENCH_VALIDATORS"); v != "" {
		fmt.Sscan(v, &vals)
	}
	blockTime := 100 * time.Millisecond
	if v := os.Getenv("AMIGO_BENCH_BLOCK_TIME"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		blockTime = d
	}
	rate := 0.0 // calls/s offered; 0: as fast as CheckTx takes them
	if v := os.Getenv("AMIGO_BENCH_RATE"); v != "" {
		fmt.Sscan(v, &rate)
	}
	dir := b.TempDir()
	homes, err := Init(dir, TestnetOptions{Validators: vals, ChainID: "test-chain", TimeoutCommit: blockTime, CometIndex: os.Getenv("AMIGO_BENCH_COMET_INDEX") == "1"})
	if err != nil {
		b.Fatal(err)
	}
	nodes := startNodes(b, homes)
	r := submit(b, nodes[0], newSigner("deployer").deploy(b, "counter", "testdata/counter"))
	if r.Receipt == nil || !r.Receipt.OK() {
		b.Fatalf("deploy: %+v", r)
	}
	// Sign everything first: the benchmark measures the chain, not the
	// clients. Each signer sends to one node, in sequence order.
	signers := 16 * vals
	raws := make([][][]byte, signers)
	for i := range b.N {
		s := i % signers
		if raws[s] == nil {
			raws[s] = [][]byte{}
		}
	}
	for s := range signers {
		sg := newSigner(fmt.Sprintf("bench-%d", s))
		for i := s; i < b.N; i += signers {
			raws[s] = append(raws[s], sg.call(b, "counter", "Inc"))
		}
	}
	lat := make([]time.Duration, 0, b.N)
	var mu sync.Mutex
	var wg, waits sync.WaitGroup
	var failed int
	var firstErr string
	fail := func(msg string) {
		if failed == 0 {
			firstErr = msg
		}
		failed++
	}
	tokens := make(chan struct{}, 1024)
	stopTokens := make(chan struct{})
	defer close(stopTokens)
	if rate > 0 {
		go func() {
			tick := time.NewTicker(10 * time.Millisecond)
			defer tick.Stop()
			start, sent := time.Now(), 0
			for {
				select {
				case <-stopTokens:
					return
				case <-tick.C:
					for due := int(time.Since(start).Seconds() * rate); sent < due; sent++ {
						select {
						case tokens <- struct{}{}:
						case <-stopTokens:
							return
						}
					}
				}
			}
		}()
	}
	b.ResetTimer()
	begin := time.Now()
	for s := range signers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := nodes[s%len(nodes)].n
			for _, raw := range raws[s] {
				if rate > 0 {
					<-tokens
				}
				t0 := time.Now()
				ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
				tk, err := n.Broadcast(ctx, raw)
				if err != nil {
					cancel()
					mu.Lock()
					fail("broadcast: " + err.Error())
					mu.Unlock()
					continue
				}
				waits.Add(1)
				go func() {
					defer waits.Done()
					defer cancel()
					r, err := tk.Wait(ctx)
					mu.Lock()
					defer mu.Unlock()
					if err != nil || r.Receipt == nil || !r.Receipt.OK() {
						fail(fmt.Sprintf("wait: %v %+v", err, r.Receipt))
						return
					}
					lat = append(lat, time.Since(t0))
				}()
			}
		}()
	}
	wg.Wait()
	waits.Wait()
	elapsed := time.Since(begin)
	b.StopTimer()
	if failed > 0 {
		b.Fatalf("%d of %d calls failed; the first: %s", failed, b.N, firstErr)
	}
	slices.Sort(lat)
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "calls/s")
	b.ReportMetric(float64(lat[len(lat)/2].Milliseconds()), "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Milliseconds()), "p99-ms")
	b.ReportMetric(float64(nodes[0].n.App.Height()), "height")
}
