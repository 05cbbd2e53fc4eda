package vm

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Host representation of VM values (what a value is when held as `any`):
//
//	bool, numeric and string types: the Go value of the underlying basic
//	  type (type Celsius float64 is a float64).
//	struct: *Struct; a struct-typed location always holds its own *Struct
//	  and assignment copies into it, so &location is that *Struct.
//	array, slice: a Go slice ([]T for basic element types, else []any);
//	  arrays have len == cap == N and are copied on assignment.
//	map: *Map. pointer: Pointer. func: *Closure.
//	interface: nil, a predeclared basic value, or *Iface.

// Struct is a struct value.
type Struct struct {
	T *rtype
	F []any
	// own is the package whose persisted state holds the struct; nil for
	// values made during the transaction.
	own *realm
}

// Load implements Pointer: a *Struct is also the pointer to itself.
func (s *Struct) Load() any { return s }

// Store implements Pointer by copying v into s.
func (s *Struct) Store(v any) { s.copyFrom(v.(*Struct)) }

func (s *Struct) copyFrom(src *Struct) {
	if s == src {
		return
	}
	for i, f := range s.T.fields {
		if f.typ.needsClone() {
			assignInto(f.typ, s.F[i], src.F[i])
		} else {
			s.F[i] = src.F[i]
		}
	}
}

// Pointer is a pointer value: *Struct for pointers to structs, ptr[T] for
// variables, fields and elements.
type Pointer interface {
	Load() any
	Store(any)
}

// ptr points at a Go location holding a host value of type T.
type ptr[T any] struct{ p *T }

func (p ptr[T]) Load() any   { return *p.p }
func (p ptr[T]) Store(v any) { *p.p = as[T](v) }

type cellPtr = ptr[any]

func newCell(v any) *any { c := new(any); *c = v; return c }

// Iface is an interface value whose dynamic type is not a predeclared type.
type Iface struct {
	T *rtype
	V any
}

// Closure is a function value.
type Closure struct {
	fn    *Func
	env   []any
	recv  any // bound receiver of a method value
	bound bool
	// mrecv and mname name a method value's method (receiver type and
	// method name), so a persisted method value can be rebuilt.
	mrecv *rtype
	mname string
}

// typeOfIface returns the dynamic type of an interface value (nil for nil).
func (p *Program) typeOfIface(v any) *rtype {
	switch v := v.(type) {
	case nil:
		return nil
	case *Iface:
		return v.T
	case *RuntimeErr:
		return p.rtErr
	case *PanicNilErr:
		return p.rtNilErr
	case bool:
		return p.basic[kBool]
	case int:
		return p.basic[kInt]
	case int8:
		return p.basic[kInt8]
	case int16:
		return p.basic[kInt16]
	case int32:
		return p.basic[kInt32]
	case int64:
		return p.basic[kInt64]
	case uint:
		return p.basic[kUint]
	case uint8:
		return p.basic[kUint8]
	case uint16:
		return p.basic[kUint16]
	case uint32:
		return p.basic[kUint32]
	case uint64:
		return p.basic[kUint64]
	case uintptr:
		return p.basic[kUintptr]
	case float32:
		return p.basic[kFloat32]
	case float64:
		return p.basic[kFloat64]
	case complex64:
		return p.basic[kComplex64]
	case complex128:
		return p.basic[kComplex128]
	case string:
		return p.basic[kString]
	}
	panic(fmt.Sprintf("vm: host value %T in interface", v))
}

// ifaceValue unwraps an interface value to its dynamic host value.
func ifaceValue(v any) any {
	if i, ok := v.(*Iface); ok {
		return i.V
	}
	return v
}

// box converts a host value of static type t to an interface value.
func box(t *rtype, v any) any {
	if t.kind == kInterface {
		return v
	}
	if t.isPredeclared() {
		return v
	}
	if t.needsClone() {
		v = cloneValue(t, v)
	}
	return &Iface{T: t, V: v}
}

// cloneValue copies a struct or array value.
func cloneValue(t *rtype, v any) any {
	switch t.kind {
	case kStruct:
		src := v.(*Struct)
		s := &Struct{T: src.T, F: make([]any, len(src.F))}
		for i, f := range t.fields {
			if f.typ.needsClone() {
				s.F[i] = cloneValue(f.typ, src.F[i])
			} else {
				s.F[i] = src.F[i]
			}
		}
		return s
	case kArray:
		c := t.seq().clone(v)
		if t.elem.needsClone() {
			a := c.([]any)
			for i := range a {
				a[i] = cloneValue(t.elem, a[i])
			}
		}
		return c
	}
	return v
}

