package chain

import (
	"time"

	mempl "github.com/cometbft/cometbft/mempool"
	"github.com/cometbft/cometbft/p2p"
	protomem "github.com/cometbft/cometbft/proto/tendermint/mempool"
)

// CometBFT's mempool reactor sends each transaction to each peer once,
// and a peer still block-syncing drops what it receives without keeping
// it: a validator that just started (or restarted) misses the
// transactions gossiped meanwhile. Without empty blocks, a chain whose
// only pending transaction sits with a validator that is not the proposer
// then waits until that validator proposes: for ever with no empty
// blocks at all. The regossiper sends the mempool's transactions to the
// peers again when the chain stopped advancing while they wait; a peer
// that has one already refuses it from its cache.
type regossiper struct {
	height  func() int64
	pending func(max int) [][]byte
	send    func(tx []byte)
	// stall is how many ticks without a new block, with transactions
	// waiting, make the regossiper send them again.
	stall int
	max   int // transactions sent again at once

	last  int64
	still int
}

// tick runs once a tick; it returns how many transactions it sent again.
func (g *regossiper) tick() int {
	h := g.height()
	if h != g.last {
		g.last, g.still = h, 0
		return 0
	}
	txs := g.pending(g.max)
	if len(txs) == 0 {
		g.still = 0
		return 0
	}
	if g.still++; g.still < g.stall {
		return 0
	}
	g.still = 0
	for _, tx := range txs {
		g.send(tx)
	}
	return len(txs)
}

// regossipEvery is the regossiper's tick.
const regossipEvery = time.Second

// regossip runs the regossiper until the node closes (a node whose
// mempool does not broadcast, config mempool.broadcast = false, keeps its
// transactions to itself and runs none).
func (n *Node) regossip() {
	defer n.bg.Done()
	if !n.cmt.Config().Mempool.Broadcast {
		return
	}
	sw := n.cmt.Switch()
	g := &regossiper{
		height: n.cmt.BlockStore().Height,
		pending: func(max int) [][]byte {
			var out [][]byte
			for _, tx := range n.cmt.Mempool().ReapMaxTxs(max) {
				out = append(out, tx)
			}
			return out
		},
		send: func(tx []byte) {
			sw.Peers().ForEach(func(p p2p.Peer) {
				p.TrySend(p2p.Envelope{ChannelID: mempl.MempoolChannel, Message: &protomem.Txs{Txs: [][]byte{tx}}})
			})
		},
		// a block takes timeout_commit plus a round: 3 s without one,
		// with CometBFT's production timeouts, is not yet a stall
		stall: max(3, int(3*n.cmt.Config().Consensus.TimeoutCommit/regossipEvery)),
		max:   256,
	}
	t := time.NewTicker(regossipEvery)
	defer t.Stop()
	for {
		select {
		case <-n.done:
			return
		case <-t.C:
			if k := g.tick(); k > 0 {
				n.log.Debug("the chain stalled with transactions waiting: sent them to the peers again", "txs", k, "height", g.last)
			}
		}
	}
}
