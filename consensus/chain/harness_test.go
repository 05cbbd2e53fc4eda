package chain

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/rpc/client/local"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/txsign"
	"github.com/amigo-platform/amigo/vm"
)

// tnode is one validator of a test network: its Badger store, engine and
// CometBFT node, stoppable and restartable in-process.
type tnode struct {
	t    testing.TB
	home string
	st   store.Store
	e    *engine.Engine
	n    *Node
	net  *[]*tnode // the validators of its network, for diagnostics
}

func (tn *tnode) start() {
	tn.t.Helper()
	st, err := store.OpenBadger(store.Options{Dir: filepath.Join(tn.home, "data"), Sync: true})
	if err != nil {
		tn.t.Fatal(err)
	}
	e, err := engine.New(st, engine.Config{})
	if err != nil {
		tn.t.Fatal(err)
	}
	var log *slog.Logger
	if os.Getenv("AMIGO_CHAIN_TEST_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("node", filepath.Base(tn.home))
	}
	n, err := Start(context.Background(), Config{Home: filepath.Join(tn.home, CometDir), Engine: e, Logger: log})
	if err != nil {
		st.Close()
		tn.t.Fatal(err)
	}
	tn.st, tn.e, tn.n = st, e, n
}

func (tn *tnode) stop() {
	if tn.n == nil {
		return
	}
	tn.n.Close()
	tn.st.Close()
	tn.n, tn.st, tn.e = nil, nil, nil
}

func (tn *tnode) running() bool { return tn.n != nil }

// testnet starts n validators on loopback with fast blocks.
func testnet(t *testing.T, n int) []*tnode {
	t.Helper()
	dir := t.TempDir()
	homes, err := Init(dir, TestnetOptions{Validators: n, ChainID: "test-chain", TimeoutCommit: 20 * time.Millisecond, EmptyBlocks: true})
	if err != nil {
		t.Fatal(err)
	}
	return startNodes(t, homes)
}

// startNodes starts a validator on each home; they stop when the test
// ends.
func startNodes(tb testing.TB, homes []string) []*tnode {
	tb.Helper()
	var nodes []*tnode
	tb.Cleanup(func() {
		for _, tn := range nodes {
			tn.stop()
		}
	})
	for _, h := range homes {
		tn := &tnode{t: tb, home: h, net: &nodes}
		tn.start()
		nodes = append(nodes, tn)
	}
	return nodes
}

// diagnose says where a node that does not advance stands: its peers,
// whether it is still block-syncing, the blocks it stored against the
// heights its application committed.
func (tn *tnode) diagnose() string {
	c := tn.n.CometBFT()
	out, in, dialing := c.Switch().NumPeers()
	round := ""
	if cs, err := local.New(c).ConsensusState(context.Background()); err == nil {
		var rs struct {
			HRS string `json:"height/round/step"`
		}
		json.Unmarshal(cs.RoundState, &rs)
		round = rs.HRS
	}
	return fmt.Sprintf("peers out %d in %d dialing %d; block syncing %v; block store %d; application %d; height/round/step %s; mempool %d",
		out, in, dialing, c.ConsensusReactor().WaitSync(), c.BlockStore().Height(), tn.n.App.Height(), round, c.Mempool().Size())
}

// waitHeight waits until the node committed height h (bounded).
func waitHeight(t *testing.T, tn *tnode, h int64, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for tn.n.App.Height() < h {
		if time.Now().After(deadline) {
			t.Fatalf("%s: height %d after %s, want %d (%s)", tn.home, tn.n.App.Height(), within, h, tn.diagnose())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// signer signs transactions with one key, counting its sequence.
type signer struct {
	key     crypto.PrivKey
	seq     uint64
	chainID string
}

func newSigner(seed string) *signer {
	return &signer{key: ed25519.GenPrivKeyFromSecret([]byte(seed)), chainID: "test-chain"}
}

func (s *signer) addr() string {
	return (&txsign.Tx{KeyType: txsign.Ed25519, PubKey: s.key.PubKey().Bytes()}).Signer()
}

func (s *signer) sign(t testing.TB, tx *txsign.Tx) []byte {
	t.Helper()
	tx.ChainID, tx.Sequence = s.chainID, s.seq
	if err := tx.Sign(s.key); err != nil {
		t.Fatal(err)
	}
	s.seq++
	return tx.Encode()
}

func (s *signer) call(t testing.TB, pkg, fn string, args ...string) []byte {
	return s.sign(t, &txsign.Tx{Kind: txsign.KindCall, Package: pkg, Func: fn, Args: args})
}

func (s *signer) deploy(t testing.TB, pkg, dir string) []byte {
	return s.sign(t, &txsign.Tx{Kind: txsign.KindDeploy, Package: pkg, Files: readPkg(t, dir)})
}

func readPkg(t testing.TB, dir string) []vm.File {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var fs []vm.File
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, vm.File{Name: e.Name(), Src: b})
	}
	return fs
}

// submit broadcasts raw to tn and waits for its block (bounded).
func submit(t testing.TB, tn *tnode, raw []byte) Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tk, err := tn.n.Broadcast(ctx, raw)
	if err != nil {
		t.Fatalf("broadcast: %v", err)
	}
	r, err := tk.Wait(ctx)
	if err != nil {
		var ds []string
		for _, o := range *tn.net {
			if o.running() {
				ds = append(ds, filepath.Base(o.home)+": "+o.diagnose())
			}
		}
		t.Fatalf("wait at %s: %v (%s)", filepath.Base(tn.home), err, strings.Join(ds, "; "))
	}
	return r
}
