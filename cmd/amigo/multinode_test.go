package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// envRunAmigo makes the test binary run as the amigo command (TestMain).
const envRunAmigo = "AMIGO_TEST_RUN_AMIGO"

// proc is an `amigo node` process.
type proc struct {
	cmd  *exec.Cmd
	http string
	p2p  []string
	log  *bytes.Buffer
	done chan struct{}
}

// startProc starts `amigo node args...` (this test binary as amigo) and
// waits for its ready line; it is interrupted when the test ends.
func startProc(t *testing.T, name string, args ...string) *proc {
	t.Helper()
	return startProcIn(t, nil, name, append([]string{"--p2p", "/ip4/127.0.0.1/tcp/0"}, args...)...)
}

// startProcIn is startProc with the command run under prefix (such as
// ip netns exec NS); args must include --p2p.
func startProcIn(t *testing.T, prefix []string, name string, args ...string) *proc {
	t.Helper()
	home := filepath.Join(t.TempDir(), name)
	argv := append(append(append([]string(nil), prefix...), os.Args[0], "node", "--home", home, "--http", "127.0.0.1:0", "--no-mdns"), args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), envRunAmigo+"=1", "AMIGO_HOME="+home)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, log: &bytes.Buffer{}, done: make(chan struct{})}
	cmd.Stderr = p.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("%s log:\n%s", name, p.log)
		}
	})
	ready := readyLine(out)
	select {
	case line, ok := <-ready:
		if !ok {
			<-p.done
			t.Fatalf("%s exited before ready:\n%s", name, p.log)
		}
		for _, f := range strings.Fields(line) {
			if v, ok := strings.CutPrefix(f, "http="); ok {
				p.http = v
			}
			if v, ok := strings.CutPrefix(f, "p2p="); ok {
				p.p2p = strings.Split(v, ",")
			}
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("%s not ready after 30 s:\n%s", name, p.log)
	}
	if p.http == "" || len(p.p2p) == 0 {
		t.Fatalf("%s: no http= or p2p= in its ready line", name)
	}
	return p
}

func (p *proc) peerID() string {
	a := p.p2p[0]
	return a[strings.LastIndex(a, "/")+1:]
}

// TestThreeProcesses: an open node and two dev nodes bootstrapped from it,
// each its own process on loopback. A package pushed to dev node A is
// called through dev node B and through the open node, which forward to A;
// amigo call --remote reaches A over libp2p directly.
func TestThreeProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three node processes")
	}
	open := startProc(t, "open", "--profile", "open")
	a := startProc(t, "a", "--bootstrap", open.p2p[0])
	b := startProc(t, "b", "--bootstrap", open.p2p[0])
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	ca, err := client.New(a.http)
	if err != nil {
		t.Fatal(err)
	}
	defer ca.Close()
	src := "package hello\n\nfunc Greet(name string) string { return \"hello, \" + name }\n"
	if _, err := ca.Deploy(ctx, "hello", []vm.File{{Name: "hello.go", Src: []byte(src)}}, client.CallOptions{}); err != nil {
		t.Fatalf("push to a: %v", err)
	}
	for _, via := range []*proc{b, open} {
		c, err := client.New(via.http)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		var rc *engine.Receipt
		deadline := time.Now().Add(20 * time.Second)
		for {
			rc, err = c.Call(ctx, "hello.Greet", "world")
			if err == nil || time.Now().After(deadline) {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("call through %s: %v", via.http, err)
		}
		if string(rc.Result) != `"hello, world"` || rc.ServedBy != a.peerID() {
			t.Fatalf("call through %s: result %s served by %s, want a (%s)", via.http, rc.Result, rc.ServedBy, a.peerID())
		}
	}
	// The CLI straight to a over libp2p.
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, os.Args[0], "call", "--remote", a.p2p[0], "hello.Greet", "libp2p")
	cmd.Env = append(os.Environ(), envRunAmigo+"=1", "AMIGO_HOME="+t.TempDir())
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || strings.TrimSpace(out.String()) != `"hello, libp2p"` {
		t.Fatalf("amigo call --remote %s: %v\nstdout %q\nstderr %s", a.p2p[0], err, out.String(), errb.String())
	}
	// amigo services on b lists a's package.
	out.Reset()
	errb.Reset()
	cmd = exec.CommandContext(ctx, os.Args[0], "services", "hello", "--kind", "package", "--remote", b.http)
	cmd.Env = append(os.Environ(), envRunAmigo+"=1", "AMIGO_HOME="+t.TempDir())
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || !strings.Contains(out.String(), a.peerID()) {
		t.Fatalf("amigo services: %v\nstdout %q\nstderr %s", err, out.String(), errb.String())
	}
}
