package client

import (
	"context"
	"errors"
	"net/http"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// CallRequest is a call or query with every option the API takes.
type CallRequest = api.CallRequest

// CallOptions are the options of a transaction.
type CallOptions struct {
	// Caller acts as this identity (the dev profile only; other profiles
	// refuse it with CodeForbidden). Empty: the node's rules decide.
	Caller string
	// GasLimit bounds the gas of the transaction; 0 is the node's default.
	GasLimit int64
	// Async returns as soon as the node accepted the transaction: the
	// receipt then has only Hash set (see Tx).
	Async bool
}

// Deploy pushes the source files of a package (base names, no test files;
// see ReadPackage) to path. It returns the receipt; a package that does not
// type-check or whose init fails returns the receipt and a *CallFailed.
func (c *Client) Deploy(ctx context.Context, path string, files []vm.File, o CallOptions) (*engine.Receipt, error) {
	req := api.DeployRequest{Package: path, Files: files, Caller: o.Caller, GasLimit: o.GasLimit, Async: o.Async}
	return c.transact(ctx, "/v1/deploy", req)
}

// Call calls target ("pkg.Func") with args (text for basic types, JSON
// otherwise) as a transaction and returns its receipt once durable. A call
// that reverted (panic, out of gas, a non-nil error result, bad
// arguments, unknown package or function) returns the receipt and a
// *CallFailed. With req.Async the receipt has only Hash set.
func (c *Client) Call(ctx context.Context, target string, args ...string) (*engine.Receipt, error) {
	pkg, fn, err := api.SplitTarget(target)
	if err != nil {
		return nil, err
	}
	return c.CallWith(ctx, CallRequest{Package: pkg, Func: fn, Args: args})
}

// CallWith is Call with every option of the request.
func (c *Client) CallWith(ctx context.Context, req CallRequest) (*engine.Receipt, error) {
	return c.transact(ctx, "/v1/call", req)
}

// Query runs target read-only against the committed state: its writes are
// discarded and nothing is recorded. A failing query returns its receipt
// and a *CallFailed.
func (c *Client) Query(ctx context.Context, target string, args ...string) (*engine.Receipt, error) {
	pkg, fn, err := api.SplitTarget(target)
	if err != nil {
		return nil, err
	}
	return c.QueryWith(ctx, CallRequest{Package: pkg, Func: fn, Args: args})
}

// QueryWith is Query with every option of the request (Async is
// meaningless for a query).
func (c *Client) QueryWith(ctx context.Context, req CallRequest) (*engine.Receipt, error) {
	return c.transact(ctx, "/v1/query", req)
}

// transact posts a request whose response is a receipt.
func (c *Client) transact(ctx context.Context, path string, in any) (*engine.Receipt, error) {
	var rc engine.Receipt
	if err := c.do(ctx, http.MethodPost, path, nil, in, &rc); err != nil {
		var e *Error
		if errors.As(err, &e) && e.Receipt != nil && !e.Receipt.OK() {
			return e.Receipt, &CallFailed{Receipt: e.Receipt, Err: e}
		}
		return nil, err
	}
	return failed(&rc)
}

// Render returns the markdown of Render(path) of package pkg.
func (c *Client) Render(ctx context.Context, pkg, path string) (*api.RenderResponse, error) {
	var out api.RenderResponse
	if err := c.do(ctx, http.MethodPost, "/v1/render", nil, api.RenderRequest{Package: pkg, Path: path}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
