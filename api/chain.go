package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/node/engine"
)

// ChainBackend is what a chain node serves beside Backend: signed
// transactions, accounts, blocks and validators. The routes below answer
// 404 not_found on a backend that does not implement it.
type ChainBackend interface {
	// BroadcastTx checks a signed transaction (txsign encoding) and
	// submits it to consensus; with wait it returns once the transaction's
	// block is committed on this node, with the receipt (which may record
	// a revert). A refusal (malformed, bad signature, wrong chain, bad
	// sequence) is an *Error naming why.
	BroadcastTx(ctx context.Context, tx []byte, wait bool) (*TxSubmitResult, error)
	// Account is the signer's next sequence.
	Account(ctx context.Context, addr string) (*Account, error)
	// Blocks lists up to limit blocks below height before (0: from the
	// newest), newest first.
	Blocks(ctx context.Context, before int64, limit int) (*BlockList, error)
	// Block returns an *Error with CodeNotFound for a height not stored.
	Block(ctx context.Context, height int64) (*Block, error)
	Validators(ctx context.Context) (*ValidatorList, error)
}

// TxSubmit is the body of POST /v1/txs.
type TxSubmit struct {
	// Tx is the signed transaction's bytes (base64 in JSON).
	Tx []byte `json:"tx"`
	// Async returns once the transaction is accepted into the mempool,
	// without waiting for its block.
	Async bool `json:"async,omitempty"`
}

// TxSubmitResult answers POST /v1/txs.
type TxSubmitResult struct {
	// Hash is the engine's hash of the transaction (GET /v1/txs/{hash}).
	Hash string `json:"hash"`
	// TxHash is CometBFT's hash of the bytes (its RPC's tx?hash=0x...).
	TxHash string `json:"tx_hash"`
	// Height is the block that committed it (0 with async).
	Height  int64           `json:"height,omitempty"`
	Receipt *engine.Receipt `json:"receipt,omitempty"`
}

// Account is a signer's account.
type Account struct {
	Address string `json:"address"`
	// Sequence is the next sequence to sign with, after the committed
	// state; PendingSequence counts also the account's transactions in
	// this node's mempool (what a new transaction should carry).
	Sequence        uint64 `json:"sequence"`
	PendingSequence uint64 `json:"pending_sequence"`
}

// Block is a committed block.
type Block struct {
	Height   int64     `json:"height"`
	Hash     string    `json:"hash"`
	Time     time.Time `json:"time"`
	Proposer string    `json:"proposer"` // validator address (hex)
	NumTxs   int       `json:"num_txs"`
	// AppHash is the app hash in the block's header: the state after the
	// block before it.
	AppHash string `json:"app_hash"`
	// Txs are the engine hashes of the block's transactions (CometBFT
	// hashes for bytes that are not a transaction).
	Txs []string `json:"txs"`
}

// BlockList is a page of blocks, newest first; Next is the before of the
// next page (0: none).
type BlockList struct {
	Blocks []Block `json:"blocks"`
	Next   int64   `json:"next"`
}

// Validator is a member of the current validator set.
type Validator struct {
	Address          string `json:"address"` // hex, as CometBFT shows it
	PubKey           string `json:"pub_key"` // base64
	Power            int64  `json:"power"`
	ProposerPriority int64  `json:"proposer_priority"`
}

// ValidatorList is the current validator set.
type ValidatorList struct {
	Validators []Validator `json:"validators"`
}

const (
	defaultBlocksLimit = 20
	maxBlocksLimit     = 100
)

func (s *server) chainRoutes() []route {
	return []route{
		// A signed transaction carries its own authentication.
		{method: "POST", path: "/v1/txs", handle: s.broadcastTx},
		{method: "GET", path: "/v1/accounts/{address}", handle: s.account, perm: "read"},
		{method: "GET", path: "/v1/blocks", handle: s.blocks, perm: "read"},
		{method: "GET", path: "/v1/blocks/{height}", handle: s.block, perm: "read"},
		{method: "GET", path: "/v1/validators", handle: s.validators, perm: "read"},
	}
}

// chain is the backend as a ChainBackend, or answers 404.
func (s *server) chain(w http.ResponseWriter, r *http.Request) (ChainBackend, bool) {
	cb, ok := s.b.(ChainBackend)
	if !ok {
		s.fail(w, r, CodeNotFound, fmt.Sprintf("%s %s: this node is not a chain node (blocks, validators and signed transactions are on the chain profile)", r.Method, r.URL.Path))
	}
	return cb, ok
}

func (s *server) broadcastTx(w http.ResponseWriter, r *http.Request) {
	cb, ok := s.chain(w, r)
	if !ok {
		return
	}
	var in TxSubmit
	if !s.decode(w, r, &in) {
		return
	}
	if len(in.Tx) == 0 {
		s.fail(w, r, CodeBadRequest, "tx: missing (the signed transaction's bytes, base64)")
		return
	}
	res, err := cb.BroadcastTx(r.Context(), in.Tx, !in.Async)
	if err == nil && res == nil {
		err = errors.New("backend returned no result")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	status := http.StatusOK
	if in.Async {
		status = http.StatusAccepted
	}
	s.writeJSON(w, r, status, res)
}

func (s *server) account(w http.ResponseWriter, r *http.Request) {
	cb, ok := s.chain(w, r)
	if !ok {
		return
	}
	addr := r.PathValue("address")
	if _, err := address.Decode(addr); err != nil {
		s.fail(w, r, CodeBadRequest, err.Error())
		return
	}
	a, err := cb.Account(WithNetwork(r.Context(), r.URL.Query().Get("network")), addr)
	if err == nil && a == nil {
		err = errors.New("backend returned no account")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, a)
}

func (s *server) blocks(w http.ResponseWriter, r *http.Request) {
	cb, ok := s.chain(w, r)
	if !ok {
		return
	}
	before, ok := s.intParam(w, r, "before", 0, 0, -1)
	if !ok {
		return
	}
	limit, ok := s.intParam(w, r, "limit", defaultBlocksLimit, 1, maxBlocksLimit)
	if !ok {
		return
	}
	list, err := cb.Blocks(r.Context(), before, int(limit))
	if err == nil && list == nil {
		err = errors.New("backend returned no block list")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := *list
	if out.Blocks == nil {
		out.Blocks = []Block{}
	}
	s.writeJSON(w, r, http.StatusOK, &out)
}

func (s *server) block(w http.ResponseWriter, r *http.Request) {
	cb, ok := s.chain(w, r)
	if !ok {
		return
	}
	h, err := strconv.ParseInt(r.PathValue("height"), 10, 64)
	if err != nil || h <= 0 {
		s.fail(w, r, CodeBadRequest, fmt.Sprintf("height: %q is not a block height (a positive integer)", r.PathValue("height")))
		return
	}
	b, err := cb.Block(r.Context(), h)
	if err == nil && b == nil {
		err = errors.New("backend returned no block")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, b)
}

func (s *server) validators(w http.ResponseWriter, r *http.Request) {
	cb, ok := s.chain(w, r)
	if !ok {
		return
	}
	v, err := cb.Validators(r.Context())
	if err == nil && v == nil {
		err = errors.New("backend returned no validators")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, v)
}
