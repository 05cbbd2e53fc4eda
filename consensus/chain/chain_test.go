package chain

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
)

// scenario runs the examples' scenario of node/examples_test.go (the dev
// profile's) through the chain with signed transactions: every example
// deployed, tokens, liquidity and swaps, an oracle, a forum, a wiki, an
// invoice in escrow; failed steps revert. It returns the receipts.
func scenario(t *testing.T, nodes []*tnode) []*engine.Receipt {
	t.Helper()
	owner, alice, bob := newSigner("owner"), newSigner("alice"), newSigner("bob")
	var rcs []*engine.Receipt
	send := func(raw []byte, ok bool, want string) *engine.Receipt {
		t.Helper()
		tn := nodes[len(rcs)%len(nodes)]
		if len(rcs) > 0 { // a node takes the next sequence once it has the last block
			waitHeight(t, tn, rcs[len(rcs)-1].Height, 60*time.Second)
		}
		r := submit(t, tn, raw)
		if r.Receipt == nil {
			t.Fatalf("step %d: no receipt: %v", len(rcs), r.Err)
		}
		if r.Receipt.OK() != ok || !strings.Contains(r.Receipt.Error, want) {
			t.Fatalf("step %d: ok=%v, want %v (%q): %+v", len(rcs), r.Receipt.OK(), ok, want, r.Receipt)
		}
		if r.Receipt.Height != r.Height {
			t.Fatalf("step %d: receipt %+v", len(rcs), r.Receipt)
		}
		rcs = append(rcs, r.Receipt)
		return r.Receipt
	}
	call := func(s *signer, target string, args ...string) *engine.Receipt {
		t.Helper()
		pkg, fn, _ := strings.Cut(target, ".")
		return send(s.call(t, pkg, fn, args...), true, "")
	}
	fails := func(s *signer, target, want string, args ...string) {
		t.Helper()
		pkg, fn, _ := strings.Cut(target, ".")
		rc := send(s.call(t, pkg, fn, args...), false, want)
		if rc.Writes != 0 || len(rc.Events) != 0 {
			t.Fatalf("a reverted call wrote: %+v", rc)
		}
	}
	query := func(target string, args ...string) string {
		t.Helper()
		pkg, fn, _ := strings.Cut(target, ".")
		waitHeight(t, nodes[0], rcs[len(rcs)-1].Height, 60*time.Second)
		q, _ := json.Marshal(QueryRequest{Package: pkg, Func: fn, Args: args})
		res, _ := nodes[0].n.App.Query(context.Background(), &abci.RequestQuery{Path: "/query", Data: q})
		var rc engine.Receipt
		json.Unmarshal(res.Value, &rc)
		if !rc.OK() {
			t.Fatalf("query %s%q: %s", target, args, rc.Error)
		}
		return string(rc.Result)
	}
	for _, p := range []string{"markdown", "paging", "moderation", "token", "token/gold", "oracle", "dex", "forum", "wiki", "payments"} {
		send(owner.deploy(t, p, "../../examples/"+p), true, "")
	}
	// the same steps as node/examples_test.go; "" there is the deployer here
	rc := call(owner, "token.Transfer", alice.addr(), "500000000000")
	if len(rc.Events) != 1 || rc.Events[0].Attrs["amount"] != "500000000000" {
		t.Fatalf("transfer events %+v", rc.Events)
	}
	call(alice, "token/gold.Claim")
	supply := query("token.TotalSupply")
	fails(bob, "token.Mint", "unauthorized", bob.addr(), "1000")
	fails(bob, "token.Transfer", "insufficient", alice.addr(), "1")
	if query("token.TotalSupply") != supply || query("token.BalanceOf", bob.addr()) != "0" {
		t.Fatal("a failed mint or transfer changed the token")
	}
	dex := address.ForPackage("dex")
	call(alice, "token.Approve", dex, "1000000000000")
	call(alice, "token/gold.Approve", dex, "1000000000000")
	call(alice, "dex.AddLiquidity", "GOLD/AMG", "50000000", "125000000", "0")
	fails(alice, "dex.Swap", "", "GOLD/AMG", "GOLD", "1000000", "999999999999")
	call(alice, "dex.Swap", "GOLD/AMG", "GOLD", "1000000", "1")
	call(owner, "oracle.AddReporter", alice.addr())
	call(owner, "oracle.AddReporter", bob.addr())
	call(owner, "oracle.SetQuorum", "2")
	call(alice, "oracle.Report", "GOLD/AMG", "1", "2500000")
	call(bob, "oracle.Report", "GOLD/AMG", "1", "2600000")
	if got := query("oracle.Latest", "GOLD/AMG"); !strings.Contains(got, "2550000") {
		t.Fatalf("oracle.Latest = %s", got)
	}
	call(bob, "forum.NewThread", "Hello", "first *post*")
	call(alice, "forum.Reply", "1", "welcome")
	call(alice, "wiki.Edit", "Home", "See [[Other Page]].", "first", "0")
	id := string(call(bob, "payments.Issue", alice.addr(), "1000000", "lunch", "24h").Result)
	call(alice, "token.Approve", address.ForPackage("payments"), "1000000")
	call(alice, "payments.Pay", id)
	fails(bob, "payments.Release", "", id)
	call(alice, "payments.Release", id)
	if got := query("token.BalanceOf", bob.addr()); got != "1000000" {
		t.Fatalf("bob has %s AMG after the release", got)
	}
	last := rcs[len(rcs)-1]
	for _, tn := range nodes {
		waitHeight(t, tn, last.Height, 60*time.Second)
		if s := tn.n.App.Sequence(bob.addr()); s != bob.seq {
			t.Fatalf("%s: bob's sequence %d, want %d", tn.home, s, bob.seq)
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
		waitHeight(t, tn, h+1, 60*time.Second)
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