// assignInto copies struct or array value src into the existing dst.
func assignInto(t *rtype, dst, src any) {
	switch t.kind {
	case kStruct:
		dst.(*Struct).copyFrom(src.(*Struct))
	case kArray:
		if t.elem.needsClone() {
			d, s := dst.([]any), src.([]any)
			if &d[0] == &s[0] {
				return
			}
			for i := range d {
				assignInto(t.elem, d[i], s[i])
			}
			return
		}
		t.seq().copy(dst, src)
	}
}

// Map is a map value. Iteration is in ascending key order.
type Map struct {
	keyT   *rtype
	index  map[any]int // canonical key -> position in keys/vals
	keys   []any
	vals   []any
	sorted bool
	// ps backs a persisted map with its entries in the store; nil for maps
	// made during the transaction.
	ps *mapStore
}

func newMap(kt *rtype, n int) *Map {
	return &Map{keyT: kt, index: make(map[any]int, n), sorted: true}
}

// canonKey turns a key into a value usable as a Go map key.
func canonKey(kt *rtype, k any) any {
	switch kt.kind {
	case kStruct, kArray, kInterface:
		return encodeKey(kt, k)
	case kFloat32, kFloat64:
		// +0 and -0 are the same key; NaN never matches (Go's own rule).
		if f, ok := k.(float64); ok && f == 0 {
			return float64(0)
		}
		if f, ok := k.(float32); ok && f == 0 {
			return float32(0)
		}
	}
	return k
}

type nanKey struct{ n *int }

// encodeKey is a canonical, injective string for composite keys.
func encodeKey(t *rtype, v any) any {
	var b strings.Builder
	if !writeKey(&b, t, v) {
		return nanKey{new(int)}
	}
	return b.String()
}

func writeKey(b *strings.Builder, t *rtype, v any) bool {
	switch t.kind {
	case kStruct:
		s := v.(*Struct)
		b.WriteByte('{')
		for i, f := range t.fields {
			if !writeKey(b, f.typ, s.F[i]) {
				return false
			}
			b.WriteByte(',')
		}
		b.WriteByte('}')
	case kArray:
		sq := t.seq()
		b.WriteByte('[')
		for i := range t.len {
			if !writeKey(b, t.elem, sq.get(v, i)) {
				return false
			}
			b.WriteByte(',')
		}
		b.WriteByte(']')
	case kInterface:
		dt := t.prog.typeOfIface(v)
		if dt == nil {
			b.WriteString("nil")
			return true
		}
		if !dt.comparable() {
			panic(runtimeError("hash of unhashable type " + dt.name))
		}
		fmt.Fprintf(b, "%p:", dt)
		return writeKey(b, dt, ifaceValue(v))
	case kString:
		s := v.(string)
		b.WriteString(strconv.Itoa(len(s)))
		b.WriteByte(':')
		b.WriteString(s)
	case kFloat32, kFloat64:
		f := toFloat(v)
		if f != f {
			return false
		}
		if f == 0 {
			f = 0
		}
		b.WriteString(strconv.FormatUint(math.Float64bits(f), 16))
	case kPointer, kMap, kFunc, kSlice:
		fmt.Fprintf(b, "%p/%v", v, v)
	default:
		fmt.Fprintf(b, "%v", v)
	}
	return true
}

func (m *Map) Len() int {
	if m == nil {
		return 0
	}
	if m.ps != nil {
		return m.ps.count
	}
	return len(m.keys)
}

func (m *Map) get(k any) (any, bool) {
	if m == nil {
		return nil, false
	}
	ck := canonKey(m.keyT, k)
	i, ok := m.index[ck]
	if !ok {
		if m.ps != nil {
			return m.ps.fetch(m, k, ck)
		}
		return nil, false
	}
	return m.vals[i], true
}

