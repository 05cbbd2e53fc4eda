package chain

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/txsign"
)

// scenario runs the token example through the chain: a deploy, transfers
// both ways, an overdraft that must revert; it returns the receipts.
func scenario(t *testing.T, nodes []*tnode) []*engine.Receipt {
	t.Helper()
	alice, bob := newSigner("alice"), newSigner("bob")
	var rcs []*engine.Receipt
	step := func(i int, raw []byte, ok bool) {
		t.Helper()
		r := submit(t, nodes[i%len(nodes)], raw)
		if r.Receipt == nil {
			t.Fatalf("step %d: no receipt: %v", len(rcs), r.Err)
		}
		if r.Receipt.OK() != ok {
			t.Fatalf("step %d: ok=%v, want %v: %+v", len(rcs), r.Receipt.OK(), ok, r.Receipt)
		}
		if r.Receipt.Caller == "" || r.Receipt.Height != r.Height {
			t.Fatalf("step %d: receipt %+v", len(rcs), r.Receipt)
		}
		rcs = append(rcs, r.Receipt)
	}
	step(0, alice.deploy(t, "token", "../../examples/token"), true)
	step(1, alice.call(t, "token", "Transfer", bob.addr(), "1000"), true)
	step(2, bob.call(t, "token", "Transfer", alice.addr(), "10"), true)
	step(3, bob.call(t, "token", "Transfer", alice.addr(), "1000000"), false)
	step(0, alice.call(t, "token", "Transfer", bob.addr(), "5"), true)
	for _, tn := range nodes {
		waitHeight(t, tn, rcs[len(rcs)-1].Height, 20*time.Second)
		q, _ := json.Marshal(QueryRequest{Package: "token", Func: "BalanceOf", Args: []string{bob.addr()}})
		res, _ := tn.n.App.Query(context.Background(), &abci.RequestQuery{Path: "/query", Data: q})
		var rc engine.Receipt
		json.Unmarshal(res.Value, &rc)
		if string(rc.Result) != "995" {
			t.Fatalf("%s: bob's balance %s (%s), want 995", tn.home, rc.Result, rc.Error)
		}
		if s := tn.n.App.Sequence(bob.addr()); s != 2 {
			t.Fatalf("bob's sequence %d, want 2", s)
		}
	}
	return rcs
}

// sameAsDev replays the chain's transactions through a fresh engine (the
// dev profile's) at the same blocks: results, gas, errors and state
// hashes are identical.
func sameAsDev(t *testing.T, rcs []*engine.Receipt, chainTxs []engine.Tx) {
	t.Helper()
	dev, err := engine.New(store.NewMemory(), engine.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for i, tx := range chainTxs {
		got, err := dev.Apply(tx, engine.Block{Height: rcs[i].Height, Time: rcs[i].Time, ChainID: "test-chain"})
		if err != nil {
			t.Fatal(err)
		}
		a, b := rcs[i], got
		if a.Hash != b.Hash || string(a.Result) != string(b.Result) || a.GasUsed != b.GasUsed || a.Error != b.Error || a.StateHash != b.StateHash {
			t.Fatalf("tx %d differs:\nchain %+v\ndev   %+v", i, a, b)
		}
	}
}

// txsOf reads back the engine transactions of the receipts (by decoding
// nothing: the receipts carry kind, caller, package, func, args; deploy
// files come from the package record).
func txsOf(t *testing.T, e *engine.Engine, rcs []*engine.Receipt) []engine.Tx {
	t.Helper()
	var txs []engine.Tx
	seqs := map[string]uint64{}
	for _, rc := range rcs {
		tx := engine.Tx{Kind: rc.Kind, Caller: rc.Caller, Package: rc.Package, Func: rc.Func, Args: rc.Args, Nonce: seqs[rc.Caller]}
		seqs[rc.Caller]++
		if rc.Kind == engine.KindDeploy {
			p, err := e.Package(rc.Package)
			if err != nil {
				t.Fatal(err)
			}
			tx.Files = p.Files
		}
		if tx.Hash() != rc.Hash {
			t.Fatalf("rebuilt tx %d hash %s, receipt %s", len(txs), tx.Hash(), rc.Hash)
		}
		txs = append(txs, tx)
	}
	return txs
}

func TestOneValidator(t *testing.T) {
	nodes := testnet(t, 1)
	rcs := scenario(t, nodes)
	sameAsDev(t, rcs, txsOf(t, nodes[0].e, rcs))
}

func TestFourValidators(t *testing.T) {
	if testing.Short() {
		t.Skip("a 4-validator network")
	}
	nodes := testnet(t, 4)
	rcs := scenario(t, nodes)
	sameAsDev(t, rcs, txsOf(t, nodes[0].e, rcs))
	// every validator reports the same app hash at the same height
	h := nodes[0].n.App.Height()
	for _, tn := range nodes {
		waitHeight(t, tn, h+1, 20*time.Second)
	}
	want := blockAppHash(t, nodes[0], h+1)
	for _, tn := range nodes[1:] {
		if got := blockAppHash(t, tn, h+1); got != want {
			t.Fatalf("%s: app hash %s at %d, node0 %s", tn.home, got, h+1, want)
		}
	}
}

// blockAppHash is the app hash recorded in block h's header (the state
// after block h-1).
func blockAppHash(t *testing.T, tn *tnode, h int64) string {
	t.Helper()
	b := tn.n.CometBFT().BlockStore().LoadBlock(h)
	if b == nil {
		t.Fatalf("%s: no block %d", tn.home, h)
	}
	return fmt.Sprintf("%X", b.AppHash)
}

var _ = txsign.Hash
