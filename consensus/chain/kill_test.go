package chain

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
)

// envChild makes the test binary run one chain node (its home in the
// variable's value) until killed: the process that TestFaultKill9 kills.
const envChild = "AMIGO_CHAIN_TEST_NODE"

func TestMain(m *testing.M) {
	if home := os.Getenv(envChild); home != "" {
		os.Exit(runChild(home))
	}
	os.Exit(m.Run())
}

func runChild(home string) int {
	st, err := store.OpenBadger(store.Options{Dir: filepath.Join(home, "data"), Sync: true})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	e, err := engine.New(st, engine.Config{})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	n, err := Start(context.Background(), Config{Home: filepath.Join(home, CometDir), Engine: e})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	fmt.Println("ready", n.App.Height())
	select {} // until killed
}

// Kill -9 a validator repeatedly while the chain commits under load: it
// always restarts cleanly, replays what it missed and reaches the same
// app hash as the others. The killed validator is a separate process
// (this test binary re-executed); the other three run in-process.
func TestFaultKill9(t *testing.T) {
	faultTest(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	homes, err := Init(dir, TestnetOptions{Validators: 4, ChainID: "test-chain", TimeoutCommit: 20 * time.Millisecond, EmptyBlocks: true})
	if err != nil {
		t.Fatal(err)
	}
	nodes := startNodes(t, homes[:3])
	deployCounter(t, nodes[0])
	var mu sync.Mutex
	l := startLoad(t, nodes, &mu, 3, 100000)
	defer l.end()

	conf, err := LoadConfig(filepath.Join(homes[3], CometDir))
	if err != nil {
		t.Fatal(err)
	}
	rpc, err := rpchttp.New(strings.Replace(conf.RPC.ListenAddress, "tcp://", "http://", 1), "/websocket")
	if err != nil {
		t.Fatal(err)
	}
	start := func() *exec.Cmd {
		t.Helper()
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), envChild+"="+homes[3])
		out, _ := cmd.StdoutPipe()
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		if !strings.HasPrefix(line, "ready") {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("the restarted validator did not start: %q", line)
		}
		return cmd
	}
	appHeight := func() int64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		info, err := rpc.ABCIInfo(ctx)
		if err != nil {
			return -1
		}
		return info.Response.LastBlockHeight
	}
	var last int64
	for round := range 4 {
		cmd := start()
		// it catches up past where it was killed, while the load goes on
		waitFor(t, 60*time.Second, func() bool { return appHeight() > last+2 })
		last = appHeight()
		time.Sleep(time.Duration(100+round*70) * time.Millisecond)
		cmd.Process.Kill() // SIGKILL, mid-block under load
		cmd.Wait()
		t.Logf("round %d: killed at app height >= %d; committed so far %d", round, last, l.committed.Load())
	}
	cmd := start()
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	l.end()
	top := nodes[0].n.App.Height()
	waitFor(t, 60*time.Second, func() bool { return appHeight() >= top })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	info, err := rpc.ABCIInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h := info.Response.LastBlockHeight
	waitBlocks(t, nodes, h+1)
	want := nodes[0].n.CometBFT().BlockStore().LoadBlockMeta(h + 1).Header.AppHash
	if fmt.Sprintf("%X", info.Response.LastBlockAppHash) != want.String() {
		t.Fatalf("app hash of the killed validator at %d: %X, the chain's %s", h, info.Response.LastBlockAppHash, want)
	}
	sameChain(t, nodes)
}
