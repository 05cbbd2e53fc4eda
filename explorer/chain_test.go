package explorer

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"

	"github.com/amigo-platform/amigo/consensus/chain"
	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/profiles"
	"github.com/amigo-platform/amigo/txsign"
	"github.com/amigo-platform/amigo/vm"
)

// On a chain node the network page lists blocks and validators, a block
// page shows its transactions, and a transaction links to its block.
func TestChainPages(t *testing.T) {
	homes, err := chain.Init(t.TempDir(), chain.TestnetOptions{Validators: 1, ChainID: "explorer-test", TimeoutCommit: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	p, err := profiles.Lookup("chain")
	if err != nil {
		t.Fatal(err)
	}
	tn := startNodeConfig(t, node.Config{Profile: p, Home: homes[0]}, Options{})
	ctx := context.Background()
	key := ed25519.GenPrivKeyFromSecret([]byte("explorer"))
	me := (&txsign.Tx{KeyType: txsign.Ed25519, PubKey: key.PubKey().Bytes()}).Signer()
	submit := func(tx *txsign.Tx) string {
		acc, err := tn.c.Account(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		tx.ChainID, tx.Sequence = "explorer-test", acc.PendingSequence
		tx.Sign(key)
		res, err := tn.c.BroadcastTx(ctx, tx.Encode(), false)
		if err != nil || res.Receipt == nil || !res.Receipt.OK() {
			t.Fatalf("broadcast: %+v %v", res, err)
		}
		return res.Hash + " " + strconv.FormatInt(res.Height, 10)
	}
	submit(&txsign.Tx{Kind: txsign.KindDeploy, Package: "hello", Files: []vm.File{{Name: "h.go", Src: []byte("package hello\n\nvar n int\n\nfunc Greet(name string) string { n++; return \"hello \" + name }\n")}}})
	res := submit(&txsign.Tx{Kind: txsign.KindCall, Package: "hello", Func: "Greet", Args: []string{"chain"}})
	hash, height := res[:64], res[65:]

	for _, pg := range []struct {
		path string
		want []string
	}{
		{"/network/blocks", []string{`href="/blocks/` + height + `"`, "Proposer", "Older", "/v1/blocks?limit=25"}},
		{"/network/validators", []string{"Voting power", "/v1/validators"}},
		{"/blocks/" + height, []string{"Block " + height, "App hash", short(hash), "Greet", short(me), `href="/network/blocks"`}},
		{"/txs/" + hash, []string{`href="/blocks/` + height + `"`, "hello chain"}},
	} {
		resp, body := tn.get(pg.path)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s\n%s", pg.path, resp.Status, clip(body))
			continue
		}
		contains(t, pg.path, body, pg.want...)
	}
	for _, path := range []string{"/blocks/99999999", "/blocks/0", "/blocks/x"} {
		if resp, _ := tn.get(path); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %s, want 404", path, resp.Status)
		}
	}
	if resp, body := tn.get("/network/blocks?format=json"); resp.StatusCode != http.StatusOK || !strings.Contains(body, `"num_txs"`) {
		t.Errorf("blocks JSON: %s %s", resp.Status, clip(body))
	}
}
