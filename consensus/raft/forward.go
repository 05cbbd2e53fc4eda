package raft

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	hraft "github.com/hashicorp/raft"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/sequencer"
)

// ForwardProtocol carries a follower's requests to the leader: writes to
// order (the ones waiting at the follower together, submit_batch), a read
// index, a membership change. Each request is a JSON frame answered by
// one; a follower keeps streams open and reuses them.
const ForwardProtocol = "/amigo/raft-forward/1"

// maxForward bounds a forwarded request (deploys carry source).
const maxForward = 16 << 20

type fwdRequest struct {
	Op string     `json:"op"` // submit, submit_batch, read_index, add, remove, apply
	Tx *engine.Tx `json:"tx,omitempty"`
	// Txs (submit_batch) are the writes waiting at a follower when it
	// sent them: the leader answers each in Results, in order.
	Txs     []engine.Tx `json:"txs,omitempty"`
	Address string      `json:"address,omitempty"` // add: ServerAddress; remove: peer id
	// Entry (apply) is an entry without transactions: a gateway change
	// or a revocation.
	Entry *entry `json:"entry,omitempty"`
}

type fwdResponse struct {
	Receipt *engine.Receipt `json:"receipt,omitempty"`
	Index   uint64          `json:"index,omitempty"`
	Error   string          `json:"error,omitempty"`
	// Retry: the request was not acted on (this member is not the
	// leader, or no leader yet); Unknown: a write's outcome is unknown.
	Retry   bool `json:"retry,omitempty"`
	Unknown bool `json:"unknown,omitempty"`
	// Results answer a submit_batch, one per transaction.
	Results []fwdResponse `json:"results,omitempty"`
}

// submitResponse is the answer to a forwarded write the leader ordered
// (or refused).
func submitResponse(r result) fwdResponse {
	resp := fwdResponse{Receipt: r.rc, Index: r.index}
	if r.err != nil {
		resp.Error = r.err.Error()
		resp.Retry = errors.Is(r.err, errRetry)
		resp.Unknown = !resp.Retry
	}
	return resp
}

// err is the error the leader's answer reports, nil if none.
func (r *fwdResponse) err() error {
	switch {
	case r.Retry:
		return fmt.Errorf("%w: %s", errRetry, r.Error)
	case r.Unknown:
		return fmt.Errorf("%w: %s", ErrOutcomeUnknown, r.Error)
	case strings.HasPrefix(r.Error, ErrNotGateway.Error()):
		return fmt.Errorf("%w%s", ErrNotGateway, strings.TrimPrefix(r.Error, ErrNotGateway.Error()))
	case r.Error != "":
		return errors.New(r.Error)
	}
	return nil
}

type forwardServer struct {
	s  *Sequencer
	ln net.Listener
}

func serveForward(s *Sequencer) *forwardServer {
	f := &forwardServer{s: s, ln: p2p.Listen(s.cfg.Host, ForwardProtocol)}
	go f.serve()
	return f
}

func (f *forwardServer) close() { f.ln.Close() }

func (f *forwardServer) serve() {
	for {
		c, err := f.ln.Accept()
		if err != nil {
			return
		}
		go f.handle(c)
	}
}

// handle serves the requests of one stream, one after the other: a
// follower keeps streams open and reuses them.
func (f *forwardServer) handle(c net.Conn) {
	defer c.Close()
	// Only members forward: a peer the host admits for another reason (a
	// stateless gateway) must not order transactions with any caller.
	if id, err := peer.Decode(c.RemoteAddr().String()); err != nil || !f.s.IsMember(id.String()) {
		c.SetDeadline(time.Now().Add(5 * time.Second))
		writeFrame(c, &fwdResponse{Error: fmt.Sprintf("%s is not a member of the Raft configuration: forwarding is for members", c.RemoteAddr())})
		return
	}
	br := bufio.NewReader(c)
	for {
		c.SetDeadline(time.Now().Add(5 * time.Minute)) // an idle pooled stream ends
		var req fwdRequest
		if err := readFrame(br, &req); err != nil {
			if !errors.Is(err, io.EOF) {
				writeFrame(c, &fwdResponse{Error: "bad forwarded request: " + err.Error()})
			}
			return
		}
		c.SetDeadline(time.Now().Add(30 * time.Second))
		resp := f.serve1(&req)
		if err := writeFrame(c, resp); err != nil {
			return
		}
	}
}

