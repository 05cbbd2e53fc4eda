package vm

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
)

// mapStore backs a persisted map: its entries stay in the store, under
// order-preserving keys, and are read one at a time as the code touches
// them. The Map's in-memory index holds the entries read or written so far.
type mapStore struct {
	sess      *Session
	id        uint64
	rt        *rtype
	own       *realm
	count     int // entries, stored and in memory
	origCount int
	full      bool           // every stored entry is in memory
	dirty     map[any]bool   // canonical keys set in this transaction
	orig      map[any][]byte // stored record of every key looked up (nil: absent)
	deleted   map[any][]byte // canonical key -> store key of deleted stored entries
}

func (ps *mapStore) check() {
	if ps.own != nil {
		ps.sess.th.checkWrite(ps.own, "a map")
	}
}

// fetch reads the entry for k from the store into m's memory.
func (ps *mapStore) fetch(m *Map, k, ck any) (any, bool) {
	if ps.full {
		return nil, false
	}
	if _, ok := ps.deleted[ck]; ok {
		return nil, false
	}
	if _, ok := ps.orig[ck]; ok {
		return nil, false // looked up before: absent
	}
	e := &encoder{s: ps.sess}
	ek, ok := e.orderedKey(ps.rt.key, k, false)
	if !ok {
		return nil, false
	}
	rec, found := ps.sess.get(append(entryPrefix(ps.id), ek...))
	if ps.orig == nil {
		ps.orig = map[any][]byte{}
	}
	if !found {
		ps.orig[ck] = nil
		return nil, false
	}
	ps.orig[ck] = rec
	v := ps.sess.decodeRecord(rec, ps.rt.elem, ps.own)
	m.insert(ck, k, v)
	return v, true
}

// materialize reads every stored entry into memory, for iteration.
func (ps *mapStore) materialize(m *Map) {
	if ps.full {
		return
	}
	s := ps.sess
	type kv struct{ k, v []byte }
	var entries []kv
	prefix := entryPrefix(ps.id)
	err := s.kv.Iterate(prefix, func(k, v []byte) bool {
		entries = append(entries, kv{bytes.Clone(k[len(prefix):]), bytes.Clone(v)})
		return true
	})
	if err != nil {
		panic(stateErrf("store iterate: %v", err))
	}
	if ps.orig == nil {
		ps.orig = map[any][]byte{}
	}
	for _, e := range entries {
		s.Stats.Reads++
		s.Stats.ReadBytes += int64(len(e.v))
		s.th.useGas(s.th.cfg.StoreReadGas + s.th.cfg.StoreReadByteGas*int64(len(e.k)+len(e.v)+len(prefix)))
		d := &decoder{s: s, buf: e.k, own: ps.own}
		k := d.orderedKey(ps.rt.key)
		d.end()
		ck := canonKey(ps.rt.key, k)
		if _, ok := m.index[ck]; ok {
			continue
		}
		if _, ok := ps.deleted[ck]; ok {
			continue
		}
		ps.orig[ck] = e.v
		m.insert(ck, k, s.decodeRecord(e.v, ps.rt.elem, ps.own))
	}
	ps.full = true
}

// insert adds an entry known to be absent from memory.
func (m *Map) insert(ck, k, v any) {
	m.index[ck] = len(m.keys)
	if m.sorted && len(m.keys) > 0 && compareKeys(m.keyT, m.keys[len(m.keys)-1], k) > 0 {
		m.sorted = false
	}
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
}

// flushMap writes the changed entries of a persisted map.
func (s *Session) flushMap(m *Map) {
	ps := m.ps
	r := s.byHost[m]
	s.owner = ps.own
	type change struct {
		key []byte
		ck  any
	}
	var dels []change
	for ck, key := range ps.deleted {
		dels = append(dels, change{key, ck})
	}
	slices.SortFunc(dels, func(a, b change) int { return bytes.Compare(a.key, b.key) })
	for _, c := range dels {
		for _, id := range recordRefs(ps.orig[c.ck]) {
			s.deltas[id]--
		}
		s.del(c.key)
	}
	var sets []any
	for ck := range ps.dirty {
		sets = append(sets, ck)
	}
	// order by the map's own key order
	slices.SortFunc(sets, func(a, b any) int {
		return compareKeys(m.keyT, m.keys[m.index[a]], m.keys[m.index[b]])
	})
	for _, ck := range sets {
		i := m.index[ck]
		s.writeEntry(r, m.keys[i], m.vals[i], ps.orig[ck])
	}
}

// writeEntry writes one map entry record if it changed.
func (s *Session) writeEntry(r *objRec, k, v any, orig []byte) {
	e := &encoder{s: s}
	ek, _ := e.orderedKey(r.rt.key, k, true)
	e.value(r.rt.elem, v)
	rec := s.record(func(x *encoder) { *x = *e })
	s.update(append(entryPrefix(r.id), ek...), orig, rec)
}

// orderedKey encodes a map key so that byte order is the VM's iteration
// order. Pointer keys are encoded by object id; when assign is false and
// the object has none yet, ok is false (no stored entry can have it).
func (e *encoder) orderedKey(t *rtype, k any, assign bool) (out []byte, ok bool) {
	var b []byte
	ok = e.keyInto(&b, t, k, assign)
	return b, ok
}

func escapeInto(b *[]byte, s string) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			*b = append(*b, 0, 0xFF)
		} else {
			*b = append(*b, s[i])
		}
	}
	*b = append(*b, 0, 1)
}

