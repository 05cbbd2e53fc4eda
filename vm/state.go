package vm

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"unsafe"

	"github.com/amigo-platform/amigo/address"
)

// Persistent state.
//
// The package-level variables of deployed packages, and every object
// reachable from them, live in a key/value store (KV), one record per
// variable, per object and per map entry:
//
//	"g" path 0x00 name   a package-level variable
//	"o" id               an object: struct, array, slice backing array,
//	                     variable cell, closure, map header
//	"o" id "e" key       one entry of map id; key is an order-preserving
//	                     encoding of the map key, so iterating the prefix
//	                     reads the entries in the VM's iteration order
//	"c" id               reference count of object id
//	"n"                  the next object id
//
// A record is: version byte, the object ids it references (uvarint count,
// uvarint ids), then the value encoded by its static type. Object ids are
// handed out in the order a commit discovers new objects, which depends
// only on the program, so every node gives the same ids.
//
// A Session binds a compiled Program to the store for one transaction:
// variables are loaded when the session opens, objects when a variable or
// object referencing them is loaded, map entries one by one when the code
// reads them. Commit re-encodes what was loaded, writes the records that
// changed, gives ids to new objects, and deletes objects whose reference
// count drops to zero.

// KV is the VM's view of one store transaction. Reads see the
// transaction's own writes.
type KV interface {
	Get(key []byte) (value []byte, ok bool, err error)
	// Iterate visits the keys with prefix in ascending order; key and
	// value are valid only during fn.
	Iterate(prefix []byte, fn func(key, value []byte) bool) error
	Set(key, value []byte) error
	Delete(key []byte) error
}

// ErrState is the kind of a RunError caused by unreadable or unwritable
// state (a corrupt record, a value that cannot be persisted).
var ErrState = errors.New("state error")

const recordVersion = 1

// Object kinds, the first byte of an object's body.
const (
	objStruct  = 's'
	objArray   = 'a'
	objSlice   = 'l'
	objCell    = 'c'
	objMap     = 'm'
	objClosure = 'f'
)

type objRec struct {
	id   uint64
	kind byte
	rt   *rtype // struct, array, slice, map or func type; the element type of a cell
	host any
	own  *realm
	orig []byte // the stored record; nil for an object new in this transaction
	// queued: the body is scheduled for (re-)encoding in this commit;
	// done: it was encoded
	queued, done bool
}

type globalRec struct {
	key  []byte
	name string
	cell *any
	rt   *rtype
	own  *realm
	orig []byte
	// fresh: the package is being deployed; its initialisers set it
	fresh bool
}

// sliceID identifies a slice's backing array by its first element.
type sliceID struct{ p unsafe.Pointer }

// Session is one transaction's view of the persistent state of a
// program's deployed packages. It is not safe for concurrent use.
type Session struct {
	prog    *Program
	th      *Thread
	kv      KV
	objs    map[uint64]*objRec
	byHost  map[any]*objRec
	globals []*globalRec
	cells   map[*any]*globalRec
	// guardSeqs: the program has more than one deployed package, so writes
	// to slices and arrays are checked against their owner (ranges).
	guardSeqs bool
	// arrays are the slice objects known, by address, so a slice at an
	// offset into one is stored as that offset
	arrays       []*objRec
	arraysSorted bool
	ranges       []memRange
	rangesSorted bool
	byKey        map[string]*globalRec
	maps         []*Map
	nextID       uint64

	// commit state
	queue  []*objRec
	deltas map[uint64]int
	refs   []uint64 // refs of the record being encoded
	owner  *realm   // realm of the record being encoded

	// Stats counts store traffic, for receipts and benchmarks.
	Stats StateStats
}

// StateStats counts a session's store traffic.
type StateStats struct {
	Reads, ReadBytes   int64
	Writes, WriteBytes int64
	Deletes            int64
}

// stateErrf makes the abort the codec raises (as a host panic) for
// unreadable or unpersistable state: not recoverable by the program, a
// RunError of kind ErrState.
func stateErrf(format string, a ...any) abort {
	return abort{kind: ErrState, msg: fmt.Sprintf(format, a...)}
}