// serve1 acts on one forwarded request.
func (f *forwardServer) serve1(req *fwdRequest) *fwdResponse {
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	var resp fwdResponse
	s := f.s
	notLeader := func() bool {
		if s.raft.State() != hraft.Leader {
			resp = fwdResponse{Retry: true, Error: "not the leader"}
			return true
		}
		return false
	}
	switch req.Op {
	case "submit":
		if req.Tx == nil {
			resp.Error = "submit: no transaction"
			break
		}
		if notLeader() {
			break
		}
		resp = submitResponse(s.submitLocal(ctx, *req.Tx))
	case "submit_batch":
		if len(req.Txs) == 0 {
			resp.Error = "submit_batch: no transactions"
			break
		}
		if notLeader() {
			break
		}
		rs := s.submitLocalAll(ctx, req.Txs)
		resp.Results = make([]fwdResponse, len(rs))
		for i, r := range rs {
			resp.Results[i] = submitResponse(r)
		}
	case "read_index":
		if notLeader() {
			break
		}
		idx, err := s.readIndex(ctx)
		resp.Index = idx
		if err != nil {
			resp.Error, resp.Retry = err.Error(), errors.Is(err, errRetry)
		}
	case "add", "remove":
		if notLeader() {
			break
		}
		if err := s.changeLocal(req.Op, req.Address); err != nil {
			resp.Error = err.Error()
			resp.Retry = errors.Is(err, hraft.ErrNotLeader)
		}
	case "apply":
		if req.Entry == nil || len(req.Entry.Txs) > 0 || (req.Entry.Gateway == nil && req.Entry.Revoke == nil) {
			resp.Error = "apply: want a gateway change or a revocation (transactions are submitted)"
			break
		}
		if notLeader() {
			break
		}
		idx, err := s.applyEntry(req.Entry)
		resp.Index = idx
		if err != nil {
			resp.Error, resp.Retry = err.Error(), errors.Is(err, errRetry)
		}
	default:
		resp.Error = fmt.Sprintf("unknown forwarded operation %q", req.Op)
	}
	return &resp
}

// Frames: a 4-byte big-endian length, then that many bytes of JSON.
func writeFrame(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	buf := binary.BigEndian.AppendUint32(make([]byte, 0, 4+len(b)), uint32(len(b)))
	_, err = w.Write(append(buf, b...))
	return err
}

