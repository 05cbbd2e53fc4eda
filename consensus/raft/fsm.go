package raft

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"
	"time"

	hraft "github.com/hashicorp/raft"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/store"
)

// entry is the data of one Raft log command: transactions the leader
// batched, with the block time it fixed for all of them. Followers never
// read their own clocks: every member applies the same entry the same way.
type entry struct {
	Time time.Time   `json:"time"`
	Txs  []engine.Tx `json:"txs"`
	// Gateway, when set, is a change of the cluster's stateless gateways;
	// Revoke, a token revocation (an entry carries transactions, one
	// gateway change or one revocation).
	Gateway *gatewayChange `json:"gateway,omitempty"`
	Revoke  *Revocation    `json:"revoke,omitempty"`
}

// Revocation revokes bearer tokens: the token whose jti is ID, or, when
// Subject is set, every token of Subject issued at or before
// IssuedBefore. It is kept until Until (after which the tokens it names
// have expired), judged against the time of later revocation entries.
type Revocation struct {
	ID           string    `json:"jti,omitempty"`
	Subject      string    `json:"subject,omitempty"`
	IssuedBefore time.Time `json:"issued_before,omitzero"`
	Until        time.Time `json:"until"`
}

// Revokes reports whether r names the token with id jti of subject
// issued at iat (a token without an issue time is taken as issued
// before any revocation of its subject).
func (r *Revocation) Revokes(jti, subject string, iat time.Time) bool {
	if r.ID != "" && r.ID == jti {
		return true
	}
	return r.Subject != "" && r.Subject == subject && !iat.After(r.IssuedBefore)
}

// revokedKey is the engine meta record of the revocations in force (a
// JSON array), committed with the entry that changed them.
const revokedKey = "raft/revoked"

// gatewayChange admits (Op "add") or removes (Op "remove") the stateless
// gateway with peer id Peer.
type gatewayChange struct {
	Op   string `json:"op"`
	Peer string `json:"peer"`
}

// gatewaysKey is the engine meta record holding the admitted stateless
// gateways (a sorted JSON array of peer ids), committed in the same
// batch as the entry that changed them: it is in every snapshot and the
// same on every member.
const gatewaysKey = "raft/gateways"

// appliedKey is the engine meta record holding the last Raft index
// applied, committed atomically with the state it produced.
const appliedKey = "raft/applied"

// applied is the response of one log entry to its Apply future.
type applied struct {
	rcs []*engine.Receipt
	err error
}

// fsm is the engine as Raft's state machine. Raft calls ApplyBatch,
// Snapshot and Restore from one goroutine; the snapshot's Persist runs
// concurrently with later ApplyBatch calls.
type fsm struct {
	e        *engine.Engine
	st       store.Snapshotter
	chainID  string
	onCommit func([]*engine.Receipt)
	// onGateways, if set, is called with the admitted gateways after a
	// commit that changed them and after a restore.
	onGateways func([]string)

	mu       sync.Mutex
	index    uint64          // last applied index, as the store holds it
	changed  chan struct{}   // closed and replaced when index moves
	gateways []string        // admitted stateless gateways, sorted; never modified in place
	revoked  []Revocation    // revocations in force; never modified in place
	revIndex revocationIndex // of revoked, rebuilt with it
}

// revocationIndex answers Revoked in constant time: the revoked token
// ids, and per subject the latest IssuedBefore.
type revocationIndex struct {
	ids      map[string]bool
	subjects map[string]time.Time
}

func indexRevocations(rs []Revocation) revocationIndex {
	x := revocationIndex{ids: map[string]bool{}, subjects: map[string]time.Time{}}
	for _, r := range rs {
		if r.ID != "" {
			x.ids[r.ID] = true
		}
		if r.Subject != "" && r.IssuedBefore.After(x.subjects[r.Subject]) {
			x.subjects[r.Subject] = r.IssuedBefore
		}
	}
	return x
}

