package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/vm"
)

// amigoBin is the test binary under the name amigo: testscript.Main
// runs the CLI when it is called so.
func amigoBin(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "amigo")
	if err := os.Symlink(exe, bin); err != nil {
		t.Fatal(err)
	}
	return bin
}

// member is an `amigo node --profile=cluster` process.
type member struct {
	cmd  *exec.Cmd
	http string
	done chan struct{}
}

// startMember runs `amigo node --profile=cluster --home home` and waits
// for its ready line.
func startMember(t *testing.T, bin, home string, extra ...string) *member {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"node", "--profile=cluster", "--home", home, "--log-level", "warn"}, extra...)...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	logf, err := os.OpenFile(filepath.Join(home, "node.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &member{cmd: cmd, done: make(chan struct{})}
	ready := readyLine(out)
	go func() { cmd.Wait(); logf.Close(); close(p.done) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-p.done
	})
	select {
	case line, ok := <-ready:
		if !ok {
			b, _ := os.ReadFile(filepath.Join(home, "node.log"))
			t.Fatalf("member %s exited before ready:\n%s", home, b)
		}
		for _, f := range strings.Fields(line) {
			if u, ok := strings.CutPrefix(f, "http="); ok {
				p.http = u
			}
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("member %s not ready after 30 s", home)
	}
	return p
}

func run(t *testing.T, bin string, args ...string) string {
	t.Helper()
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("amigo %s: %v\n%s", strings.Join(args, " "), err, ee.Stderr)
		}
		t.Fatalf("amigo %s: %v", strings.Join(args, " "), err)
	}
	return string(out)
}

