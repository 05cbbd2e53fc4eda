package node

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/consensus/chain"
	"github.com/amigo-platform/amigo/profiles"
	"github.com/amigo-platform/amigo/txsign"
	"github.com/amigo-platform/amigo/vm"
)

const chainHelloSrc = `package hello

import "amigo"

var greeted int

func Greet(name string) string {
	greeted++
	amigo.Emit("greet", "name", name)
	return "hello " + name
}

func Count() int { return greeted }
`

// A chain node serves the /v1 API with signed writes, accounts, blocks and
// validators, refuses unsigned writes, and CometBFT's own RPC client (a
// client written by someone else) reads it and broadcasts to it.
func TestChainNode(t *testing.T) {
	dir := t.TempDir()
	homes, err := chain.Init(dir, chain.TestnetOptions{Validators: 1, ChainID: "node-test", TimeoutCommit: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := profiles.Lookup("chain")
	n, err := New(Config{Profile: p, Home: homes[0]})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer n.Stop(ctx)
	if !strings.HasPrefix(n.HTTPURL(), "http://127.0.0.1:") {
		t.Fatalf("http %s: want the loopback port from chain.toml", n.HTTPURL())
	}
	c, err := client.New(n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	st, err := c.Status(ctx)
	if err != nil || st.Network != "chain:node-test" || st.Profile != "chain" {
		t.Fatalf("status %+v %v", st, err)
	}
	// unsigned writes are refused, pointing at signed transactions
	_, err = c.Deploy(ctx, "hello", []vm.File{{Name: "h.go", Src: []byte(chainHelloSrc)}}, client.CallOptions{})
	var ce *client.Error
	if !errors.As(err, &ce) || ce.Code != api.CodeUnauthorized || !strings.Contains(ce.Message, "--from") {
		t.Fatalf("unsigned deploy: %v", err)
	}
	key := ed25519.GenPrivKeyFromSecret([]byte("carol"))
	me := keyAddress(key)
	sign := func(tx *txsign.Tx) []byte {
		acc, err := c.Account(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		tx.ChainID, tx.Sequence = "node-test", acc.PendingSequence
		tx.Sign(key)
		return tx.Encode()
	}
	res, err := c.BroadcastTx(ctx, sign(&txsign.Tx{Kind: txsign.KindDeploy, Package: "hello", Files: []vm.File{{Name: "h.go", Src: []byte(chainHelloSrc)}}}), false)
	if err != nil || res.Receipt == nil || res.Receipt.Caller != me || res.Height == 0 {
		t.Fatalf("signed deploy: %+v %v", res, err)
	}
	res, err = c.BroadcastTx(ctx, sign(&txsign.Tx{Kind: txsign.KindCall, Package: "hello", Func: "Greet", Args: []string{"bob"}}), false)
	if err != nil || string(res.Receipt.Result) != `"hello bob"` {
		t.Fatalf("signed call: %+v %v", res, err)
	}
	if rc, err := c.Tx(ctx, res.Hash); err != nil || rc.Height != res.Height {
		t.Fatalf("receipt by hash: %+v %v", rc, err)
	}
	// a replay is refused with its reason
	old := &txsign.Tx{Kind: txsign.KindCall, Package: "hello", Func: "Greet", Args: []string{"x"}, ChainID: "node-test", Sequence: 0}
	old.Sign(key)
	if _, err := c.BroadcastTx(ctx, old.Encode(), false); !errors.As(err, &ce) || ce.Code != api.CodeConflict || !strings.Contains(ce.Message, "already used") {
		t.Fatalf("replay: %v", err)
	}
	// garbage and a wrong chain id are refused with their reasons
	if _, err := c.BroadcastTx(ctx, []byte("garbage"), false); !errors.As(err, &ce) || ce.Code != api.CodeBadRequest || !strings.Contains(ce.Message, "not an Amigo signed transaction") {
		t.Fatalf("garbage: %v", err)
	}
	other := &txsign.Tx{Kind: txsign.KindCall, Package: "hello", Func: "Greet", Args: []string{"x"}, ChainID: "other", Sequence: 2}
	other.Sign(key)
	if _, err := c.BroadcastTx(ctx, other.Encode(), true); !errors.As(err, &ce) || ce.Code != api.CodeBadRequest || !strings.Contains(ce.Message, `chain "other"`) {
		t.Fatalf("wrong chain: %v", err)
	}
	// accounts, blocks, validators
	if acc, err := c.Account(ctx, me); err != nil || acc.Sequence != 2 {
		t.Fatalf("account %+v %v", acc, err)
	}
	b, err := c.Block(ctx, res.Height)
	if err != nil || b.NumTxs != 1 || len(b.Txs) != 1 || b.Txs[0] != res.Hash || b.Hash == "" {
		t.Fatalf("block %+v %v", b, err)
	}
	bl, err := c.Blocks(ctx, 0, 2)
	if err != nil || len(bl.Blocks) != 2 || bl.Blocks[0].Height <= bl.Blocks[1].Height || (bl.Next != bl.Blocks[1].Height && !(bl.Next == 0 && bl.Blocks[1].Height == 1)) {
		t.Fatalf("blocks %+v %v", bl, err)
	}
	vs, err := c.Validators(ctx)
	if err != nil || len(vs.Validators) != 1 || vs.Validators[0].Power != 1 || b.Proposer != vs.Validators[0].Address {
		t.Fatalf("validators %+v %v (proposer %s)", vs, err, b.Proposer)
	}
	if _, err := c.Block(ctx, 1<<40); !errors.As(err, &ce) || ce.Code != api.CodeNotFound {
		t.Fatalf("missing block: %v", err)
	}

	// CometBFT's own RPC client
	rpc, err := rpchttp.New(strings.Replace(n.ChainRPC(), "tcp://", "http://", 1), "/websocket")
	if err != nil {
		t.Fatal(err)
	}
	cs, err := rpc.Status(ctx)
	if err != nil || cs.NodeInfo.Network != "node-test" || cs.SyncInfo.LatestBlockHeight < res.Height {
		t.Fatalf("rpc status %+v %v", cs, err)
	}
	h := res.Height
	blk, err := rpc.Block(ctx, &h)
	if err != nil || len(blk.Block.Txs) != 1 || chain.HexHash(blk.BlockID.Hash) != b.Hash {
		t.Fatalf("rpc block %+v %v", blk, err)
	}
	raw := sign(&txsign.Tx{Kind: txsign.KindCall, Package: "hello", Func: "Greet", Args: []string{"rpc"}})
	bc, err := rpc.BroadcastTxCommit(ctx, raw)
	if err != nil || bc.CheckTx.Code != 0 || bc.TxResult.Code != 0 || !strings.Contains(string(bc.TxResult.Data), "hello rpc") {
		t.Fatalf("rpc broadcast_tx_commit %+v %v", bc, err)
	}
	if q, err := c.Query(ctx, "hello.Count"); err != nil || string(q.Result) != "2" {
		t.Fatalf("count after the rpc broadcast: %+v %v", q, err)
	}
	// a garbage broadcast through the RPC is refused with a reason
	bad, err := rpc.BroadcastTxSync(ctx, []byte("garbage"))
	if err != nil || bad.Code != chain.CodeMalformed || !strings.Contains(bad.Log, "not an Amigo signed transaction") {
		t.Fatalf("rpc garbage: %+v %v", bad, err)
	}
}

func keyAddress(k ed25519.PrivKey) string {
	return (&txsign.Tx{KeyType: txsign.Ed25519, PubKey: k.PubKey().Bytes()}).Signer()
}

// A signed transaction and an account lookup sent to a dev node for
// network chain:<id> are forwarded to a peer of that chain, found in the
// registry, and commit there.
func TestChainRoutedFromDevNode(t *testing.T) {
	homes, err := chain.Init(t.TempDir(), chain.TestnetOptions{Validators: 1, ChainID: "routed", TimeoutCommit: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := profiles.Lookup("chain")
	cn, err := New(Config{Profile: p, Home: homes[0], NoMDNS: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := cn.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer cn.Stop(ctx)
	dev, err := New(Config{Home: t.TempDir(), HTTPAddr: "127.0.0.1:0", P2PAddrs: []string{"/ip4/127.0.0.1/tcp/0"}, NoMDNS: true, NoSync: true, Bootstrap: cn.PeerAddrs()})
	if err != nil {
		t.Fatal(err)
	}
	if err := dev.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer dev.Stop(ctx)
	c := clientOf(t, dev)
	key := ed25519.GenPrivKeyFromSecret([]byte("dave"))
	me := keyAddress(key)
	var acc *api.Account
	eventually(t, 20*time.Second, "account through the dev node", func() error {
		acc, err = c.AccountOn(ctx, "chain:routed", me)
		return err
	})
	tx := &txsign.Tx{Kind: txsign.KindDeploy, Package: "hello", Files: []vm.File{{Name: "h.go", Src: []byte(chainHelloSrc)}}, ChainID: "routed", Sequence: acc.PendingSequence}
	tx.Sign(key)
	res, err := c.BroadcastTx(ctx, tx.Encode(), false)
	if err != nil || res.Receipt == nil || !res.Receipt.OK() || res.Receipt.Caller != me {
		t.Fatalf("deploy through the dev node: %+v %v", res, err)
	}
	if rc, err := clientOf(t, cn).Tx(ctx, res.Hash); err != nil || rc.Height != res.Height {
		t.Fatalf("the chain has no receipt of it: %+v %v", rc, err)
	}
	if _, err := dev.Engine().Package("hello"); err == nil {
		t.Fatal("the dev node deployed a transaction signed for the chain")
	}
	// An unknown chain is named in the error.
	other := &txsign.Tx{Kind: txsign.KindCall, Package: "hello", Func: "Count", ChainID: "nowhere"}
	other.Sign(key)
	var ce *client.Error
	if _, err := c.BroadcastTx(ctx, other.Encode(), false); !errors.As(err, &ce) || ce.Code != api.CodeNotFound || !strings.Contains(ce.Message, "chain:nowhere") {
		t.Fatalf("unknown chain: %v", err)
	}
}
