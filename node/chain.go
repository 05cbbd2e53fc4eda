package node

import (
	"context"
	"errors"

	"github.com/amigo-platform/amigo/sequencer"
)

// startChain starts the CometBFT sequencer (the chain profile).
func (n *Node) startChain(ctx context.Context) (sequencer.Sequencer, error) {
	return nil, errors.New("the chain profile is not in this build yet")
}