// Revoked reports whether a revocation in force names the token with id
// jti of subject issued at iat (Revocation.Revokes of any of them).
func (f *fsm) Revoked(jti, subject string, iat time.Time) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if jti != "" && f.revIndex.ids[jti] {
		return true
	}
	before, ok := f.revIndex.subjects[subject]
	return ok && subject != "" && !iat.After(before)
}

var _ hraft.BatchingFSM = (*fsm)(nil)

func newFSM(e *engine.Engine, st store.Snapshotter, chainID string, onCommit func([]*engine.Receipt)) (*fsm, error) {
	f := &fsm{e: e, st: st, chainID: chainID, onCommit: onCommit, changed: make(chan struct{})}
	if err := f.loadIndex(); err != nil {
		return nil, err
	}
	if err := f.loadGateways(); err != nil {
		return nil, err
	}
	if err := f.loadRevoked(); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *fsm) loadRevoked() error {
	var rs []Revocation
	if err := loadMeta(f.e, revokedKey, "revocations", &rs); err != nil {
		return err
	}
	f.mu.Lock()
	f.revoked, f.revIndex = rs, indexRevocations(rs)
	f.mu.Unlock()
	return nil
}

// loadMeta decodes the JSON engine meta record key (what it holds: what)
// into v; a missing record leaves v alone.
func loadMeta(e *engine.Engine, key, what string, v any) error {
	b, err := e.Meta(key)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil
	case err != nil:
		return fmt.Errorf("raft: read the %s: %w", what, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("raft: the %s record: %w", what, err)
	}
	return nil
}

// Revocations are the revocations in force. The caller must not modify
// the slice.
func (f *fsm) Revocations() []Revocation {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.revoked
}

// addRevocation returns rs (not modified) with r, without the
// revocations whose Until passed at now (the entry's time).
func addRevocation(rs []Revocation, r *Revocation, now time.Time) ([]Revocation, error) {
	if r.ID == "" && r.Subject == "" {
		return nil, errors.New("revocation: no token id (jti) and no subject")
	}
	out := make([]Revocation, 0, len(rs)+1)
	for _, x := range rs {
		if !x.Until.Before(now) {
			out = append(out, x)
		}
	}
	return append(out, *r), nil
}

func (f *fsm) loadGateways() error {
	var gws []string
	if err := loadMeta(f.e, gatewaysKey, "admitted gateways", &gws); err != nil {
		return err
	}
	f.mu.Lock()
	f.gateways = gws
	f.mu.Unlock()
	return nil
}

// Gateways are the admitted stateless gateways' peer ids, sorted. The
// caller must not modify the slice.
func (f *fsm) Gateways() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.gateways
}

// changeGateways applies c to gws (not modified) and returns the new
// set; every member gives the same answer on the same entry.
func changeGateways(gws []string, c *gatewayChange) ([]string, error) {
	i, found := slices.BinarySearch(gws, c.Peer)
	switch {
	case c.Peer == "":
		return nil, errors.New("gateway change: no peer id")
	case c.Op == "add" && found:
		return gws, nil // admitted already
	case c.Op == "add":
		return slices.Insert(slices.Clone(gws), i, c.Peer), nil
	case c.Op == "remove" && !found:
		return nil, fmt.Errorf("%w: %s", ErrNotGateway, c.Peer)
	case c.Op == "remove":
		return slices.Delete(slices.Clone(gws), i, i+1), nil
	}
	return nil, fmt.Errorf("gateway change: unknown operation %q", c.Op)
}

func (f *fsm) loadIndex() error {
	b, err := f.e.Meta(appliedKey)
	var idx uint64
	switch {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return fmt.Errorf("raft: read the last applied index: %w", err)
	case len(b) != 8:
		return fmt.Errorf("raft: the last applied index record holds %d bytes, want 8", len(b))
	default:
		idx = binary.BigEndian.Uint64(b)
	}
	f.setIndex(idx)
	return nil
}