// set stores v under k and reports whether k is a new key.
func (m *Map) set(k, v any) bool {
	if m == nil {
		panic(runtimeErrorPlain("assignment to entry in nil map"))
	}
	ck := canonKey(m.keyT, k)
	if ps := m.ps; ps != nil {
		ps.check()
		if ps.dirty == nil {
			ps.dirty = map[any]bool{}
		}
		ps.dirty[ck] = true
		delete(ps.deleted, ck)
		if _, ok := m.index[ck]; !ok {
			if _, ok := ps.fetch(m, k, ck); !ok {
				ps.count++
			}
		}
	}
	if i, ok := m.index[ck]; ok {
		m.vals[i] = v
		return false
	}
	m.index[ck] = len(m.keys)
	if m.sorted && len(m.keys) > 0 && compareKeys(m.keyT, m.keys[len(m.keys)-1], k) > 0 {
		m.sorted = false
	}
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
	return true
}

func (m *Map) delete(k any) {
	if m == nil {
		return
	}
	ck := canonKey(m.keyT, k)
	i, ok := m.index[ck]
	if ps := m.ps; ps != nil {
		ps.check()
		if !ok {
			if _, found := ps.fetch(m, k, ck); !found {
				return
			}
			i, ok = m.index[ck]
		}
		ps.count--
		delete(ps.dirty, ck)
		if rec := ps.orig[ck]; rec != nil {
			if ps.deleted == nil {
				ps.deleted = map[any][]byte{}
			}
			e := &encoder{s: ps.sess}
			ek, _ := e.orderedKey(m.keyT, k, false)
			ps.deleted[ck] = append(entryPrefix(ps.id), ek...)
		}
	}
	if !ok {
		return
	}
	delete(m.index, ck)
	last := len(m.keys) - 1
	if i != last {
		m.keys[i], m.vals[i] = m.keys[last], m.vals[last]
		m.index[canonKey(m.keyT, m.keys[i])] = i
		m.sorted = false
	}
	m.keys[last], m.vals[last] = nil, nil
	m.keys, m.vals = m.keys[:last], m.vals[:last]
}

func (m *Map) clear() {
	if m == nil {
		return
	}
	if m.ps != nil {
		m.ps.check()
		for _, k := range m.sortedKeys() {
			m.delete(k)
		}
		return
	}
	clear(m.index)
	m.keys, m.vals, m.sorted = m.keys[:0], m.vals[:0], true
}

// sortedKeys returns a snapshot of the keys in ascending order.
func (m *Map) sortedKeys() []any {
	if m == nil {
		return nil
	}
	if m.ps != nil {
		m.ps.materialize(m)
	}
	if !m.sorted {
		type kv struct{ k, v any }
		pairs := make([]kv, len(m.keys))
		for i := range m.keys {
			pairs[i] = kv{m.keys[i], m.vals[i]}
		}
		slices.SortStableFunc(pairs, func(a, b kv) int { return compareKeys(m.keyT, a.k, b.k) })
		for i, p := range pairs {
			m.keys[i], m.vals[i] = p.k, p.v
			m.index[canonKey(m.keyT, p.k)] = i
		}
		m.sorted = true
	}
	return slices.Clone(m.keys)
}

// compareKeys orders map keys: numbers numerically, strings bytewise,
// false before true, structs and arrays field by field, interfaces by type
// name then value; pointer keys compare equal, so they stay in insertion
// order.
func compareKeys(t *rtype, a, b any) int {
	switch t.kind {
	case kString:
		return strings.Compare(a.(string), b.(string))
	case kInt, kInt8, kInt16, kInt32, kInt64:
		return cmp.Compare(toInt(a), toInt(b))
	case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
		return cmp.Compare(uint64(toInt(a)), uint64(toInt(b)))
	case kFloat32, kFloat64:
		return cmp.Compare(toFloat(a), toFloat(b))
	case kBool:
		x, y := a.(bool), b.(bool)
		if x == y {
			return 0
		}
		if !x {
			return -1
		}
		return 1
	case kInterface:
		ta, tb := t.prog.typeOfIface(a), t.prog.typeOfIface(b)
		if ta != tb {
			if ta == nil {
				return -1
			}
			if tb == nil {
				return 1
			}
			return strings.Compare(ta.name, tb.name)
		}
		if ta == nil {
			return 0
		}
		return compareKeys(ta, ifaceValue(a), ifaceValue(b))
	case kStruct:
		x, y := a.(*Struct), b.(*Struct)
		for i, f := range t.fields {
			if c := compareKeys(f.typ, x.F[i], y.F[i]); c != 0 {
				return c
			}
		}
		return 0
	case kArray:
		sq := t.seq()
		for i := range t.len {
			if c := compareKeys(t.elem, sq.get(a, i), sq.get(b, i)); c != 0 {
				return c
			}
		}
		return 0
	}
	switch t.kind {
	case kPointer, kFunc, kMap, kSlice:
		// Addresses differ between runs: such keys keep the order the
		// program's own operations gave them (a stable sort leaves them).
		return 0
	}
	return strings.Compare(fmt.Sprint(encodeKey(t, a)), fmt.Sprint(encodeKey(t, b)))
}

