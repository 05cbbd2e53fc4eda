package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// netns makes the network namespaces of the relay test and removes them
// when the test ends; it skips the test when it cannot (not root, no ip
// command, no namespaces in this container).
type netns struct {
	t      *testing.T
	prefix string
}

func newNetns(t *testing.T, tag string) *netns {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("the relay test creates network namespaces (ip netns add), which needs root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		t.Skip("the relay test needs the ip command (iproute2) to create network namespaces")
	}
	n := &netns{t: t, prefix: fmt.Sprintf("amigo%d%s", os.Getpid()%100000, tag)}
	probe := n.prefix + "-probe"
	if out, err := exec.Command("ip", "netns", "add", probe).CombinedOutput(); err != nil {
		t.Skipf("cannot create a network namespace here (%v: %s); the relay test is skipped", err, bytes.TrimSpace(out))
	}
	exec.Command("ip", "netns", "del", probe).Run()
	return n
}

func (n *netns) ip(args ...string) {
	n.t.Helper()
	if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
		n.t.Fatalf("ip %s: %v: %s", strings.Join(args, " "), err, out)
	}
}

// add creates namespace name (prefixed), with loopback up, removed at the
// end of the test.
func (n *netns) add(name string) string {
	ns := n.prefix + "-" + name
	n.ip("netns", "add", ns)
	n.t.Cleanup(func() { exec.Command("ip", "netns", "del", ns).Run() })
	n.ip("-n", ns, "link", "set", "lo", "up")
	return ns
}

// link joins namespaces a and b with a veth pair, addresses addrA and
// addrB (CIDR).
func (n *netns) link(a, b, ifA, ifB, addrA, addrB string) {
	n.ip("link", "add", ifA, "netns", a, "type", "veth", "peer", "name", ifB, "netns", b)
	n.ip("-n", a, "addr", "add", addrA, "dev", ifA)
	n.ip("-n", b, "addr", "add", addrB, "dev", ifB)
	n.ip("-n", a, "link", "set", ifA, "up")
	n.ip("-n", b, "link", "set", ifB, "up")
}

// TestRelay: three namespaces, a relay R (open profile) in the middle, a
// node A behind it and a caller C on its other side. R does not forward IP
// packets, so A cannot be dialed by C at all: A reserves a slot on R, and
// C's call reaches A through R's circuit relay. A learns of R from --relay
// (static), or from R's relay record in the registry (--behind-nat with R
// as bootstrap peer).
//
//	C 10.77.2.2 ── 10.77.2.1 R 10.77.1.1 ── 10.77.1.2 A
func TestRelay(t *testing.T) {
	if testing.Short() {
		t.Skip("starts node processes in network namespaces")
	}
	t.Run("static", func(t *testing.T) { testRelay(t, "s", false) })
	t.Run("registry", func(t *testing.T) { testRelay(t, "r", true) })
}

func testRelay(t *testing.T, tag string, fromRegistry bool) {
	n := newNetns(t, tag)
	nsR, nsA, nsC := n.add("r"), n.add("a"), n.add("c")
	n.link(nsR, nsA, "vra", "var", "10.77.1.1/24", "10.77.1.2/24")
	n.link(nsR, nsC, "vrc", "vcr", "10.77.2.1/24", "10.77.2.2/24")

	relay := startProcIn(t, []string{"ip", "netns", "exec", nsR}, "relay", "--profile", "open", "--p2p", "/ip4/0.0.0.0/tcp/40001")
	relayAddr := "/ip4/10.77.1.1/tcp/40001/p2p/" + relay.peerID()
	how := []string{"--relay", relayAddr}
	if fromRegistry {
		how = []string{"--behind-nat", "--bootstrap", relayAddr}
	}
	a := startProcIn(t, []string{"ip", "netns", "exec", nsA}, "a", append([]string{"--profile", "open", "--insecure-writes",
		"--p2p", "/ip4/10.77.1.2/tcp/40002"}, how...)...)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	amigo := func(ns string, args ...string) (string, string, error) {
		var out, errb bytes.Buffer
		cmd := exec.CommandContext(ctx, "ip", append([]string{"netns", "exec", ns, os.Args[0]}, args...)...)
		cmd.Env = append(os.Environ(), envRunAmigo+"=1", "AMIGO_HOME="+t.TempDir())
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		return out.String(), errb.String(), err
	}
	dir := filepath.Join(t.TempDir(), "hello")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "hello.go"), []byte("package hello\n\nfunc Greet(name string) string { return \"hello, \" + name }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errs, err := amigo(nsA, "push", dir, "hello", "--remote", a.http); err != nil {
		t.Fatalf("push to a: %v\n%s%s", err, out, errs)
	}

	// C cannot reach A directly: there is no route.
	direct := "/ip4/10.77.1.2/tcp/40002/p2p/" + a.peerID()
	if out, _, err := amigo(nsC, "call", "--remote", direct, "hello.Greet", "direct"); err == nil {
		t.Fatalf("C reached A directly (%q): the test network is not what it should be", out)
	}
	// Through the relay, once A holds a reservation there (bounded retries).
	circuit := "/ip4/10.77.2.1/tcp/40001/p2p/" + relay.peerID() + "/p2p-circuit/p2p/" + a.peerID()
	retry(t, "call through the relay", func() (string, string, error) {
		out, errs, err := amigo(nsC, "call", "--remote", circuit, "hello.Greet", "relay")
		if err == nil && strings.TrimSpace(out) != `"hello, relay"` {
			t.Fatalf("call through the relay: stdout %q", out)
		}
		return out, errs, err
	})

	// A node C on the caller's side, bootstrapped from R only, routes a
	// call for hello to A: it finds A's record (which now carries A's
	// /p2p-circuit addresses) and forwards over the relay.
	c := startProcIn(t, []string{"ip", "netns", "exec", nsC}, "c", "--profile", "open",
		"--p2p", "/ip4/10.77.2.2/tcp/40003", "--bootstrap", "/ip4/10.77.2.1/tcp/40001/p2p/"+relay.peerID())
	diag := func() {
		for _, q := range []struct {
			ns string
			p  *proc
		}{{nsC, c}, {nsR, relay}, {nsA, a}} {
			out, errs, _ := amigo(q.ns, "services", "--remote", q.p.http, "-o", "json")
			t.Logf("services at %s: %s %s", q.p.peerID(), out, errs)
		}
	}
	retry(t, "call routed by C", func() (string, string, error) {
		out, errs, err := amigo(nsC, "call", "--remote", c.http, "-o", "json", "hello.Greet", "routed")
		if err == nil && (!strings.Contains(out, `"hello, routed"`) || !strings.Contains(out, `"served_by": "`+a.peerID()+`"`)) {
			t.Fatalf("call routed by C: stdout %s", out)
		}
		return out, errs, err
	}, diag)
}

// retry runs f every second until it succeeds, at most 30 times.
func retry(t *testing.T, what string, f func() (string, string, error), diag ...func()) {
	t.Helper()
	var lastOut, lastErr string
	for i := 0; i < 30; i++ {
		out, errs, err := f()
		if err == nil {
			return
		}
		lastOut, lastErr = out, errs
		time.Sleep(time.Second)
	}
	for _, d := range diag {
		d()
	}
	t.Fatalf("%s never succeeded:\nstdout %s\nstderr %s", what, lastOut, lastErr)
}