// persisted reports whether a package's variables live in the store:
// every package that is not a standard one.
func (pi *pkgInfo) persisted() bool { return pi.realm != nil }

func globalKey(path, name string) []byte {
	return append(append(append([]byte{'g'}, path...), 0), name...)
}

func objKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{'o'}, id)
}

func entryPrefix(id uint64) []byte { return append(objKey(id), 'e') }

func rcKey(id uint64) []byte { return binary.BigEndian.AppendUint64([]byte{'c'}, id) }

// litKey names a function literal by its package, file and position:
// stable because deployed source never changes.
func (p *Program) litKey(path string, pos token.Pos) string {
	ps := p.fset.Position(pos)
	return fmt.Sprintf("%s:%s:%d:%d", path, filepath.Base(ps.Filename), ps.Line, ps.Column)
}

// OpenSession binds the program to kv for one transaction on th. The
// variables of every deployed package the program contains are loaded,
// except those of fresh, the package being deployed (its initialisers
// run instead).
func (p *Program) OpenSession(th *Thread, kv KV, fresh string) (s *Session, err error) {
	s = &Session{prog: p, th: th, kv: kv, objs: map[uint64]*objRec{}, byHost: map[any]*objRec{}, cells: map[*any]*globalRec{}, byKey: map[string]*globalRec{}}
	th.sess = s
	n := 0
	for _, pi := range p.order {
		if pi.persisted() {
			n++
		}
	}
	s.guardSeqs = n > 1
	err = s.guard(func() {
		for _, pi := range p.order {
			if !pi.persisted() {
				continue
			}
			for _, v := range p.pkgVars(pi) {
				cell := p.globals[v]
				g := &globalRec{key: globalKey(pi.path, v.Name()), name: pi.path + "." + v.Name(), cell: cell, rt: p.rtypeOf(v.Type()), own: pi.realm}
				s.globals = append(s.globals, g)
				s.cells[cell] = g
				s.byKey[string(g.key)] = g
				g.fresh = pi.path == fresh
			}
		}
		// Variables load when the code first reads one (a pointer to a
		// variable is stored as the variable's key, so none needs another
		// loaded first).
		for _, g := range s.globals {
			if !g.fresh {
				*g.cell = &lazyVar{s, g}
			}
		}
	})
	return s, err
}

// lazyVar stands in a persisted variable's cell until the variable is
// first read: then its record is read and decoded.
type lazyVar struct {
	s *Session
	g *globalRec
}

// load reads the variable, puts its value in the cell and returns it.
func (l *lazyVar) load() any {
	g := l.g
	rec, ok := l.s.get(g.key)
	if !ok {
		panic(stateErrf("no stored state for variable %s", g.name))
	}
	g.orig = rec
	v := l.s.decodeRecord(rec, g.rt, g.own)
	*g.cell = v
	return v
}

// loadGlobal loads a variable's cell if it still holds its stand-in.
func loadGlobal(cell *any) {
	if lv, ok := (*cell).(*lazyVar); ok {
		lv.load()
	}
}

// realmFor is the realm of a package path: the package's own when the
// program contains it, else one made for the path (an object a package
// outside the program owns).
func (p *Program) realmFor(path string) *realm {
	if path == "" {
		return nil
	}
	if pi := p.pkgs[path]; pi != nil && pi.realm != nil {
		return pi.realm
	}
	if p.realms == nil {
		p.realms = map[string]*realm{}
	}
	r := p.realms[path]
	if r == nil {
		r = &realm{path: path, addr: address.ForPackage(path)}
		p.realms[path] = r
	}
	return r
}

// pkgVars lists a package's named package-level variables in a stable
// order (by name).
// The list is made once per program (every call's session asks for it).
func (p *Program) pkgVars(pi *pkgInfo) []*types.Var {
	if pi.vars != nil {
		return pi.vars
	}
	vs := []*types.Var{}
	for v := range p.globals {
		if v.Pkg() == pi.types && v.Name() != "_" && v.Parent() == pi.types.Scope() {
			vs = append(vs, v)
		}
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].Name() < vs[j].Name() })
	pi.vars = vs
	return vs
}

