package store

import (
	"bytes"
	"sync"
	"sync/atomic"
)

// memStore keeps its state in an immutable treap: a write copies the path to
// the changed node and shares the rest. A snapshot is the root current when a
// transaction starts; a write transaction applies its writes to a private
// copy of that root, so its reads see them with no overlay to merge, and
// Commit replays them onto the latest root.
type memStore struct {
	mu     sync.Mutex // serializes commits
	root   atomic.Pointer[treap]
	closed atomic.Bool
}

var _ Store = (*memStore)(nil)

// NewMemory returns an empty store that lives in process memory. It has the
// same semantics and limits as a Badger store; a write costs O(log n)
// allocations.
func NewMemory() Store { return &memStore{} }

func (s *memStore) NewTxn(write bool) Txn {
	t := &memTxn{s: s, write: write, view: s.root.Load()}
	if write {
		t.pending = make(map[string]memWrite)
	}
	return t
}

func (s *memStore) Count(prefix []byte) (int, error) {
	if s.closed.Load() {
		return 0, ErrClosed
	}
	n := 0
	s.root.Load().ascend(prefix, func(e *treap) bool {
		if !bytes.HasPrefix(e.key, prefix) {
			return false
		}
		n++
		return true
	})
	return n, nil
}

func (s *memStore) Close() error {
	if s.closed.Swap(true) {
		return ErrClosed
	}
	s.root.Store(nil)
	return nil
}

// commit applies writes to the latest state.
func (s *memStore) commit(writes map[string]memWrite) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return ErrClosed
	}
	root := s.root.Load()
	for _, w := range writes {
		root = root.apply(w)
	}
	s.root.Store(root)
	return nil
}

// memWrite is a pending Set or Delete.
type memWrite struct {
	key, value []byte
	del        bool
}

type memTxn struct {
	s         *memStore
	write     bool
	view      *treap              // the snapshot plus this transaction's writes
	pending   map[string]memWrite // the writes, for Commit; latest per key
	budget    txnBudget
	tooBig    error // set once a write failed with ErrTxnTooBig
	done      bool
	iterating int
}

var _ Txn = (*memTxn)(nil)

// check returns the error any call on t fails with, or nil.
func (t *memTxn) check() error {
	if t.s.closed.Load() {
		return ErrClosed
	}
	if t.done {
		return ErrTxnDone
	}
	return nil
}

func (t *memTxn) Get(key []byte) ([]byte, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	if err := checkKey(key); err != nil {
		return nil, err
	}
	e := t.view.get(key)
	if e == nil {
		return nil, ErrNotFound
	}
	return bytes.Clone(e.value), nil
}

func (t *memTxn) Set(key, value []byte) error {
	return t.put(key, value, false)
}

func (t *memTxn) Delete(key []byte) error {
	return t.put(key, nil, true)
}

func (t *memTxn) put(key, value []byte, del bool) error {
	if err := t.check(); err != nil {
		return err
	}
	if !t.write {
		return ErrReadOnly
	}
	if err := checkKey(key); err != nil {
		return err
	}
	if err := checkValue(value, MaxValueSize); err != nil {
		return err
	}
	if err := t.budget.add(key, value, del); err != nil {
		t.tooBig = err
		return err
	}
	w := memWrite{key: bytes.Clone(key), del: del}
	if !del {
		w.value = bytes.Clone(value)
	}
	t.pending[string(key)] = w
	t.view = t.view.apply(w)
	return nil
}

func (t *memTxn) Commit() error {
	if err := t.check(); err != nil {
		return err
	}
	if t.iterating > 0 {
		return errCommitInIterate
	}
	t.done = true
	if t.tooBig != nil {
		return t.tooBig
	}
	if len(t.pending) == 0 {
		return nil
	}
	return t.s.commit(t.pending)
}

func (t *memTxn) Discard() {
	t.done = true
	t.view, t.pending = nil, nil
}