// toInt converts any host integer to int64 (uints keep their bit pattern).
func toInt(v any) int64 {
	switch v := v.(type) {
	case int:
		return int64(v)
	case int8:
		return int64(v)
	case int16:
		return int64(v)
	case int32:
		return int64(v)
	case int64:
		return v
	case uint:
		return int64(v)
	case uint8:
		return int64(v)
	case uint16:
		return int64(v)
	case uint32:
		return int64(v)
	case uint64:
		return int64(v)
	case uintptr:
		return int64(v)
	case bool:
		if v {
			return 1
		}
		return 0
	}
	panic(fmt.Sprintf("vm: toInt of %T", v))
}

func toFloat(v any) float64 {
	switch v := v.(type) {
	case float64:
		return v
	case float32:
		return float64(v)
	}
	panic(fmt.Sprintf("vm: toFloat of %T", v))
}

// fromInt makes the host value of integer kind k from an int64 register.
func fromInt(k kind, v int64) any {
	switch k {
	case kInt:
		return int(v)
	case kInt8:
		return int8(v)
	case kInt16:
		return int16(v)
	case kInt32:
		return int32(v)
	case kInt64:
		return v
	case kUint:
		return uint(v)
	case kUint8:
		return uint8(v)
	case kUint16:
		return uint16(v)
	case kUint32:
		return uint32(v)
	case kUint64:
		return uint64(v)
	case kUintptr:
		return uintptr(v)
	case kBool:
		return v != 0
	}
	panic(fmt.Sprintf("vm: fromInt kind %d", k))
}

// wrapInt truncates v to the range of integer kind k, as Go's arithmetic does.
func wrapInt(k kind, v int64) int64 {
	switch k {
	case kInt8:
		return int64(int8(v))
	case kInt16:
		return int64(int16(v))
	case kInt32:
		return int64(int32(v))
	case kUint8:
		return int64(uint8(v))
	case kUint16:
		return int64(uint16(v))
	case kUint32:
		return int64(uint32(v))
	}
	return v
}

func fromFloat(k kind, f float64) any {
	if k == kFloat32 {
		return float32(f)
	}
	return f
}

// comparable reports whether values of t can be compared with ==.
func (t *rtype) comparable() bool {
	switch t.kind {
	case kSlice, kMap, kFunc:
		return false
	case kStruct:
		for _, f := range t.fields {
			if !f.typ.comparable() {
				return false
			}
		}
	case kArray:
		return t.elem.comparable()
	}
	return true
}

// valuesEqual implements == for values of type t.
func valuesEqual(t *rtype, a, b any) bool {
	switch t.kind {
	case kStruct:
		x, y := a.(*Struct), b.(*Struct)
		for i, f := range t.fields {
			if f.name == "_" {
				continue
			}
			if !valuesEqual(f.typ, x.F[i], y.F[i]) {
				return false
			}
		}
		return true
	case kArray:
		sq := t.seq()
		for i := range t.len {
			if !valuesEqual(t.elem, sq.get(a, i), sq.get(b, i)) {
				return false
			}
		}
		return true
	case kInterface:
		ta, tb := t.prog.typeOfIface(a), t.prog.typeOfIface(b)
		if ta != tb {
			return false
		}
		if ta == nil {
			return true
		}
		if !ta.comparable() {
			panic(runtimeError("comparing uncomparable type " + ta.name))
		}
		return valuesEqual(ta, ifaceValue(a), ifaceValue(b))
	case kPointer:
		return a == b
	case kSlice, kMap, kFunc:
		// only comparison with nil is allowed; handled by the compiler
		return isNilValue(a) && isNilValue(b)
	}
	return a == b
}

func isNilValue(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case *Map:
		return v == nil
	case *Closure:
		return v == nil
	case *Struct:
		return v == nil
	}
	return isNilSlice(v)
}
