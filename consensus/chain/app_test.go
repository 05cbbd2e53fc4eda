package chain

import (
	"context"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/txsign"
	"github.com/amigo-platform/amigo/vm"
)

const counterSrc = `package counter

var n int

func Inc() int { n++; return n }
`

func newTestApp(t *testing.T) (*App, *signer) {
	t.Helper()
	e, err := engine.New(store.NewMemory(), engine.Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := NewApp(e, "test-chain")
	if _, err := a.InitChain(context.Background(), &abci.RequestInitChain{ChainId: "test-chain", ConsensusParams: &cmtproto.ConsensusParams{Block: &cmtproto.BlockParams{MaxGas: 2_000_000_000}}}); err != nil {
		t.Fatal(err)
	}
	return a, newSigner("alice")
}

func checkTx(a *App, raw []byte, typ abci.CheckTxType) *abci.ResponseCheckTx {
	r, _ := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: raw, Type: typ})
	return r
}

func block(t *testing.T, a *App, h int64, txs ...[]byte) []*abci.ExecTxResult {
	t.Helper()
	res, err := a.FinalizeBlock(context.Background(), &abci.RequestFinalizeBlock{Height: h, Time: time.Unix(1700000000+h, 0), Txs: txs})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Commit(context.Background(), &abci.RequestCommit{}); err != nil {
		t.Fatal(err)
	}
	return res.TxResults
}

// Bad input is refused in CheckTx with a code and a reason that names
// what is wrong, and a block carrying it anyway refuses it the same way
// while applying the rest.
func TestBadInput(t *testing.T) {
	a, alice := newTestApp(t)
	deploy := alice.sign(t, &txsign.Tx{Kind: txsign.KindDeploy, Package: "counter", Files: []vm.File{{Name: "c.go", Src: []byte(counterSrc)}}})
	if r := checkTx(a, deploy, abci.CheckTxType_New); r.Code != CodeOK {
		t.Fatalf("deploy: %+v", r)
	}
	block(t, a, 1, deploy)

	tampered := alice.call(t, "counter", "Inc")
	tampered[len(tampered)-5] ^= 1 // inside the signature
	alice.seq--
	other := *alice
	other.chainID = "other-chain"
	wrongChain := other.call(t, "counter", "Inc")
	replay := &signer{key: alice.key, seq: 0, chainID: "test-chain"}
	skip := &signer{key: alice.key, seq: 7, chainID: "test-chain"}
	gas := alice.sign(t, &txsign.Tx{Kind: txsign.KindCall, Package: "counter", Func: "Inc", GasLimit: 3_000_000_000})
	alice.seq--
	oversized := alice.sign(t, &txsign.Tx{Kind: txsign.KindCall, Package: "counter", Func: "Inc", Args: []string{strings.Repeat("x", txsign.MaxTxBytes)}})
	alice.seq--
	good := alice.call(t, "counter", "Inc")
	for _, c := range []struct {
		name string
		raw  []byte
		code uint32
		want string
	}{
		{"bad signature", tampered, CodeBadSig, "signature does not match"},
		{"wrong chain", wrongChain, CodeWrongChain, `signed for chain "other-chain"`},
		{"replayed sequence", replay.call(t, "counter", "Inc"), CodeBadSequence, "already used (replay)"},
		{"skipped sequence", skip.call(t, "counter", "Inc"), CodeBadSequence, "skips ahead"},
		{"gas limit", gas, CodeGasLimit, "exceeds the block gas limit"},
		{"oversized", oversized, CodeMalformed, "the limit is"},
		{"malformed", append([]byte("amtx\x01\x02"), 0xff), CodeMalformed, "truncated"},
		{"garbage", []byte{0, 1, 2, 3}, CodeMalformed, "not an Amigo signed transaction"},
		{"empty", nil, CodeMalformed, "not an Amigo"},
	} {
		r := checkTx(a, c.raw, abci.CheckTxType_New)
		if r.Code != c.code || !strings.Contains(r.Log, c.want) || r.Codespace != Codespace {
			t.Errorf("%s: code %d log %q, want code %d with %q", c.name, r.Code, r.Log, c.code, c.want)
		}
		// the same bytes in a block: refused with the same code, nothing applied
		res := block(t, a, a.Height()+1, c.raw, good)
		if res[0].Code != c.code || !strings.Contains(res[0].Log, c.want) {
			t.Errorf("%s in a block: %+v", c.name, res[0])
		}
		if res[1].Code != CodeOK {
			t.Fatalf("%s: the good tx after it: %+v", c.name, res[1])
		}
		good = alice.call(t, "counter", "Inc") // the next sequence
	}
	if s := a.Sequence(alice.addr()); s != 10 {
		t.Fatalf("sequence %d after a deploy and 9 good calls", s)
	}
	info, _ := a.Info(context.Background(), &abci.RequestInfo{})
	if info.LastBlockHeight != 10 || string(info.LastBlockAppHash) != string(a.AppHash()) || len(info.LastBlockAppHash) != 32 {
		t.Fatalf("info %+v", info)
	}
}

