package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/amigo-platform/amigo/cli"
)

func TestMain(m *testing.M) {
	// The multi-process tests run this test binary as amigo itself.
	if os.Getenv(envRunAmigo) == "1" {
		os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
	}
	testscript.Main(m, map[string]func(){
		"amigo": func() { os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs testdata/script/*.txtar: the amigo binary against a
// real node process on a temporary home.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(e *testscript.Env) error {
			e.Setenv("AMIGO_HOME", filepath.Join(e.WorkDir, ".amigo"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"nodestart": nodeStart,
			"nodestop":  nodeStop,
		},
	})
}

// nodes are the running node processes of each script.
var nodes sync.Map // *testscript.TestScript -> *nodeProc

type nodeProc struct {
	cmd  *exec.Cmd
	done chan struct{}
}

// nodeStop interrupts the script's node (as Ctrl-C does) and checks that
// it exits cleanly, with status 0, within 10 s.
func nodeStop(ts *testscript.TestScript, neg bool, args []string) {
	v, ok := nodes.LoadAndDelete(ts)
	if !ok {
		ts.Fatalf("nodestop: no node running")
	}
	p := v.(*nodeProc)
	ts.Check(p.cmd.Process.Signal(os.Interrupt))
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		p.cmd.Process.Kill()
		ts.Fatalf("node still running 10 s after an interrupt")
	}
	if code := p.cmd.ProcessState.ExitCode(); code != 0 {
		ts.Fatalf("node exited with status %d after an interrupt", code)
	}
}

// nodeStart starts `amigo node` on a free loopback port and a home in the
// script's work directory, waits for its ready line, points AMIGO_REMOTE at
// it, and stops it (SIGINT, then SIGKILL) when the script ends.
func nodeStart(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! nodestart")
	}
	home := ts.MkAbs(".node")
	cmd := exec.Command("amigo", append([]string{"node", "--home", home, "--http", "127.0.0.1:0", "--no-mdns"}, args...)...)
	cmd.Env = append(os.Environ(), "AMIGO_HOME="+ts.Getenv("AMIGO_HOME"))
	out, err := cmd.StdoutPipe()
	ts.Check(err)
	logf, err := os.Create(ts.MkAbs(".node.log"))
	ts.Check(err)
	cmd.Stderr = logf
	ts.Check(cmd.Start())
	ready := readyLine(out)
	proc := &nodeProc{cmd: cmd, done: make(chan struct{})}
	go func() { cmd.Wait(); close(proc.done) }()
	nodes.Store(ts, proc)
	ts.Defer(func() {
		if _, running := nodes.LoadAndDelete(ts); running {
			cmd.Process.Signal(os.Interrupt)
			select {
			case <-proc.done:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
			}
		}
		logf.Close()
	})
	select {
	case line, ok := <-ready:
		if !ok {
			log, _ := os.ReadFile(ts.MkAbs(".node.log"))
			ts.Fatalf("node exited before ready:\n%s", log)
		}
		for _, f := range strings.Fields(line) {
			if url, ok := strings.CutPrefix(f, "http="); ok {
				ts.Setenv("AMIGO_REMOTE", url)
				ts.Logf("node at %s", url)
				return
			}
		}
		ts.Fatalf("no http= in %q", line)
	case <-time.After(20 * time.Second):
		ts.Fatalf("node not ready after 20 s")
	}
}

// readyLine delivers the "amigo node ready:" line a node prints on out,
// and closes when out ends without one.
func readyLine(out io.Reader) <-chan string {
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "amigo node ready:") {
				ready <- sc.Text()
			}
		}
		close(ready)
	}()
	return ready
}