func (t *memTxn) Iterate(prefix, start []byte, reverse bool, fn func(key, value []byte) bool) error {
	if err := t.check(); err != nil {
		return err
	}
	t.iterating++
	defer func() { t.iterating-- }()

	// fn gets copies, so that a careless fn cannot corrupt the store.
	var kbuf, vbuf []byte
	var err error
	visit := func(e *treap) bool {
		if !bytes.HasPrefix(e.key, prefix) {
			return false
		}
		kbuf, vbuf = append(kbuf[:0], e.key...), append(vbuf[:0], e.value...)
		more := fn(kbuf, vbuf)
		if t.done {
			if more {
				err = ErrTxnDone
			}
			return false
		}
		return more
	}
	// The walk keeps the root it starts from: like Badger, the iteration
	// does not see writes made during it.
	if !reverse {
		t.view.ascend(lowerBound(prefix, start), visit)
	} else {
		hi, inclusive := upperBound(prefix, start)
		t.view.descend(hi, inclusive, visit)
	}
	return err
}

// treap is a node of an immutable treap ordered by key, a max-heap on prio.
// A nil *treap is the empty tree. Nodes are never modified once reachable
// from a published root.
type treap struct {
	key, value  []byte
	prio        uint64
	left, right *treap
}

// apply returns the tree with w applied; n is unchanged.
func (n *treap) apply(w memWrite) *treap {
	if w.del {
		root, _ := n.remove(w.key)
		return root
	}
	value := w.value
	if value == nil {
		value = []byte{} // an empty value is still a value
	}
	return n.insert(w.key, value, priority(w.key))
}

// insert returns a tree with key set to value. It always returns a new node,
// which the caller may still modify.
func (n *treap) insert(key, value []byte, prio uint64) *treap {
	if n == nil {
		return &treap{key: key, value: value, prio: prio}
	}
	c := *n
	switch cmp := bytes.Compare(key, n.key); {
	case cmp == 0:
		c.value = value
	case cmp < 0:
		c.left = n.left.insert(key, value, prio)
		if l := c.left; l.prio > c.prio { // rotate right
			c.left, l.right = l.right, &c
			return l
		}
	default:
		c.right = n.right.insert(key, value, prio)
		if r := c.right; r.prio > c.prio { // rotate left
			c.right, r.left = r.left, &c
			return r
		}
	}
	return &c
}

// remove returns a tree without key, and whether key was there.
func (n *treap) remove(key []byte) (*treap, bool) {
	if n == nil {
		return nil, false
	}
	switch cmp := bytes.Compare(key, n.key); {
	case cmp == 0:
		return join(n.left, n.right), true
	case cmp < 0:
		l, ok := n.left.remove(key)
		if !ok {
			return n, false
		}
		c := *n
		c.left = l
		return &c, true
	default:
		r, ok := n.right.remove(key)
		if !ok {
			return n, false
		}
		c := *n
		c.right = r
		return &c, true
	}
}

// join returns the union of a and b, where every key of a is less than every
// key of b.
func join(a, b *treap) *treap {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case a.prio > b.prio:
		c := *a
		c.right = join(a.right, b)
		return &c
	default:
		c := *b
		c.left = join(a, b.left)
		return &c
	}
}

func (n *treap) get(key []byte) *treap {
	for n != nil {
		switch cmp := bytes.Compare(key, n.key); {
		case cmp == 0:
			return n
		case cmp < 0:
			n = n.left
		default:
			n = n.right
		}
	}
	return nil
}

// ascend calls fn on the nodes with keys >= lo in ascending order until fn
// returns false, and reports whether it did not.
func (n *treap) ascend(lo []byte, fn func(*treap) bool) bool {
	if n == nil {
		return true
	}
	if bytes.Compare(n.key, lo) >= 0 {
		if !n.left.ascend(lo, fn) || !fn(n) {
			return false
		}
	}
	return n.right.ascend(lo, fn)
}

// descend calls fn on the nodes with keys below hi (or equal to hi if
// inclusive; all keys if hi is nil) in descending order until fn returns
// false, and reports whether it did not.
func (n *treap) descend(hi []byte, inclusive bool, fn func(*treap) bool) bool {
	if n == nil {
		return true
	}
	cmp := -1
	if hi != nil {
		cmp = bytes.Compare(n.key, hi)
	}
	if cmp < 0 || cmp == 0 && inclusive {
		if !n.right.descend(hi, inclusive, fn) || !fn(n) {
			return false
		}
	}
	return n.left.descend(hi, inclusive, fn)
}

// priority derives a node's heap priority from its key (FNV-1a, then the
// splitmix64 finalizer), so a set of keys always makes the same tree.
func priority(key []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, b := range key {
		h = (h ^ uint64(b)) * 1099511628211
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}