func (e *encoder) keyInto(b *[]byte, t *rtype, k any, assign bool) bool {
	switch kd := t.kind; {
	case kd == kBool:
		if k.(bool) {
			*b = append(*b, 1)
		} else {
			*b = append(*b, 0)
		}
	case kd.isInt() && !kd.isUnsigned():
		*b = binary.BigEndian.AppendUint64(*b, uint64(toInt(k))^(1<<63))
	case kd.isUnsigned():
		*b = binary.BigEndian.AppendUint64(*b, uint64(toInt(k)))
	case kd.isFloat():
		f := toFloat(k)
		if f != f {
			panic(stateErrf("a NaN map key cannot be persisted"))
		}
		if f == 0 {
			f = 0
		}
		bits := math.Float64bits(f)
		if bits>>63 == 1 {
			bits = ^bits
		} else {
			bits |= 1 << 63
		}
		*b = binary.BigEndian.AppendUint64(*b, bits)
	case kd == kComplex64 || kd == kComplex128:
		var c complex128
		if x, ok := k.(complex64); ok {
			c = complex128(x)
		} else {
			c = k.(complex128)
		}
		ft := e.s.prog.basic[kFloat64]
		return e.keyInto(b, ft, real(c), assign) && e.keyInto(b, ft, imag(c), assign)
	case kd == kString:
		escapeInto(b, k.(string))
	case kd == kStruct:
		st := k.(*Struct)
		for i, f := range t.fields {
			if !e.keyInto(b, f.typ, st.F[i], assign) {
				return false
			}
		}
	case kd == kArray:
		sq := t.seq()
		for i := range t.len {
			if !e.keyInto(b, t.elem, sq.get(k, i), assign) {
				return false
			}
		}
	case kd == kInterface:
		dt := e.s.prog.typeOfIface(k)
		if dt == nil {
			*b = append(*b, 0)
			return true
		}
		*b = append(*b, 1)
		escapeInto(b, dt.name)
		td := &encoder{s: e.s}
		td.typeDesc(dt.T)
		escapeInto(b, string(td.buf))
		return e.keyInto(b, dt, ifaceValue(k), assign)
	case kd == kPointer:
		if isNilValue(k) {
			*b = binary.BigEndian.AppendUint64(*b, 0)
			return true
		}
		var id uint64
		if assign {
			sub := &encoder{s: e.s}
			sub.pointer(t, k)
			if len(sub.refs) != 1 {
				panic(stateErrf("a pointer to a variable cannot be a persisted map key"))
			}
			id = sub.refs[0]
			e.refs = append(e.refs, id)
		} else {
			var key any
			switch p := k.(type) {
			case *Struct:
				key = p
			case *arrayRef:
				key = sliceKey(p.v)
			case ptr[any]:
				key = p.p
			case ownedPtr:
				if c, ok := p.p.(ptr[any]); ok {
					key = c.p
				}
			}
			r, ok := e.s.byHost[key]
			if !ok {
				return false
			}
			id = r.id
		}
		*b = binary.BigEndian.AppendUint64(*b, id)
	default:
		panic(stateErrf("a map key of type %s cannot be persisted", t.name))
	}
	return true
}

// orderedKey decodes a key written by encoder.orderedKey.
func (d *decoder) orderedKey(t *rtype) any {
	switch kd := t.kind; {
	case kd == kBool:
		return d.value(t)
	case kd.isInt() && !kd.isUnsigned():
		v := int64(d.u64() ^ (1 << 63))
		if wrapInt(kd, v) != v || (kd == kInt32 && int64(int32(v)) != v) {
			panic(stateErrf("key %d out of range for %s", v, t.name))
		}
		return fromInt(kd, v)
	case kd.isUnsigned():
		v := d.u64()
		if uint64(wrapInt(kd, int64(v))) != v {
			panic(stateErrf("key %d out of range for %s", v, t.name))
		}
		return fromInt(kd, int64(v))
	case kd.isFloat():
		bits := d.u64()
		if bits>>63 == 1 {
			bits &^= 1 << 63
		} else {
			bits = ^bits
		}
		return fromFloat(kd, math.Float64frombits(bits))
	case kd == kComplex64 || kd == kComplex128:
		ft := d.s.prog.basic[kFloat64]
		re, im := d.orderedKey(ft).(float64), d.orderedKey(ft).(float64)
		if kd == kComplex64 {
			return complex64(complex(re, im))
		}
		return complex(re, im)
	case kd == kString:
		return d.unescape()
	case kd == kStruct:
		st := t.zero().(*Struct)
		st.own = d.own
		for i, f := range t.fields {
			st.F[i] = d.orderedKey(f.typ)
		}
		return st
	case kd == kArray:
		a := t.zero()
		sq := t.seq()
		for i := range t.len {
			sq.set(a, i, d.orderedKey(t.elem))
		}
		return a
	case kd == kInterface:
		if d.byte() == 0 {
			return nil
		}
		d.unescape() // the type's name, for ordering only
		td := &decoder{s: d.s, buf: []byte(d.unescape()), own: d.own}
		dt := td.typeDesc()
		td.end()
		return box(dt, d.orderedKey(dt))
	case kd == kPointer:
		id := d.u64()
		if id == 0 {
			return t.zero()
		}
		sub := &decoder{s: d.s, buf: append([]byte{1}, binary.AppendUvarint(nil, id)...), own: d.own}
		return sub.pointer(t)
	}
	panic(stateErrf("cannot decode a map key of type %s", t.name))
}

func (d *decoder) unescape() string {
	var out []byte
	for {
		c := d.byte()
		if c != 0 {
			out = append(out, c)
			continue
		}
		switch d.byte() {
		case 0xFF:
			out = append(out, 0)
		case 1:
			return string(out)
		default:
			panic(stateErrf("bad escape in key at byte %d", d.off-1))
		}
	}
}
