package client

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"github.com/amigo-platform/amigo/api"
)

// BroadcastTx submits a signed transaction (txsign encoding) to a chain
// node. Without async it returns once the transaction's block is
// committed on that node, with the receipt (a reverted receipt is
// returned with a *CallFailed error, as Call does); with async, once the
// node's mempool accepted it, with the hashes only. A refusal (bad
// signature, wrong chain, replayed sequence, ...) is an *Error naming why.
func (c *Client) BroadcastTx(ctx context.Context, tx []byte, async bool) (*api.TxSubmitResult, error) {
	var out api.TxSubmitResult
	if err := c.do(ctx, http.MethodPost, "/v1/txs", nil, &api.TxSubmit{Tx: tx, Async: async}, &out); err != nil {
		return nil, err
	}
	if out.Receipt != nil && !out.Receipt.OK() {
		_, err := failed(out.Receipt)
		return &out, err
	}
	return &out, nil
}

// Account returns a signer's next sequence on a chain node.
func (c *Client) Account(ctx context.Context, addr string) (*api.Account, error) {
	return c.AccountOn(ctx, "", addr)
}

// AccountOn returns a signer's next sequence on the chain network
// ("chain:<id>"): a node of another network forwards the request to a
// peer of that chain. An empty network is the node's own.
func (c *Client) AccountOn(ctx context.Context, network, addr string) (*api.Account, error) {
	var q url.Values
	if network != "" {
		q = url.Values{"network": {network}}
	}
	var out api.Account
	if err := c.do(ctx, http.MethodGet, "/v1/accounts/"+url.PathEscape(addr), q, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Blocks lists up to limit blocks below height before (0: from the
// newest), newest first; limit 0 is the node's default.
func (c *Client) Blocks(ctx context.Context, before int64, limit int) (*api.BlockList, error) {
	v := url.Values{}
	setInt(v, "before", before)
	setInt(v, "limit", int64(limit))
	var out api.BlockList
	if err := c.do(ctx, http.MethodGet, "/v1/blocks", v, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Block returns the block at height.
func (c *Client) Block(ctx context.Context, height int64) (*api.Block, error) {
	var out api.Block
	if err := c.do(ctx, http.MethodGet, "/v1/blocks/"+strconv.FormatInt(height, 10), nil, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Validators returns a chain node's current validator set.
func (c *Client) Validators(ctx context.Context) (*api.ValidatorList, error) {
	var out api.ValidatorList
	if err := c.do(ctx, http.MethodGet, "/v1/validators", nil, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
