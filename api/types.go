// Package api is the Network Interface: the REST + JSON API under /v1 that
// every node serves over HTTP and, with the same requests and responses,
// over the libp2p protocol /amigo/api/1. It owns the request and response
// messages, the routes, the error codes and the OpenAPI document; the node
// supplies a Backend. It must not know how transactions are ordered or
// stored.
package api

import (
	"context"
	"fmt"
	"time"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// Protocol is the libp2p protocol that carries the API: each stream is an
// HTTP/1.1 connection to the same handler.
const Protocol = "/amigo/api/1"

// Routes (all JSON unless said otherwise):
//
//	GET  /v1/status                      Status
//	GET  /v1/packages?q=&limit=&offset=  PackageList (no source)
//	GET  /v1/packages/{path...}          engine.PackageInfo (with files and functions)
//	POST /v1/deploy                      DeployRequest -> engine.Receipt
//	POST /v1/call                        CallRequest -> engine.Receipt
//	POST /v1/query                       CallRequest -> engine.Receipt
//	POST /v1/render                      RenderRequest -> RenderResponse
//	GET  /v1/render/{path...}?path=P     RenderResponse (the same, for links)
//	GET  /v1/txs?before=H&limit=N        TxList (newest first)
//	GET  /v1/txs/{hash}                  engine.Receipt
//	GET  /v1/events?package=P            text/event-stream of Event ("event: amigo")
//	GET  /v1/peers                       PeerList
//	GET  /v1/services?kind=&name=        ServiceList (the service registry)
//	GET  /v1/state/{package...}          StateView (variables, one level deep)
//	GET  /v1/objects/{id}?cursor=&limit= ObjectView (one page of a stored object)
//	GET  /v1/openapi.json                the OpenAPI 3.1 document
//
// Errors are JSON ErrorResponse with a stable code and the HTTP status
// beside it in ErrorCode's documentation.

// Status describes a node.
type Status struct {
	Network   string    `json:"network"` // dev:<peer>, chain:<id>, cluster:<name>
	Profile   string    `json:"profile"`
	PeerID    string    `json:"peer_id"`
	Addrs     []string  `json:"addrs"` // the peer's multiaddrs, with /p2p/<id>
	HTTP      string    `json:"http"`  // the HTTP address it serves
	Height    int64     `json:"height"`
	Time      time.Time `json:"time,omitzero"` // of the last transaction
	StateHash string    `json:"state_hash"`
	Packages  int       `json:"packages"`
	Peers     int       `json:"peers"`
	Version   string    `json:"version"`
	// Caller is the identity calls take when the request names none
	// (the dev identity on the dev profile).
	Caller string `json:"caller,omitempty"`
}

// PackageList is a page of packages.
type PackageList struct {
	Packages []engine.PackageInfo `json:"packages"`
	Total    int                  `json:"total"`
}

// DeployRequest deploys a package's source.
type DeployRequest struct {
	Package  string    `json:"package"`
	Files    []vm.File `json:"files"`
	Caller   string    `json:"caller,omitempty"`    // dev profile only: act as this identity
	GasLimit int64     `json:"gas_limit,omitempty"` // 0: the node's default
	// Async returns as soon as the transaction is accepted (its hash);
	// otherwise the response is the receipt once it is durable.
	Async bool `json:"async,omitempty"`
}

// CallRequest calls (or queries) an exported function, named either by
// Package and Func or by Target.
type CallRequest struct {
	Package string `json:"package"`
	Func    string `json:"func"`
	// Target is "package.Func", split at the last dot (so
	// "alice/token.Transfer" works); an alternative to Package and Func.
	Target   string   `json:"target,omitempty"`
	Args     []string `json:"args,omitempty"` // text for basic types, JSON otherwise
	Caller   string   `json:"caller,omitempty"`
	GasLimit int64    `json:"gas_limit,omitempty"`
	Async    bool     `json:"async,omitempty"`
	// Network, when set, is the network id (dev:<peer>, chain:<id>,
	// cluster:<name>) that must serve the request: a node of another
	// network forwards it to a peer of that one.
	Network string `json:"network,omitempty"`
}

// RenderRequest renders Render(path) of a package.
type RenderRequest struct {
	Package string `json:"package"`
	Path    string `json:"path"`
	Network string `json:"network,omitempty"` // as in CallRequest
}

// RenderResponse is a package's markdown.
type RenderResponse struct {
	Package  string `json:"package"`
	Path     string `json:"path"`
	Markdown string `json:"markdown"`
	GasUsed  int64  `json:"gas_used"`
	ServedBy string `json:"served_by,omitempty"` // the peer that rendered it
}

// TxList is a page of receipts, newest first; Next is the "before" value
// of the following page (0 when there is none).
type TxList struct {
	Txs  []*engine.Receipt `json:"txs"`
	Next int64             `json:"next,omitempty"`
}

// Event is one amigo.Emit of a committed transaction, as the events
// stream sends it.
type Event struct {
	Height int64             `json:"height"`
	Tx     string            `json:"tx"`
	Time   time.Time         `json:"time,omitzero"`
	Pkg    string            `json:"pkg"`
	Type   string            `json:"type"`
	Attrs  map[string]string `json:"attrs,omitempty"`
	List   []string          `json:"list,omitempty"`
}

// StateView is a package's persisted variables.
type StateView struct {
	Package string    `json:"package"`
	Vars    []VarView `json:"vars"`
}

// The views of stored values (see package vm): ValueView is a value one
// level deep, with Ref the id of the object to open next; ObjectView one
// page of an object (slices paged by index, maps in key order).
type (
	VarView    = vm.VarView
	ValueView  = vm.ValueView
	FieldView  = vm.FieldView
	EntryView  = vm.EntryView
	ObjectView = vm.ObjectView
)

// Peer is a connected libp2p peer.
type Peer struct {
	ID        string   `json:"id"`
	Addrs     []string `json:"addrs"`
	Protocols []string `json:"protocols,omitempty"`
}

// PeerList lists connected peers.
type PeerList struct {
	Peers []Peer `json:"peers"`
}

// ErrorResponse is the body of every error.
type ErrorResponse struct {
	Error ErrorBody `json:"error"`
	// Receipt is set when the error is a transaction's, query's or
	// render's failure that the API reports as an error (unknown package,
	// bad arguments, conflict, rejected source, failed render).
	Receipt *engine.Receipt `json:"receipt,omitempty"`
}

// ErrorBody is an error's stable code and human message.
type ErrorBody struct {
	Code    ErrorCode `json:"code"`
	Message string    `json:"message"`
}

// ErrorCode is a stable, machine-readable error code.
type ErrorCode string

const (
	CodeBadRequest   ErrorCode = "bad_request"        // 400: malformed JSON, missing field, bad argument
	CodeNotFound     ErrorCode = "not_found"          // 404: unknown package, function, transaction, route
	CodeConflict     ErrorCode = "conflict"           // 409: package already deployed, duplicate transaction
	CodeTooLarge     ErrorCode = "too_large"          // 413: request body over the limit
	CodeUnauthorized ErrorCode = "unauthorized"       // 401: the profile needs credentials
	CodeForbidden    ErrorCode = "forbidden"          // 403: not allowed (e.g. caller override off the dev profile)
	CodeUnavailable  ErrorCode = "unavailable"        // 503: shutting down, sequencer not ready
	CodeTimeout      ErrorCode = "timeout"            // 504: the handler's deadline passed
	CodeInternal     ErrorCode = "internal"           // 500
	CodeMethod       ErrorCode = "method_not_allowed" // 405
	CodeContract     ErrorCode = "contract_error"     // 422: a render failed in the contract (panic, error, out of gas)
	CodeRateLimited  ErrorCode = "rate_limited"       // 429: the caller is over a gateway's rate limit (Retry-After says when to retry)
)

// Backend is what a node offers the API. Methods must be safe for
// concurrent use. Errors that are not *Error are reported as internal.
type Backend interface {
	Status(ctx context.Context) (*Status, error)
	// Packages lists deployed packages whose path contains q (all for ""),
	// in path order, with the total count of matches.
	Packages(ctx context.Context, q string, limit, offset int) (*PackageList, error)
	// Package returns an error wrapping engine.ErrNotDeployed (or an
	// *Error with CodeNotFound) for an unknown path.
	Package(ctx context.Context, path string) (*engine.PackageInfo, error)
	// Submit orders a deploy or call transaction; with wait it returns
	// the receipt once durable, else a receipt with only Hash set.
	// tx.Caller is what the request asked for (may be empty): the backend
	// applies the profile's rules (dev identity, overrides).
	Submit(ctx context.Context, tx engine.Tx, wait bool) (*engine.Receipt, error)
	Query(ctx context.Context, tx engine.Tx) (*engine.Receipt, error)
	// Render returns a *ReceiptError when the package's Render failed
	// (unknown package, panic, ...).
	Render(ctx context.Context, pkg, path string) (*RenderResponse, error)
	// Tx returns an *Error with CodeNotFound for an unknown hash.
	Tx(ctx context.Context, hash string) (*engine.Receipt, error)
	Txs(ctx context.Context, before int64, limit int) (*TxList, error)
	// Subscribe delivers events of transactions committed from now on,
	// of package pkg (all for ""), until ctx ends; the channel is closed
	// then. A slow reader may miss events (the channel is buffered).
	Subscribe(ctx context.Context, pkg string) (<-chan Event, error)
	Peers(ctx context.Context) (*PeerList, error)
	// State shows a package's variables, one level deep.
	State(ctx context.Context, pkg string) (*StateView, error)
	// Object shows one page of a stored object; cursor is "" or the Next
	// of the previous page.
	Object(ctx context.Context, id uint64, cursor string, limit int) (*ObjectView, error)
}

// Error is an error with a code, which the API reports with its status.
type Error struct {
	Code    ErrorCode
	Message string
	// RetryAfter, when set, is answered as the Retry-After header.
	RetryAfter time.Duration
}

func (e *Error) Error() string { return e.Message }

// ReceiptError reports a failure that a receipt describes, for methods
// that return no receipt (Backend.Render): the API maps it by the
// receipt's ErrorKind like a failed transaction, and sends the receipt in
// ErrorResponse.Receipt.
type ReceiptError struct {
	Receipt *engine.Receipt
}

func (e *ReceiptError) Error() string { return e.Receipt.Error }

// Errorf makes an *Error.
func Errorf(code ErrorCode, format string, a ...any) *Error {
	return &Error{Code: code, Message: sprintf(format, a...)}
}

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }
