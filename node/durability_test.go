package node

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The child side: run a dev node on AMIGO_NODE_HOME until killed.
func TestMain(m *testing.M) {
	if home := os.Getenv("AMIGO_NODE_HOME"); home != "" {
		n, err := New(Config{Home: home, HTTPAddr: "127.0.0.1:0", NoMDNS: true})
		if err == nil {
			err = n.Start(context.Background())
		}
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("ready", n.HTTPURL())
		select {}
	}
	os.Exit(m.Run())
}

const tallySrc = `package tally

var seen = map[string]int{}
var total int

// Add records key once and counts it.
func Add(key string) int {
	seen[key]++
	total++
	return total
}

func Total() int { return total }

func Seen(key string) int { return seen[key] }
`

// TestKillDuringCalls kills a node with SIGKILL while 8 clients call it:
// after a restart every acknowledged call is there, and no call is half
// there (each key seen at most once, the total matching the keys).
func TestKillDuringCalls(t *testing.T) {
	home := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "AMIGO_NODE_HOME="+home)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	sc := bufio.NewScanner(out)
	var base string
	if sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == "ready" {
			base = f[1]
		}
	}
	if base == "" {
		t.Fatalf("child did not start: %s", sc.Text())
	}
	hc := &http.Client{Timeout: 10 * time.Second}
	var rc map[string]any
	if code := do(t, hc, "POST", base+"/v1/deploy", map[string]any{"package": "tally", "files": []map[string]string{{"name": "tally.go", "src": tallySrc}}}, &rc); code != 200 || rc["error"] != nil {
		t.Fatalf("deploy %d %v", code, rc)
	}
	var mu sync.Mutex
	acked := map[string]bool{}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for c := 0; c < 8; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				select {
				case <-stop:
					return
				default:
				}
				key := fmt.Sprintf("c%d-%d", c, i)
				b, _ := json.Marshal(map[string]any{"target": "tally.Add", "args": []string{key}})
				resp, err := hc.Post(base+"/v1/call", "application/json", strings.NewReader(string(b)))
				if err != nil {
					return // the node is gone
				}
				var r map[string]any
				json.NewDecoder(resp.Body).Decode(&r)
				resp.Body.Close()
				if resp.StatusCode == 200 && r["error"] == nil {
					mu.Lock()
					acked[key] = true
					mu.Unlock()
				}
			}
		}()
	}
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 300 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	close(stop)
	wg.Wait()
	if len(acked) == 0 {
		t.Fatal("no call was acknowledged")
	}
	n := startNode(t, home)
	query := func(fn string, args ...string) float64 {
		var r map[string]any
		do(t, hc, "POST", n.HTTPURL()+"/v1/query", map[string]any{"package": "tally", "func": fn, "args": args}, &r)
		v, _ := r["result"].(float64)
		return v
	}
	for key := range acked {
		if got := query("Seen", key); got != 1 {
			t.Fatalf("acknowledged call %s: seen %v times after restart", key, got)
		}
	}
	total := query("Total")
	// every applied call is whole: the heights after the deploy are the calls
	if head := n.Engine().Head(); int64(total) != head.Height-1 || total < float64(len(acked)) {
		t.Fatalf("total %v, head %d, acknowledged %d", total, head.Height, len(acked))
	}
	t.Logf("acknowledged %d, applied %v", len(acked), total)
}