// leaderOf asks a member who leads (bounded wait for one).
func leaderOf(t *testing.T, url string) string {
	t.Helper()
	for i := 0; i < 200; i++ {
		resp, err := http.Get(url + "/v1/cluster/members")
		if err == nil {
			var m node.MembersResponse
			json.NewDecoder(resp.Body).Decode(&m)
			resp.Body.Close()
			if m.Leader != "" {
				return m.Leader
			}
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("no leader known at %s after 5 s", url)
	return ""
}

// Three member processes made by amigo cluster init; the leader is
// killed with SIGKILL under write load: a new leader is elected within
// seconds, every acknowledged write is on every member, the old leader
// restarts and catches up; a fourth member joins online and gets the
// same state.
func TestClusterProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process cluster")
	}
	bin := amigoBin(t)
	dir := t.TempDir()
	run(t, bin, "cluster", "init", "--name", "proc", "--nodes", "3", "--output", dir)
	var ps []*member
	var homes []string
	var ids []string
	for i := 1; i <= 3; i++ {
		home := filepath.Join(dir, fmt.Sprintf("node%d", i))
		conf, err := node.LoadClusterConfig(home)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, conf.Self[strings.LastIndex(conf.Self, "/")+1:])
		homes = append(homes, home)
		ps = append(ps, startMember(t, bin, home))
	}
	ctx := context.Background()
	tok := strings.TrimSpace(run(t, bin, "cluster", "token", "create", "--home", homes[0], "--subject", "alice"))
	gw, err := client.New(ps[0].http, client.WithToken(tok))
	if err != nil {
		t.Fatal(err)
	}
	defer gw.Close()
	src := "package counter\n\nvar n int\n\nfunc Inc() int { n++; return n }\n"
	if rc, err := gw.Deploy(ctx, "counter", []vm.File{{Name: "c.go", Src: []byte(src)}}, client.CallOptions{}); err != nil {
		t.Fatalf("deploy through the gateway: %v %+v", err, rc)
	}
	leader := leaderOf(t, ps[1].http)
	li := -1
	for i, id := range ids {
		if id == leader {
			li = i
		}
	}
	if li < 0 {
		t.Fatalf("leader %s is not a member", leader)
	}
	// members other than the gateway take writes without a token
	clients := make([]*client.Client, 3)
	for i, p := range ps {
		if i == 0 {
			clients[i] = gw
		} else if clients[i], err = client.New(p.http); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	acked := map[string]string{}
	var acks, unknown, failed atomic.Int64
	var killed atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			deadline := time.Now().Add(20 * time.Second)
			for i := 0; i < 60 && time.Now().Before(deadline); i++ {
				k := rand.IntN(3)
				if killed.Load() && k == li {
					k = (k + 1) % 3
				}
				cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
				rc, err := clients[k].CallWith(cctx, client.CallRequest{Target: "counter.Inc"})
				cancel()
				var ce *client.Error
				switch {
				case errors.As(err, &ce) && ce.Code == "timeout":
					unknown.Add(1) // outcome unknown: not retried
				case err != nil:
					failed.Add(1) // the killed member, or refused before submission
				default:
					mu.Lock()
					acked[rc.Hash] = string(rc.Result)
					mu.Unlock()
					acks.Add(1)
				}
			}
		}()
	}
	for i := 0; i < 2000 && acks.Load() < 80; i++ {
		time.Sleep(5 * time.Millisecond)
	}
	killed.Store(true)
	ps[li].cmd.Process.Kill() // SIGKILL
	<-ps[li].done
	start := time.Now()
	// ask a member that is neither the killed leader nor the gateway
	// (member 0, whose membership API wants an admin token)
	other := 1
	if li == 1 {
		other = 2
	}
	var newLeader string
	for i := 0; i < 400; i++ {
		if newLeader = leaderOf(t, ps[other].http); newLeader != leader {
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	if newLeader == leader {
		t.Fatal("no new leader 10 s after the leader was killed")
	}
	t.Logf("new leader %s after %v", newLeader, time.Since(start).Round(time.Millisecond))
	wg.Wait()
	t.Logf("%d acknowledged, %d outcome unknown, %d refused", len(acked), unknown.Load(), failed.Load())
	results := map[string]bool{}
	for _, r := range acked {
		if results[r] {
			t.Fatalf("counter value %s acknowledged twice", r)
		}
		results[r] = true
	}
	check := func(url string) {
		t.Helper()
		c, _ := client.New(url, client.WithToken(tok))
		defer c.Close()
		for h := range acked {
			var err error
			for i := 0; i < 200; i++ { // a member may still be applying
				if _, err = c.Tx(ctx, h); err == nil {
					break
				}
				time.Sleep(25 * time.Millisecond)
			}
			if err != nil {
				t.Fatalf("acknowledged write %s missing at %s: %v", h, url, err)
			}
		}
	}
	for i, p := range ps {
		if i != li {
			check(p.http)
		}
	}
	// the old leader restarts and catches up
	ps[li] = startMember(t, bin, homes[li])
	check(ps[li].http)
	// a fourth member joins online and receives the state
	home4 := filepath.Join(dir, "node4")
	run(t, bin, "cluster", "join", "--from", homes[other], "--home", home4)
	p4 := startMember(t, bin, home4)
	check(p4.http)
	want := stateHash(t, ps[other].http, tok)
	for i := 0; i < 400 && stateHash(t, p4.http, "") != want; i++ {
		time.Sleep(25 * time.Millisecond)
		want = stateHash(t, ps[other].http, tok)
	}
	for _, url := range []string{ps[0].http, ps[1].http, ps[2].http, p4.http} {
		if got := stateHash(t, url, tok); got != want {
			t.Fatalf("state hash at %s %s, want %s", url, got, want)
		}
	}
	if out := run(t, bin, "cluster", "members", "--home", homes[other]); strings.Count(out, "/p2p/") != 4 {
		t.Fatalf("members after join:\n%s", out)
	}
}

func stateHash(t *testing.T, url, tok string) string {
	c, _ := client.New(url, client.WithToken(tok))
	defer c.Close()
	st, err := c.Status(context.Background())
	if err != nil {
		return "unreachable: " + err.Error()
	}
	return st.StateHash
}
