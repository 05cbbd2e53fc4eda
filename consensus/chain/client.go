package chain

import (
	"context"
	"sync"

	abcicli "github.com/cometbft/cometbft/abci/client"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/proxy"
)

// clientCreator gives CometBFT local clients of the application, one per
// connection with its own mutex (as proxy.NewConnSyncLocalClientCreator),
// except that CheckTx runs without it: the mempool reactor calls CheckTx
// from every peer's receive goroutine, and serialising the signature
// checks there holds up the consensus messages of the same connections
// (a flood of transactions then stalls the chain for seconds). App.CheckTx
// is safe for concurrent use; the mempool still receives the answers one
// at a time. Concurrent answers may reach the mempool out of sequence
// order; PrepareProposal restores it.
type clientCreator struct{ app abci.Application }

func (c clientCreator) NewABCIClient() (abcicli.Client, error) {
	return &parallelCheck{Client: abcicli.NewLocalClient(nil, c.app), app: c.app}, nil
}

var _ proxy.ClientCreator = clientCreator{}

type parallelCheck struct {
	abcicli.Client
	app abci.Application
	mu  sync.Mutex // serialises the callbacks
	cb  abcicli.Callback
}

func (c *parallelCheck) SetResponseCallback(cb abcicli.Callback) {
	c.mu.Lock()
	c.cb = cb
	c.mu.Unlock()
	c.Client.SetResponseCallback(cb)
}

func (c *parallelCheck) CheckTxAsync(ctx context.Context, req *abci.RequestCheckTx) (*abcicli.ReqRes, error) {
	res, err := c.app.CheckTx(ctx, req)
	if err != nil {
		return nil, err
	}
	r, s := abci.ToRequestCheckTx(req), abci.ToResponseCheckTx(res)
	c.mu.Lock()
	if c.cb != nil {
		c.cb(r, s)
	}
	c.mu.Unlock()
	rr := abcicli.NewReqRes(r)
	rr.Response = s
	rr.InvokeCallback() // no callback yet: marks it invoked, so SetCallback calls it at once
	return rr, nil
}
