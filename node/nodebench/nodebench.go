// Package nodebench measures a node end to end: it starts a dev node on a
// temporary home (Badger on disk, fsync on every commit, as served to
// clients), deploys a counter, and drives the REST API over loopback HTTP
// with a bounded number of clients and requests, timing durable calls and
// queries. It must not be used against a node whose state matters.
package nodebench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/profiles"
)

// Options bound a run. Zero values take the defaults in brackets.
type Options struct {
	Requests int           // requests per case [2000]
	Clients  []int         // concurrent clients per case [1, 32]
	Timeout  time.Duration // of the whole run [5 min]
	// Cases, if set, runs only the cases whose name contains it (a case
	// to profile on its own, say "follower").
	Cases string
}

func (o Options) runs(name string) bool { return strings.Contains(name, o.Cases) }

// Result is one measured case.
type Result struct {
	Case       string
	Clients    int
	Requests   int
	Errors     int
	P50, P99   time.Duration
	Throughput float64 // requests per second
	// CPUPerCall is the CPU time (user and system) the whole process
	// spent during the case, client and servers alike, per successful
	// request: what a request costs, less sensitive than throughput to
	// other load on a shared machine. Zero where the system does not say.
	CPUPerCall time.Duration
	// CatchUp is how long after the last answer the slowest member took
	// to apply everything (cluster writes; 0 elsewhere).
	CatchUp time.Duration `json:",omitempty"`
	// PerEntry is how many calls a Raft log entry carried on average
	// (cluster writes): each entry costs an fsync on a quorum.
	PerEntry float64 `json:",omitempty"`
	// FirstError is the first failed request's error, if any failed.
	FirstError string `json:",omitempty"`
}

// Report is a run's results and the node's vital signs.
type Report struct {
	Results  []Result
	StartUp  time.Duration // New+Start to ready
	IdleHeap uint64        // heap in use after start and a GC, bytes
	IdleRSS  uint64        // resident set after start, bytes (Linux)
}

const counterSrc = `package counter

var n int

// Inc adds one and returns the count.
func Inc() int { n++; return n }

// Get returns the count.
func Get() int { return n }
`

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	if o.Requests <= 0 {
		o.Requests = 2000
	}
	if len(o.Clients) == 0 {
		o.Clients = []int{1, 32}
	}
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Minute
	}
	return o
}

// Run starts a node and measures it.
func Run(ctx context.Context, o Options) (*Report, error) {
	o = o.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	home, err := os.MkdirTemp("", "amigo-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(home)
	p, _ := profiles.Lookup("dev")
	start := time.Now()
	n, err := node.New(node.Config{Profile: p, Home: home, HTTPAddr: "127.0.0.1:0", NoMDNS: true})
	if err != nil {
		return nil, err
	}
	if err := n.Start(ctx); err != nil {
		return nil, err
	}
	rep := &Report{StartUp: time.Since(start)}
	defer n.Stop(context.Background())
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rep.IdleHeap = ms.HeapInuse
	rep.IdleRSS = rss()

	base := n.HTTPURL()
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256, MaxConnsPerHost: 256}}
	body, _ := jsonBody(map[string]any{"package": "counter", "files": []map[string]string{{"name": "counter.go", "src": counterSrc}}})
	if err := post(ctx, hc, base+"/v1/deploy", body); err != nil {
		return nil, fmt.Errorf("deploy the counter: %w", err)
	}
	call, _ := jsonBody(map[string]any{"package": "counter", "func": "Inc"})
	query, _ := jsonBody(map[string]any{"package": "counter", "func": "Get"})
	for _, c := range o.Clients {
		if name := "durable call counter.Inc"; o.runs(name) {
			rep.Results = append(rep.Results, drive(ctx, hc, name, base+"/v1/call", call, c, o.Requests))
		}
	}
	for _, c := range o.Clients {
		if name := "query counter.Get"; o.runs(name) {
			rep.Results = append(rep.Results, drive(ctx, hc, name, base+"/v1/query", query, c, o.Requests))
		}
	}
	return rep, ctx.Err()
}