func (f *fsm) setIndex(i uint64) {
	f.mu.Lock()
	f.index = i
	close(f.changed)
	f.changed = make(chan struct{})
	f.mu.Unlock()
}

// Index is the last log index applied to the store, and a channel closed
// when it moves.
func (f *fsm) Index() (uint64, <-chan struct{}) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.index, f.changed
}

// Apply implements raft.FSM.
func (f *fsm) Apply(l *hraft.Log) any { return f.ApplyBatch([]*hraft.Log{l})[0] }

// ApplyBatch applies the command entries of logs into one engine batch
// (one store commit, one fsync when the store syncs) however many
// entries Raft delivers together, or into several when their source and
// arguments pass maxEntryBytes, so one store transaction stays well
// inside the store's limits. Entries at or below the index the store
// already holds (a replay after a restart, or after a snapshot taken
// while entries were still being applied) are skipped.
func (f *fsm) ApplyBatch(logs []*hraft.Log) []any {
	out := make([]any, len(logs))
	cur, _ := f.Index()
	b := f.e.Begin()
	defer func() { b.Discard() }()
	var all []*engine.Receipt
	last, size := cur, 0
	gws, gwsChanged := f.Gateways(), false
	revs, revsChanged := f.Revocations(), false
	commit := func() {
		if last == cur && len(all) == 0 {
			return
		}
		if gwsChanged {
			data, _ := json.Marshal(gws)
			if err := b.SetMeta(gatewaysKey, data); err != nil {
				panic(fmt.Sprintf("raft: record the gateways at %d: %v", last, err))
			}
		}
		if revsChanged {
			data, _ := json.Marshal(revs)
			if err := b.SetMeta(revokedKey, data); err != nil {
				panic(fmt.Sprintf("raft: record the revocations at %d: %v", last, err))
			}
		}
		if err := b.SetMeta(appliedKey, binary.BigEndian.AppendUint64(nil, last)); err != nil {
			panic(fmt.Sprintf("raft: record applied index %d: %v", last, err))
		}
		if err := b.Commit(); err != nil {
			panic(fmt.Sprintf("raft: commit log entries up to %d: %v", last, err))
		}
		cur = last
		// the cluster state first: whoever waits for the index reads it
		f.mu.Lock()
		f.gateways = gws
		if revsChanged {
			f.revoked, f.revIndex = revs, indexRevocations(revs)
		}
		f.mu.Unlock()
		f.setIndex(last)
		if gwsChanged && f.onGateways != nil {
			f.onGateways(gws)
		}
		gwsChanged, revsChanged = false, false
		if f.onCommit != nil && len(all) > 0 {
			f.onCommit(all)
		}
		all, size = nil, 0
	}
	for i, l := range logs {
		if l.Index <= cur {
			out[i] = &applied{err: errors.New("raft: entry already applied before a restart; look its transactions up by hash")}
			continue
		}
		if l.Type != hraft.LogCommand {
			last = l.Index
			continue
		}
		var ent entry
		if err := json.Unmarshal(l.Data, &ent); err != nil {
			// Every member fails the same way on the same bytes.
			last = l.Index
			out[i] = &applied{err: fmt.Errorf("raft: log entry %d is not a transaction batch: %v", l.Index, err)}
			continue
		}
		if ent.Gateway != nil {
			last = l.Index
			next, err := changeGateways(gws, ent.Gateway)
			if err != nil {
				out[i] = &applied{err: err}
				continue
			}
			if !slices.Equal(next, gws) {
				gws, gwsChanged = next, true
			}
			out[i] = &applied{}
			continue
		}
		if ent.Revoke != nil {
			last = l.Index
			next, err := addRevocation(revs, ent.Revoke, ent.Time)
			if err != nil {
				out[i] = &applied{err: err}
				continue
			}
			revs, revsChanged = next, true
			out[i] = &applied{}
			continue
		}
		n := 0
		for _, tx := range ent.Txs {
			n += txSize(tx)
		}
		if size > 0 && size+n > maxEntryBytes {
			commit()
			b = f.e.Begin()
		}
		size += n
		rcs := make([]*engine.Receipt, len(ent.Txs))
		for j, tx := range ent.Txs {
			if b.Full() {
				// What the entry's transactions wrote passes one store
				// transaction: commit what is applied, recording the
				// entry before this one. After a crash the entry is
				// applied again, and the transactions already in the
				// store are replays the engine refuses without a change.
				commit()
				b = f.e.Begin()
			}
			rc, err := b.Apply(tx, engine.Block{Time: ent.Time, ChainID: f.chainID})
			if err != nil {
				// The store failed: the state cannot follow the log any
				// more. Crash-only: on restart the entries after the
				// recorded index are applied again.
				panic(fmt.Sprintf("raft: apply log entry %d: store failure: %v", l.Index, err))
			}
			rcs[j] = rc
			all = append(all, rc)
		}
		last = l.Index
		out[i] = &applied{rcs: rcs}
	}
	commit()
	return out
}

