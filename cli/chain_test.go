package cli

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/consensus/chain"
)

// amigo chain start runs every node of a testnet in one process; they
// make blocks together, and it stops when its context ends.
func TestChainStart(t *testing.T) {
	dir := t.TempDir()
	if _, err := chain.Init(dir, chain.TestnetOptions{Validators: 2, ChainID: "start-test", TimeoutCommit: 20 * time.Millisecond, EmptyBlocks: true}); err != nil {
		t.Fatal(err)
	}
	out := &syncBuffer{}
	f := &Factory{Out: out, ErrOut: io.Discard}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- chainStart(ctx, f, dir, "error") }()
	deadline := time.Now().Add(30 * time.Second)
	for strings.Count(out.String(), "amigo chain node ready") < 2 {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("not ready: %q", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	var url string
	for _, fld := range strings.Fields(out.String()) {
		if u, ok := strings.CutPrefix(fld, "http="); ok {
			url = u
			break
		}
	}
	c, err := client.New(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for {
		bl, err := c.Blocks(ctx, 0, 1)
		if err == nil && len(bl.Blocks) == 1 && bl.Blocks[0].Height >= 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no blocks from two validators in one process: %+v %v", bl, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("chain start did not stop")
	}
}