// guard runs f, turning a stateError into an error; VM aborts (gas) pass
// through as RunErrors.
func (s *Session) guard(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if ab, ok := r.(abort); ok {
				err = &RunError{Kind: ab.kind, Msg: ab.msg, GasUsed: s.th.GasUsed()}
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

func (s *Session) get(key []byte) ([]byte, bool) {
	v, ok, err := s.kv.Get(key)
	if err != nil {
		panic(stateErrf("store read: %v", err))
	}
	s.Stats.Reads++
	s.Stats.ReadBytes += int64(len(v))
	cfg := &s.th.cfg
	s.th.useGas(cfg.StoreReadGas + cfg.StoreReadByteGas*int64(len(key)+len(v)))
	return v, ok
}

func (s *Session) set(key, val []byte) {
	s.Stats.Writes++
	s.Stats.WriteBytes += int64(len(key) + len(val))
	cfg := &s.th.cfg
	s.th.useGas(cfg.StoreWriteGas + cfg.StoreWriteByteGas*int64(len(key)+len(val)))
	if err := s.kv.Set(key, val); err != nil {
		panic(stateErrf("store write: %v", err))
	}
}

func (s *Session) del(key []byte) {
	s.Stats.Deletes++
	s.th.useGas(s.th.cfg.StoreWriteGas)
	if err := s.kv.Delete(key); err != nil {
		panic(stateErrf("store delete: %v", err))
	}
}

// loadObject returns the host value of object id, loading it on first use.
// t is the static type the reference gives it (the pointer's element type
// for pointers, the slice, map or func type otherwise).
func (s *Session) loadObject(id uint64, kind byte, t *rtype, own *realm) *objRec {
	if r, ok := s.objs[id]; ok {
		if r.kind != kind || r.rt != t {
			panic(stateErrf("object %d is a %c of %s, referenced as a %c of %s", id, r.kind, r.rt, kind, t))
		}
		return r
	}
	rec, ok := s.get(objKey(id))
	if !ok {
		panic(stateErrf("object %d is missing", id))
	}
	d := s.newDecoder(rec, own)
	if k := d.byte(); k != kind {
		panic(stateErrf("object %d is a %c, referenced as a %c", id, k, kind))
	}
	own = s.prog.realmFor(d.str())
	d.own = own
	if d.need(1); d.buf[d.off] == '?' {
		d.off++
	} else if rt := d.typeDesc(); rt != t {
		panic(stateErrf("object %d holds a %s, referenced as a %s", id, rt.name, t.name))
	}
	r := &objRec{id: id, kind: kind, rt: t, own: own, orig: rec}
	s.objs[id] = r
	switch kind {
	case objStruct:
		st := t.zero().(*Struct)
		r.host = st
		s.byHost[st] = r
		d.into(t, st)
	case objArray:
		a := &arrayRef{t, t.zero()}
		r.host = a
		s.byHost[sliceKey(a.v)] = r
		d.into(t, a.v)
	case objCell:
		c := new(any)
		r.host = c
		s.byHost[c] = r
		*c = d.value(t)
	case objSlice:
		n, c := d.size(), d.size()
		if n > c || n > len(d.buf)-d.off {
			panic(stateErrf("object %d: slice of %d elements with capacity %d", id, n, c))
		}
		s.th.allocBytes(int64(c) * t.seq().elemSize())
		sl := t.makeSeq(c, c)
		r.host = sl
		if c > 0 {
			s.byHost[sliceKey(sl)] = r
			s.addRange(sl, own)
			s.arrays, s.arraysSorted = append(s.arrays, r), false
		}
		sq := t.seq()
		for i := range n {
			if t.elem.needsClone() {
				d.into(t.elem, sq.get(sl, i))
			} else {
				sq.set(sl, i, d.value(t.elem))
			}
		}
	case objMap:
		n := d.size()
		m := newMap(t.key, 0)
		m.ps = &mapStore{sess: s, id: id, rt: t, count: n, origCount: n, own: own}
		r.host = m
		s.byHost[m] = r
		s.maps = append(s.maps, m)
	case objClosure:
		cl := d.closure(t)
		r.host = cl
		s.byHost[cl] = r
	default:
		panic(stateErrf("object %d: unknown kind %q", id, kind))
	}
	d.end()
	return r
}

// sliceKey is the identity of a non-empty slice's backing array.
func sliceKey(s any) sliceID {
	return sliceID{reflect.ValueOf(s).UnsafePointer()}
}

// Commit writes what the transaction changed: the variables and objects
// whose encoding differs from what was loaded, new objects reachable from
// them, and changed map entries; it then deletes objects no longer
// referenced. Gas is charged for every byte written.
func (s *Session) Commit() error {
	return s.guard(s.commit)
}

func (s *Session) commit() {
	s.deltas = map[uint64]int{}
	startID := uint64(1)
	if v, ok := s.get([]byte{'n'}); ok {
		id, n := binary.Uvarint(v)
		if n <= 0 {
			panic(stateErrf("corrupt object counter"))
		}
		s.nextID = id
	} else {
		// first commit: the counter is written now, so it is part of the
		// baseline key count
		s.nextID = 1
		startID = 0
	}
	if startID != 0 {
		startID = s.nextID
	}
	// Loaded objects, in id order.
	loaded := make([]*objRec, 0, len(s.objs))
	for _, r := range s.objs {
		loaded = append(loaded, r)
	}
	slices.SortFunc(loaded, func(a, b *objRec) int { return cmpU64(a.id, b.id) })
	flushed := make([]bool, len(s.maps))
	// Package by package, dependencies first: its variables, the objects
	// it owns, its maps' entries, and whatever new they reach, which the
	// package then owns.
	phase := func(own *realm, all bool) {
		for _, g := range s.globals {
			if g.own != own {
				continue
			}
			if _, unread := (*g.cell).(*lazyVar); unread {
				continue // neither read nor written: unchanged
			}
			if g.orig == nil && !g.fresh {
				// written without being read: the old record's references
				// are released
				rec, ok := s.get(g.key)
				if !ok {
					panic(stateErrf("no stored state for variable %s", g.name))
				}
				g.orig = rec
			}
			s.owner = own
			rec := s.record(func(e *encoder) { e.value(g.rt, *g.cell) })
			s.update(g.key, g.orig, rec)
		}
		for _, r := range loaded {
			if (all || r.own == own) && !r.queued && !r.done {
				r.queued = true
				s.queue = append(s.queue, r)
			}
		}
		s.drain()
		for more := true; more; {
			more = false
			for i, m := range s.maps {
				if !flushed[i] && (all || m.ps.own == own) {
					flushed[i], more = true, true
					s.flushMap(m)
					s.drain()
				}
			}
		}
	}
	for _, pi := range s.prog.order {
		if pi.persisted() {
			phase(pi.realm, false)
		}
	}
	phase(nil, true)
	if s.nextID != startID {
		s.set([]byte{'n'}, binary.AppendUvarint(nil, s.nextID))
	}
	s.collect()
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// drain encodes queued objects until none is left.
func (s *Session) drain() {
	for len(s.queue) > 0 {
		r := s.queue[0]
		s.queue = s.queue[1:]
		r.queued, r.done = false, true
		s.owner = r.own
		rec := s.record(func(e *encoder) { e.object(r) })
		s.update(objKey(r.id), r.orig, rec)
		if r.kind == objMap && r.orig == nil {
			// a new map: all its entries are new
			m := r.host.(*Map)
			for _, k := range m.sortedKeys() {
				v, _ := m.get(k)
				s.writeEntry(r, k, v, nil)
			}
		}
		r.orig = rec
	}
}

// update writes rec under key if it differs from orig, and records the
// change of references.
func (s *Session) update(key, orig, rec []byte) {
	if bytes.Equal(orig, rec) {
		return
	}
	if orig != nil {
		for _, id := range recordRefs(orig) {
			s.deltas[id]--
		}
	}
	for _, id := range recordRefs(rec) {
		s.deltas[id]++
	}
	s.set(key, rec)
}

// record encodes one record: header with the references the body makes.
func (s *Session) record(body func(e *encoder)) []byte {
	e := &encoder{s: s}
	body(e)
	out := make([]byte, 0, len(e.buf)+2+len(e.refs)*3)
	out = append(out, recordVersion)
	out = binary.AppendUvarint(out, uint64(len(e.refs)))
	for _, id := range e.refs {
		out = binary.AppendUvarint(out, id)
	}
	return append(out, e.buf...)
}

// recordRefs lists the references in a record's header; a corrupt header
// is a stateError.
func recordRefs(rec []byte) []uint64 {
	d := &decoder{buf: rec}
	d.header()
	return d.refs
}

// ref returns the object record for a host object, giving a new object an
// id and scheduling its encoding.
func (s *Session) ref(key any, kind byte, t *rtype, host any) uint64 {
	if r, ok := s.byHost[key]; ok {
		if r.kind == objSlice {
			// a longer view of the same backing array
			if sq := t.seq(); sq.capacity(host) > sq.capacity(r.host) {
				r.host = host
				if !r.queued {
					r.queued = true
					s.queue = append(s.queue, r)
				}
			}
		}
		return r.id
	}
	r := &objRec{id: s.nextID, kind: kind, rt: t, host: host, own: s.owner, queued: true}
	s.nextID++
	s.objs[r.id] = r
	s.byHost[key] = r
	if kind == objSlice {
		s.arrays, s.arraysSorted = append(s.arrays, r), false
	}
	s.queue = append(s.queue, r)
	return r.id
}

// sliceRef is the object and offset of a slice's backing array: an
// object already known whose memory contains the slice's first element
// (a slice of it at an offset shares it), else a new object.
func (s *Session) sliceRef(t *rtype, full any) (id uint64, off int) {
	if _, ok := s.byHost[sliceKey(full)]; ok {
		return s.ref(sliceKey(full), objSlice, t, full), 0
	}
	rv := reflect.ValueOf(full)
	p, size := rv.Pointer(), rv.Type().Elem().Size()
	if !s.arraysSorted {
		slices.SortFunc(s.arrays, func(a, b *objRec) int { return cmp.Compare(dataPtr(a.host), dataPtr(b.host)) })
		s.arraysSorted = true
	}
	i, found := slices.BinarySearchFunc(s.arrays, p, func(r *objRec, p uintptr) int { return cmp.Compare(dataPtr(r.host), p) })
	if !found && i > 0 {
		i--
	}
	if i < len(s.arrays) {
		r := s.arrays[i]
		start := dataPtr(r.host)
		hv := reflect.ValueOf(r.host)
		if r.rt.elem == t.elem && start <= p && p < start+uintptr(hv.Cap())*size {
			off := int((p - start) / size)
			if off+rv.Cap() <= hv.Cap() {
				return r.id, off
			}
		}
	}
	return s.ref(sliceKey(full), objSlice, t, full), 0
}

func dataPtr(sl any) uintptr { return reflect.ValueOf(sl).Pointer() }

// collect applies the reference count changes and deletes the objects no
// longer referenced, with whatever they alone referenced.
func (s *Session) collect() {
	ids := make([]uint64, 0, len(s.deltas))
	for id, d := range s.deltas {
		if d != 0 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var dead, cands []uint64
	for _, id := range ids {
		if s.addRC(id, s.deltas[id]) == 0 {
			dead = append(dead, id)
		} else if s.deltas[id] < 0 {
			cands = append(cands, id)
		}
	}
	s.sweep(dead)
	s.collectCycles(cands)
}

// sweep deletes dead objects and, transitively, what only they referenced.
func (s *Session) sweep(dead []uint64) {
	for len(dead) > 0 {
		id := dead[0]
		dead = dead[1:]
		rec, ok := s.get(objKey(id))
		if !ok {
			continue
		}
		refs := append(recordRefs(rec), s.deleteObject(id)...)
		for _, r := range refs {
			if s.addRC(r, -1) == 0 {
				dead = append(dead, r)
			}
		}
	}
}

// cycleBudget bounds the objects and map entries one commit examines
// looking for unreachable cycles.
const cycleBudget = 10_000

// collectCycles finds garbage cycles through the objects that lost a
// reference but not their last one (trial deletion, as in Bacon and
// Rajan's synchronous cycle collector): subtract the references made
// inside the subgraph reachable from them; what is left with no count is
// referenced only from within, so unreachable. A subgraph larger than
// cycleBudget is left alone (it is most likely live).
func (s *Session) collectCycles(cands []uint64) {
	if len(cands) == 0 {
		return
	}
	budget := cycleBudget
	trial := map[uint64]int{}
	kids := map[uint64][]uint64{}
	rc := func(id uint64) int {
		v, ok := s.get(rcKey(id))
		if !ok {
			return 0
		}
		n, k := binary.Uvarint(v)
		if k <= 0 {
			panic(stateErrf("corrupt reference count of object %d", id))
		}
		return int(n)
	}
	var order []uint64
	stack := slices.Clone(cands)
	for _, c := range cands {
		if _, ok := trial[c]; !ok {
			trial[c] = rc(c)
			order = append(order, c)
		}
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, done := kids[n]; done {
			continue
		}
		ch, ok := s.children(n, &budget)
		if !ok {
			return // too large to examine in this commit
		}
		kids[n] = ch
		for _, c := range ch {
			if _, seen := trial[c]; !seen {
				trial[c] = rc(c)
				order = append(order, c)
				stack = append(stack, c)
			}
			trial[c]--
		}
	}
	// Whatever keeps a count is referenced from outside: it and all it
	// reaches are live.
	live := map[uint64]bool{}
	var mark func(uint64)
	mark = func(n uint64) {
		if live[n] {
			return
		}
		live[n] = true
		for _, c := range kids[n] {
			mark(c)
		}
	}
	for _, n := range order {
		if trial[n] > 0 {
			mark(n)
		}
	}
	var garbage []uint64
	for _, n := range order {
		if !live[n] {
			garbage = append(garbage, n)
		}
	}
	if len(garbage) == 0 {
		return
	}
	slices.Sort(garbage)
	for _, n := range garbage {
		for _, c := range kids[n] {
			if live[c] {
				s.addRC(c, -1)
			}
		}
		s.deleteObject(n)
	}
}

// children lists the references of object id, its map entries' included,
// spending budget; ok is false when the budget ran out.
func (s *Session) children(id uint64, budget *int) (refs []uint64, ok bool) {
	*budget--
	rec, found := s.get(objKey(id))
	if !found {
		return nil, *budget >= 0
	}
	refs = append(refs, recordRefs(rec)...)
	d := &decoder{buf: rec}
	d.header()
	if d.byte() == objMap {
		err := s.kv.Iterate(entryPrefix(id), func(k, v []byte) bool {
			*budget--
			refs = append(refs, recordRefs(v)...)
			return *budget >= 0
		})
		if err != nil {
			panic(stateErrf("store iterate: %v", err))
		}
	}
	return refs, *budget >= 0
}

// deleteObject removes an object's records (and a map's entries),
// returning the references its map entries made.
func (s *Session) deleteObject(id uint64) (entryRefs []uint64) {
	var keys [][]byte
	err := s.kv.Iterate(entryPrefix(id), func(k, v []byte) bool {
		keys = append(keys, bytes.Clone(k))
		entryRefs = append(entryRefs, recordRefs(v)...)
		return true
	})
	if err != nil {
		panic(stateErrf("store iterate: %v", err))
	}
	for _, k := range keys {
		s.del(k)
	}
	s.del(objKey(id))
	s.del(rcKey(id))
	return entryRefs
}

func (s *Session) addRC(id uint64, d int) int {
	var rc int
	if v, ok := s.get(rcKey(id)); ok {
		n, k := binary.Uvarint(v)
		if k <= 0 {
			panic(stateErrf("corrupt reference count of object %d", id))
		}
		rc = int(n)
	}
	rc += d
	if rc < 0 {
		panic(stateErrf("reference count of object %d below zero", id))
	}
	if rc > 0 {
		s.set(rcKey(id), binary.AppendUvarint(nil, uint64(rc)))
	}
	return rc
}