// maxEntryBytes bounds the source and arguments of the transactions of
// one log entry (the leader's batches) and of one store commit (the
// FSM's): a single larger transaction is still applied alone.
const maxEntryBytes = 4 << 20

// txSize estimates the bytes a transaction carries.
func txSize(tx engine.Tx) int {
	n := len(tx.Package) + len(tx.Func) + len(tx.Caller) + 64
	for _, a := range tx.Args {
		n += len(a)
	}
	for _, f := range tx.Files {
		n += len(f.Name) + len(f.Src)
	}
	return n
}

// Snapshot implements raft.FSM: the store's backup stream, taken in
// Persist. It may include entries applied after the snapshot's index;
// their applied index is in the same stream, so a member restoring it
// skips them when Raft replays them.
func (f *fsm) Snapshot() (hraft.FSMSnapshot, error) { return &snapshot{st: f.st}, nil }

// Restore implements raft.FSM: the store's content is replaced by the
// snapshot and the engine reloads its head.
func (f *fsm) Restore(rc io.ReadCloser) error {
	defer rc.Close()
	if err := f.st.Restore(rc); err != nil {
		return fmt.Errorf("raft: restore snapshot: %w", err)
	}
	if err := f.e.Reload(); err != nil {
		return fmt.Errorf("raft: restore snapshot: %w", err)
	}
	if err := f.loadIndex(); err != nil {
		return err
	}
	if err := f.loadGateways(); err != nil {
		return err
	}
	if err := f.loadRevoked(); err != nil {
		return err
	}
	if f.onGateways != nil {
		f.onGateways(f.Gateways())
	}
	return nil
}

type snapshot struct{ st store.Snapshotter }

func (s *snapshot) Persist(sink hraft.SnapshotSink) error {
	// The state store may run without fsync (the Raft log is the durable
	// record); the log before this snapshot is truncated once it is
	// persisted, so the state it covers must be on disk first.
	if err := s.st.Sync(); err != nil {
		sink.Cancel()
		return fmt.Errorf("raft: snapshot: %w", err)
	}
	if err := s.st.Backup(sink); err != nil {
		sink.Cancel()
		return fmt.Errorf("raft: snapshot: %w", err)
	}
	return sink.Close()
}

func (s *snapshot) Release() {}

// ResetForNewCluster prepares state restored from another cluster's
// backup to start a new Raft log: nothing of it is applied from the new
// log yet (the applied index is 0), and the old cluster's stateless
// gateways are not this cluster's. Revocations stay in force.
func ResetForNewCluster(e *engine.Engine) error {
	b := e.Begin()
	defer b.Discard()
	if err := b.SetMeta(appliedKey, make([]byte, 8)); err != nil {
		return fmt.Errorf("raft: reset the applied index: %w", err)
	}
	if err := b.SetMeta(gatewaysKey, []byte("[]")); err != nil {
		return fmt.Errorf("raft: reset the gateways: %w", err)
	}
	return b.Commit()
}