// The mempool counts pending sequences; after a block, a recheck keeps
// what is still valid and drops (and reports) what is not.
func TestMempoolSequences(t *testing.T) {
	a, alice := newTestApp(t)
	var dropped []string
	a.OnDrop = func(wh string, code uint32, reason string) { dropped = append(dropped, reason) }
	t0 := alice.sign(t, &txsign.Tx{Kind: txsign.KindDeploy, Package: "counter", Files: []vm.File{{Name: "c.go", Src: []byte(counterSrc)}}})
	t1 := alice.call(t, "counter", "Inc")
	t2 := alice.call(t, "counter", "Inc")
	for i, raw := range [][]byte{t0, t1, t2} {
		if r := checkTx(a, raw, abci.CheckTxType_New); r.Code != CodeOK {
			t.Fatalf("tx %d: %+v", i, r)
		}
	}
	if a.PendingSequence(alice.addr()) != 3 || a.Sequence(alice.addr()) != 0 {
		t.Fatalf("pending %d committed %d", a.PendingSequence(alice.addr()), a.Sequence(alice.addr()))
	}
	// t1's same sequence signed again (a different tx) while t1 waits
	dup := (&signer{key: alice.key, seq: 1, chainID: "test-chain"}).call(t, "counter", "Inc", "x")
	if r := checkTx(a, dup, abci.CheckTxType_New); r.Code != CodeBadSequence {
		t.Fatalf("a second tx with a pending sequence: %+v", r)
	}
	// block 1 carries t0 and dup (another proposer's mempool): dup takes sequence 1
	res := block(t, a, 1, t0, dup)
	if res[0].Code != CodeOK || res[1].Code != CodeReverted { // Inc takes no argument: applied and reverted
		t.Fatalf("block 1: %+v", res)
	}
	// recheck: t1 (sequence 1) is now a replay and is dropped with its reason; t2 is fine
	if r := checkTx(a, t1, abci.CheckTxType_Recheck); r.Code != CodeBadSequence {
		t.Fatalf("recheck t1: %+v", r)
	}
	if len(dropped) != 1 || !strings.Contains(dropped[0], "already used") {
		t.Fatalf("dropped %q", dropped)
	}
	if r := checkTx(a, t2, abci.CheckTxType_Recheck); r.Code != CodeOK {
		t.Fatalf("recheck t2: %+v", r)
	}
	if res := block(t, a, 2, t2); res[0].Code != CodeOK || !strings.Contains(string(res[0].Data), `"result":1`) {
		t.Fatalf("block 2: %+v %s", res, res[0].Data)
	}
}

// Queries: call results, render errors, accounts, unknown paths.
func TestQuery(t *testing.T) {
	a, alice := newTestApp(t)
	block(t, a, 1, alice.sign(t, &txsign.Tx{Kind: txsign.KindDeploy, Package: "counter", Files: []vm.File{{Name: "c.go", Src: []byte(counterSrc)}}}))
	q := func(path, data string) *abci.ResponseQuery {
		r, err := a.Query(context.Background(), &abci.RequestQuery{Path: path, Data: []byte(data)})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := q("/query", `{"package":"counter","func":"Inc"}`); r.Code != CodeOK || !strings.Contains(string(r.Value), `"result":1`) {
		t.Fatalf("query: %+v", r)
	}
	if r := q("/account/"+alice.addr(), ""); string(r.Value) != "1" {
		t.Fatalf("account: %+v", r)
	}
	if r := q("/render", `{"package":"counter","path":""}`); r.Code == CodeOK {
		t.Fatalf("render of a package without Render: %+v", r)
	}
	if r := q("/nope", ""); r.Code != CodeMalformed || !strings.Contains(r.Log, "unknown query path") {
		t.Fatalf("unknown path: %+v", r)
	}
	if r := q("/query", "{"); r.Code != CodeMalformed {
		t.Fatalf("bad query data: %+v", r)
	}
	// CometBFT's peer filters: any peer while running, none once stopping
	if r := q("/p2p/filter/id/abc", ""); r.Code != CodeOK {
		t.Fatalf("peer filter while running: %+v", r)
	}
	a.stopping.Store(true)
	for _, p := range []string{"/p2p/filter/id/abc", "/p2p/filter/addr/127.0.0.1:26656"} {
		if r := q(p, ""); r.Code != CodeStopping {
			t.Fatalf("peer filter %s while stopping: %+v", p, r)
		}
	}
}

// A proposal puts each signer's transactions in sequence order and
// leaves out replays and what follows a gap.
func TestPrepareProposal(t *testing.T) {
	a, alice := newTestApp(t)
	bob := newSigner("bob")
	a0, a1, a2 := alice.call(t, "c", "F"), alice.call(t, "c", "F"), alice.call(t, "c", "F")
	b0 := bob.call(t, "c", "F")
	bob.seq = 5
	b5 := bob.call(t, "c", "F") // a gap
	res, err := a.PrepareProposal(context.Background(), &abci.RequestPrepareProposal{MaxTxBytes: 1 << 20, Txs: [][]byte{a2, b5, a0, []byte("junk"), b0, a1, a0}})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]byte{a0, a1, a2, b0}
	if len(res.Txs) != len(want) {
		t.Fatalf("%d txs, want %d", len(res.Txs), len(want))
	}
	for i := range want {
		if string(res.Txs[i]) != string(want[i]) {
			t.Fatalf("tx %d out of order", i)
		}
	}
}