func jsonBody(v any) ([]byte, error) {
	var b bytes.Buffer
	err := jsonEncode(&b, v)
	return b.Bytes(), err
}

func post(ctx context.Context, hc *http.Client, url string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, "POST", url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if tok, ok := ctx.Value(tokenKey{}).(string); ok {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || bytes.Contains(b, []byte(`"error":`)) {
		return fmt.Errorf("%s: %s", resp.Status, bytes.TrimSpace(b))
	}
	return nil
}

// drive sends requests from clients goroutines until total are done.
func drive(ctx context.Context, hc *http.Client, name, url string, body []byte, clients, total int) Result {
	lat := make([]time.Duration, 0, total)
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan struct{}, total)
	for range total {
		next <- struct{}{}
	}
	close(next)
	errs, firstErr := 0, ""
	start, cpu0 := time.Now(), cpuTime()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				if ctx.Err() != nil {
					return
				}
				t := time.Now()
				err := post(ctx, hc, url, body)
				d := time.Since(t)
				mu.Lock()
				if err != nil {
					if errs++; errs == 1 {
						firstErr = err.Error()
					}
				} else {
					lat = append(lat, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed, cpu := time.Since(start), cpuTime()-cpu0
	slices.Sort(lat)
	r := Result{Case: name, Clients: clients, Requests: total, Errors: errs, FirstError: firstErr}
	if len(lat) > 0 {
		r.P50 = lat[len(lat)/2]
		r.P99 = lat[min(len(lat)-1, len(lat)*99/100)]
		r.Throughput = float64(len(lat)) / elapsed.Seconds()
		if cpu > 0 {
			r.CPUPerCall = cpu / time.Duration(len(lat))
		}
	}
	return r
}

type tokenKey struct{}

// RunCluster starts a 3-member cluster in this process (homes written by
// node.InitCluster on a temporary directory: Raft logs fsynced, libp2p
// private network on loopback) and drives its gateway's REST API over
// loopback HTTP with a bearer token: durable calls at the leader's
// gateway and at a follower's (which forwards them to the leader), and
// queries at a follower.
func RunCluster(ctx context.Context, o Options) (*Report, error) {
	o = o.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	dir, err := os.MkdirTemp("", "amigo-bench-cluster-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	res, err := node.InitCluster(node.InitOptions{Dir: dir, Name: "bench", Nodes: 3, Gateways: 3})
	if err != nil {
		return nil, err
	}
	p, _ := profiles.Lookup("cluster")
	start := time.Now()
	var ns []*node.Node
	defer func() {
		for _, n := range ns {
			n.Stop(context.Background())
		}
	}()
	for _, home := range res.Homes {
		n, err := node.New(node.Config{Profile: p, Home: home})
		if err != nil {
			return nil, err
		}
		if err := n.Start(ctx); err != nil {
			return nil, err
		}
		ns = append(ns, n)
	}
	rep := &Report{StartUp: time.Since(start)}
	conf, err := node.LoadClusterConfig(res.Homes[0])
	if err != nil {
		return nil, err
	}
	is, err := node.BuiltinIssuer(conf)
	if err != nil {
		return nil, err
	}
	tok, _, err := is.Token("bench", []string{"amigo:deploy", "amigo:call", "amigo:read"}, time.Hour)
	if err != nil {
		return nil, err
	}
	ctx = context.WithValue(ctx, tokenKey{}, tok)
	base := ns[0].HTTPURL()
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256, MaxConnsPerHost: 256}}
	body, _ := jsonBody(map[string]any{"package": "counter", "files": []map[string]string{{"name": "counter.go", "src": counterSrc}}})
	if err := post(ctx, hc, base+"/v1/deploy", body); err != nil {
		return nil, fmt.Errorf("deploy the counter: %w", err)
	}
	// Every member is a gateway: the cases name the member a client talks
	// to, the leader or a follower (which forwards writes to the leader).
	var leader, follower *node.Node
	for _, n := range ns {
		if n.Cluster().Status().State == "Leader" {
			leader = n
		} else {
			follower = n
		}
	}
	if leader == nil || follower == nil {
		return nil, errors.New("no leader after the deploy")
	}
	// Every member applies the deploy before the cases start, and what
	// a case wrote before the next starts: a write is acknowledged once a
	// majority has it, and the slowest member may still be applying (its
	// catch-up time is reported, and not left to slow the next case).
	catchUp := func() (time.Duration, error) {
		start := time.Now()
		for deadline := start.Add(30 * time.Second); ; time.Sleep(time.Millisecond) {
			caught := true
			for _, n := range ns {
				caught = caught && n.Engine().Head().Seq >= leader.Engine().Head().Seq
			}
			if caught {
				return time.Since(start), nil
			}
			if time.Now().After(deadline) {
				return 0, errors.New("the members did not all apply the writes within 30 s")
			}
		}
	}
	if _, err := catchUp(); err != nil {
		return nil, err
	}
	call, _ := jsonBody(map[string]any{"package": "counter", "func": "Inc"})
	query, _ := jsonBody(map[string]any{"package": "counter", "func": "Get"})
	for _, at := range []struct {
		name string
		n    *node.Node
	}{{"leader", leader}, {"follower", follower}} {
		for _, c := range o.Clients {
			if name := "durable call at the " + at.name + "'s gateway"; o.runs(name) {
				last := leader.Cluster().Status().LastIndex
				r := drive(ctx, hc, name, at.n.HTTPURL()+"/v1/call", call, c, o.Requests)
				var err error
				if r.CatchUp, err = catchUp(); err != nil {
					return nil, err
				}
				if d := leader.Cluster().Status().LastIndex - last; d > 0 {
					r.PerEntry = float64(o.Requests-r.Errors) / float64(d)
				}
				rep.Results = append(rep.Results, r)
			}
		}
	}
	for _, c := range o.Clients {
		if name := "query counter.Get at a follower"; o.runs(name) {
			rep.Results = append(rep.Results, drive(ctx, hc, name, follower.HTTPURL()+"/v1/query", query, c, o.Requests))
		}
	}
	return rep, ctx.Err()
}

// Print writes the report as a table.
func (r *Report) Print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "case\tclients\trequests\terrors\tp50\tp99\tthroughput\tcpu/call")
	for _, x := range r.Results {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%.0f/s\t%s\n", x.Case, x.Clients, x.Requests, x.Errors, x.P50.Round(time.Microsecond), x.P99.Round(time.Microsecond), x.Throughput, x.CPUPerCall.Round(time.Microsecond))
	}
	tw.Flush()
	for _, x := range r.Results {
		if x.CatchUp > 0 {
			fmt.Fprintf(w, "%s, %d clients: %.1f calls per Raft entry; the slowest member applied the last write %s after it was answered\n", x.Case, x.Clients, x.PerEntry, x.CatchUp.Round(time.Millisecond))
		}
	}
	for _, x := range r.Results {
		if x.FirstError != "" {
			fmt.Fprintf(w, "%s, %d clients: %d errors, the first: %s\n", x.Case, x.Clients, x.Errors, x.FirstError)
		}
	}
	if r.IdleHeap == 0 && r.IdleRSS == 0 { // not measured (several nodes in one process)
		fmt.Fprintf(w, "start to ready: %s\n", r.StartUp.Round(time.Millisecond))
		return
	}
	fmt.Fprintf(w, "node start to ready: %s; idle heap %.1f MB; idle RSS %.1f MB\n", r.StartUp.Round(time.Millisecond), float64(r.IdleHeap)/1e6, float64(r.IdleRSS)/1e6)
}
