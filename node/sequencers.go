package node

import (
	"context"
	"fmt"

	"github.com/amigo-platform/amigo/profiles"
	"github.com/amigo-platform/amigo/sequencer"
)

// newSequencer starts the sequencer the profile names. The chain and
// cluster sequencers set n.network to their network id ("chain:<id>",
// "cluster:<name>").
func (n *Node) newSequencer(ctx context.Context) (sequencer.Sequencer, error) {
	switch s := n.cfg.Profile.Sequencer; s {
	case profiles.SeqLocal:
		return sequencer.NewLocal(n.engine, sequencer.Options{ChainID: n.network, OnCommit: n.committed}), nil
	case profiles.SeqCometBFT:
		return n.startChain(ctx)
	case profiles.SeqRaft:
		return n.startCluster(ctx)
	default:
		return nil, fmt.Errorf("profile %s: unknown sequencer %q", n.cfg.Profile.Name, s)
	}
}
