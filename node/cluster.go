package node

import (
	"context"
	"errors"

	"github.com/amigo-platform/amigo/sequencer"
)

// startCluster starts the Raft sequencer (the cluster profile).
func (n *Node) startCluster(ctx context.Context) (sequencer.Sequencer, error) {
	return nil, errors.New("the cluster profile is not in this build yet")
}