func readFrame(r *bufio.Reader, v any) error {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n > maxForward {
		return fmt.Errorf("a frame of %d bytes, over the %d limit", n, maxForward)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// fwdConn is a pooled stream to the leader.
type fwdConn struct {
	c net.Conn
	r *bufio.Reader
}

// fwdPool keeps idle streams per leader.
type fwdPool struct {
	mu     sync.Mutex
	idle   map[peer.ID][]*fwdConn
	closed bool
}

func (p *fwdPool) get(id peer.ID) *fwdConn {
	p.mu.Lock()
	defer p.mu.Unlock()
	cs := p.idle[id]
	if len(cs) == 0 {
		return nil
	}
	c := cs[len(cs)-1]
	p.idle[id] = cs[:len(cs)-1]
	return c
}

func (p *fwdPool) put(id peer.ID, c *fwdConn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || len(p.idle[id]) >= 64 {
		c.c.Close()
		return
	}
	if p.idle == nil {
		p.idle = map[peer.ID][]*fwdConn{}
	}
	p.idle[id] = append(p.idle[id], c)
}

func (p *fwdPool) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	for _, cs := range p.idle {
		for _, c := range cs {
			c.c.Close()
		}
	}
	p.idle = nil
}

// call sends req to the leader. sent reports whether the request may
// have reached it (after a failure past the dial, a write's outcome is
// unknown).
func (s *Sequencer) call(ctx context.Context, req *fwdRequest) (resp fwdResponse, sent bool, err error) {
	laddr, lid := s.raft.LeaderWithID()
	if lid == "" {
		return resp, false, fmt.Errorf("%w: no leader elected yet", errRetry)
	}
	if string(lid) == s.cfg.Host.ID().String() {
		return resp, false, fmt.Errorf("%w: this member was the leader and is no more", errRetry)
	}
	learn(s.cfg.Host, laddr)
	id, err := peer.Decode(string(lid))
	if err != nil {
		return resp, false, fmt.Errorf("%w: leader id %q: %v", errRetry, lid, err)
	}
	for attempt := 0; ; attempt++ {
		fc := s.pool.get(id)
		reused := fc != nil
		if fc == nil {
			dctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			c, err := p2p.Dial(dctx, s.cfg.Host, id, ForwardProtocol)
			cancel()
			if err != nil {
				return resp, false, fmt.Errorf("%w: reach the leader: %v", errRetry, err)
			}
			fc = &fwdConn{c: c, r: bufio.NewReader(c)}
		}
		fc.c.SetDeadline(time.Now().Add(30 * time.Second))
		if err := writeFrame(fc.c, req); err != nil {
			// A stream refuses a write at once when it was reset (a
			// stale pooled stream): nothing reached the leader.
			fc.c.Close()
			if reused && attempt == 0 {
				continue
			}
			return resp, false, fmt.Errorf("%w: send to the leader %s: %v", errRetry, id, err)
		}
		if err := readFrame(fc.r, &resp); err != nil {
			fc.c.Close()
			if p2p.NotServed(err) {
				// The leader no longer serves forwarding (it is
				// stopping): the request reached no handler.
				return resp, false, fmt.Errorf("%w: the leader %s no longer takes forwarded requests: %v", errRetry, id, err)
			}
			return resp, true, fmt.Errorf("no answer from the leader %s: %w", id, err)
		}
		s.pool.put(id, fc)
		return resp, true, nil
	}
}

// forward submits tx through the leader: it joins the writes waiting to
// be forwarded (fwdLoop sends them together).
func (s *Sequencer) forward(ctx context.Context, tx engine.Tx) result {
	req := &request{tx: tx, reply: make(chan result, 1)}
	select {
	case s.fwdq <- req:
	case <-s.done:
		return result{err: sequencer.ErrClosed}
	case <-ctx.Done():
		return result{err: fmt.Errorf("transaction not submitted: %w", ctx.Err())}
	}
	select {
	case r := <-req.reply:
		return r
	case <-ctx.Done():
		return result{err: fmt.Errorf("%w: %v", ErrOutcomeUnknown, ctx.Err())}
	case <-s.done:
		return result{err: fmt.Errorf("%w: the member stopped", ErrOutcomeUnknown)}
	}
}

// fwdLoop sends the writes waiting at this follower to the leader, as
// many as are queued (up to MaxBatch and maxEntryBytes) in one request,
// with at most MaxInflight requests in flight: concurrent clients of a
// follower share round trips to the leader as they share its entries.
func (s *Sequencer) fwdLoop() {
	defer s.wg.Done()
	// A request in flight at Close ends with its stream (the host's
	// close, or its deadline); Close does not wait for it.
	slots := make(chan struct{}, s.cfg.MaxInflight)
	for {
		select {
		case slots <- struct{}{}:
		case <-s.done:
			return
		}
		var batch []*request
		select {
		case r := <-s.fwdq:
			batch = append(batch, r)
		case <-s.done:
			return
		}
		batch = s.gather(s.fwdq, batch)
		go func() {
			defer func() { <-slots }()
			s.forwardBatch(batch)
		}()
	}
}

// forwardBatch sends batch to the leader and answers each request.
func (s *Sequencer) forwardBatch(batch []*request) {
	var resp fwdResponse
	var sent bool
	var err error
	if len(batch) == 1 {
		resp, sent, err = s.call(context.Background(), &fwdRequest{Op: "submit", Tx: &batch[0].tx})
		resp.Results = []fwdResponse{resp}
	} else {
		txs := make([]engine.Tx, len(batch))
		for i, r := range batch {
			txs[i] = r.tx
		}
		resp, sent, err = s.call(context.Background(), &fwdRequest{Op: "submit_batch", Txs: txs})
	}
	for i, r := range batch {
		var res result
		switch {
		case err != nil && sent:
			res = result{err: fmt.Errorf("%w: %v", ErrOutcomeUnknown, err)}
		case err != nil:
			res = result{err: err}
		case resp.err() != nil:
			res = result{err: resp.err()}
		case len(resp.Results) != len(batch):
			res = result{err: fmt.Errorf("%w: the leader answered %d results for %d transactions", ErrOutcomeUnknown, len(resp.Results), len(batch))}
		default:
			res = submitResult(&resp.Results[i])
		}
		r.reply <- res
	}
}

// submitResult is the result of a write the leader answered.
func submitResult(resp *fwdResponse) result {
	switch {
	case resp.err() != nil:
		return result{err: resp.err()}
	case resp.Receipt == nil:
		return result{err: fmt.Errorf("%w: the leader answered without a receipt", ErrOutcomeUnknown)}
	}
	return result{rc: resp.Receipt, index: resp.Index}
}

// forwardReadIndex asks the leader for a read index, retrying while
// there is no leader (bounded by ctx and 10 s).
func (s *Sequencer) forwardReadIndex(ctx context.Context) (uint64, error) {
	return retrying(ctx, s, func() (uint64, error) {
		if s.raft.State() == hraft.Leader {
			return s.readIndex(ctx)
		}
		resp, _, err := s.call(ctx, &fwdRequest{Op: "read_index"})
		if err == nil {
			err = resp.err()
		}
		if err != nil {
			return 0, err
		}
		return resp.Index, nil
	})
}

// retrying runs fn until it succeeds or fails with an error that is not
// errRetry, for at most 10 s.
func retrying(ctx context.Context, s *Sequencer, fn func() (uint64, error)) (uint64, error) {
	deadline := time.Now().Add(10 * time.Second)
	for {
		v, err := fn()
		if err == nil || !errors.Is(err, errRetry) {
			return v, err
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("%w: %v", ErrNoLeader, err)
		}
		select {
		case <-time.After(20 * time.Millisecond):
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-s.done:
			return 0, errors.New("raft: member stopped")
		}
	}
}

// AddMember adds the member at address (a multiaddr ending in
// /p2p/<id>) as a voter, through the leader.
func (s *Sequencer) AddMember(ctx context.Context, address string) error {
	if _, err := PeerOf(address); err != nil {
		return fmt.Errorf("member address %q: want a multiaddr ending in /p2p/<peer id>: %w", address, err)
	}
	return s.change(ctx, "add", address)
}

// RemoveMember removes the member with peer id id, through the leader.
func (s *Sequencer) RemoveMember(ctx context.Context, id string) error {
	if _, err := peer.Decode(id); err != nil {
		return fmt.Errorf("member id %q: %w", id, err)
	}
	return s.change(ctx, "remove", id)
}

func (s *Sequencer) change(ctx context.Context, op, arg string) error {
	_, err := retrying(ctx, s, func() (uint64, error) {
		if s.raft.State() == hraft.Leader {
			err := s.changeLocal(op, arg)
			if errors.Is(err, hraft.ErrNotLeader) {
				err = fmt.Errorf("%w: %v", errRetry, err)
			}
			return 0, err
		}
		resp, _, err := s.call(ctx, &fwdRequest{Op: op, Address: arg})
		if err == nil {
			err = resp.err()
		}
		if err != nil {
			return 0, err
		}
		return 0, nil
	})
	return err
}

func (s *Sequencer) changeLocal(op, arg string) error {
	switch op {
	case "add":
		id, err := PeerOf(arg)
		if err != nil {
			return err
		}
		learn(s.cfg.Host, hraft.ServerAddress(arg))
		return s.raft.AddVoter(hraft.ServerID(id.String()), hraft.ServerAddress(arg), 0, 30*time.Second).Error()
	case "remove":
		return s.raft.RemoveServer(hraft.ServerID(arg), 0, 30*time.Second).Error()
	}
	return fmt.Errorf("unknown membership change %q", op)
}

// AddGateway admits the stateless gateway with peer id id, through the
// leader: a log entry, so every member admits it, after restarts too. It
// returns once this member applied the entry. Admitting a gateway twice
// is no error.
func (s *Sequencer) AddGateway(ctx context.Context, id string) error {
	return s.gatewayChange(ctx, "add", id)
}

// RemoveGateway removes the admitted stateless gateway with peer id id,
// through the leader (ErrNotGateway if it is not admitted).
func (s *Sequencer) RemoveGateway(ctx context.Context, id string) error {
	return s.gatewayChange(ctx, "remove", id)
}

func (s *Sequencer) gatewayChange(ctx context.Context, op, id string) error {
	if _, err := peer.Decode(id); err != nil {
		return fmt.Errorf("gateway id %q: %w", id, err)
	}
	return s.propose(ctx, &entry{Gateway: &gatewayChange{Op: op, Peer: id}})
}

// Revoke revokes bearer tokens (Revocation), through the leader: a log
// entry, so every member refuses them, after restarts too. The entry's
// time is the leader's clock when it proposes it (later revocation
// entries drop those past their Until; a zero Until is 25 h from now,
// past the longest token lifetime of the built-in service). It returns
// once this member applied the entry.
func (s *Sequencer) Revoke(ctx context.Context, r Revocation) error {
	if r.ID == "" && r.Subject == "" {
		return errors.New("revoke: a token id (jti) or a subject is required")
	}
	if r.Until.IsZero() {
		r.Until = time.Now().UTC().Add(25 * time.Hour)
	}
	return s.propose(ctx, &entry{Revoke: &r})
}

// propose has the leader append ent, an entry without transactions (a
// gateway change, a revocation), retrying while there is no leader
// (bounded by ctx and 10 s), and waits until this member applied it.
func (s *Sequencer) propose(ctx context.Context, ent *entry) error {
	idx, err := retrying(ctx, s, func() (uint64, error) {
		if s.raft.State() == hraft.Leader {
			return s.applyEntry(ent)
		}
		resp, _, err := s.call(ctx, &fwdRequest{Op: "apply", Entry: ent})
		if err == nil {
			err = resp.err()
		}
		if err != nil {
			return 0, err
		}
		return resp.Index, nil
	})
	if err != nil {
		return err
	}
	return s.waitApplied(ctx, idx)
}

// applyEntry, on the leader: ent (no transactions), stamped with the
// leader's clock, as a log entry, answered once applied here.
func (s *Sequencer) applyEntry(ent *entry) (uint64, error) {
	e := *ent
	e.Time = time.Now().UTC()
	data, err := json.Marshal(&e)
	if err != nil {
		return 0, err
	}
	f := s.raft.Apply(data, 5*time.Second)
	if err := s.futureErr(f); err != nil {
		if errors.Is(err, hraft.ErrNotLeader) || errors.Is(err, hraft.ErrEnqueueTimeout) || errors.Is(err, hraft.ErrLeadershipTransferInProgress) {
			return 0, fmt.Errorf("%w: %v", errRetry, err)
		}
		return 0, err
	}
	if a, _ := f.Response().(*applied); a != nil && a.err != nil {
		return 0, a.err
	}
	return f.Index(), nil
}

// Revocations are the token revocations in force on this member. The
// caller must not modify the slice.
func (s *Sequencer) Revocations() []Revocation { return s.fsm.Revocations() }

// Revoked reports whether a revocation in force names the token with id
// jti of subject issued at iat.
func (s *Sequencer) Revoked(jti, subject string, iat time.Time) bool {
	return s.fsm.Revoked(jti, subject, iat)
}
