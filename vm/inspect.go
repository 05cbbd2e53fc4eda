package vm

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math"
	"reflect"
	"strconv"
)

// Inspection reads persisted state for people (the explorer, `amigo
// state`): a package's variables, and any object by id, one level at a
// time. Values below the first level are summarised with the id of the
// object to open next; maps and slices are paged.

// ValueView is a value as inspection shows it.
type ValueView struct {
	Type string `json:"type"`
	Kind string `json:"kind"` // bool, int, uint, float, complex, string, struct, array, slice, map, pointer, func, interface
	// Value is a basic value: a JSON bool, number or string (integers
	// beyond 2^53 and all 64-bit integers as decimal text).
	Value any  `json:"value,omitempty"`
	Nil   bool `json:"nil,omitempty"`
	// Ref is the object to open for the rest: a pointer's target, a
	// slice's array, a map, a closure.
	Ref uint64 `json:"ref,omitempty"`
	// Var names the package variable a pointer points at (pkg.name).
	Var string `json:"var,omitempty"`
	// Len and Cap are a slice's or map's length (and a slice's capacity);
	// Offset is where a slice starts in its array.
	Len    int `json:"len,omitempty"`
	Cap    int `json:"cap,omitempty"`
	Offset int `json:"offset,omitempty"`
	// Fields and Elems are the parts of a struct or array stored inline.
	Fields []FieldView `json:"fields,omitempty"`
	Elems  []ValueView `json:"elems,omitempty"`
	// More counts inline array elements left out.
	More int `json:"more,omitempty"`
	// Dynamic is an interface's dynamic value.
	Dynamic *ValueView `json:"dynamic,omitempty"`
}

// FieldView is a struct field.
type FieldView struct {
	Name  string    `json:"name"`
	Value ValueView `json:"value"`
}

// EntryView is a map entry.
type EntryView struct {
	Key   ValueView `json:"key"`
	Value ValueView `json:"value"`
}

// VarView is a package-level variable.
type VarView struct {
	Name  string    `json:"name"`
	Type  string    `json:"type"`
	Value ValueView `json:"value"`
}

// ObjectView is a stored object, one page of it.
type ObjectView struct {
	ID    uint64 `json:"id"`
	Kind  string `json:"kind"` // struct, array, slice, map, cell, closure
	Type  string `json:"type"`
	Owner string `json:"owner"`
	Len   int    `json:"len"`
	// Value is a cell's value, a struct's or a closure's description.
	Value   *ValueView  `json:"value,omitempty"`
	Fields  []FieldView `json:"fields,omitempty"`
	Elems   []ValueView `json:"elems,omitempty"`
	Entries []EntryView `json:"entries,omitempty"`
	// Next is the cursor of the following page ("" at the end): an index
	// for slices and arrays, a key for maps.
	Next string `json:"next,omitempty"`
}

// inlineElems bounds the elements of an inline array shown in a view.
const inlineElems = 32

// InspectVars shows the main package's variables, in name order.
func (p *Program) InspectVars(kv KV, gas int64) (vars []VarView, err error) {
	th := p.NewThread(Config{MaxGas: gas})
	s, err := p.OpenSession(th, kv, "")
	if err != nil {
		return nil, err
	}
	err = s.guard(func() {
		for _, g := range s.globals {
			if g.own != p.main.realm {
				continue
			}
			name := g.name[len(p.main.path)+1:]
			loadGlobal(g.cell)
			vars = append(vars, VarView{Name: name, Type: g.rt.name, Value: s.view(g.rt, *g.cell)})
		}
	})
	return vars, err
}

// OwnerOf reads the package that owns object id, so the caller can pick a
// program whose types include the object's.
func OwnerOf(kv KV, id uint64) (string, error) {
	rec, ok, err := kv.Get(objKey(id))
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf("no object %d", id)
	}
	d := &decoder{buf: rec}
	var owner string
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("object %d: corrupt record", id)
			}
		}()
		d.header()
		d.byte()
		owner = d.str()
	}()
	return owner, err
}

// InspectObject shows one page of object id: up to limit elements or
// entries from cursor ("" for the start).
func (p *Program) InspectObject(kv KV, id uint64, cursor string, limit int) (ov *ObjectView, err error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	th := p.NewThread(Config{MaxGas: 1 << 40})
	s, err := p.OpenSession(th, kv, "")
	if err != nil {
		return nil, err
	}
	err = s.guard(func() {
		rec, ok := s.get(objKey(id))
		if !ok {
			panic(stateErrf("no object %d", id))
		}
		d := s.newDecoder(rec, nil)
		kind := d.byte()
		owner := d.str()
		d.own = p.realmFor(owner)
		if d.need(1); d.buf[d.off] == '?' {
			panic(stateErrf("object %d's type was not recorded (declared inside a function)", id))
		}
		t := d.typeDesc()
		ov = &ObjectView{ID: id, Owner: owner, Type: t.name}
		r := s.loadObject(id, kind, t, d.own)
		switch kind {
		case objStruct:
			ov.Kind = "struct"
			v := s.view(t, r.host)
			ov.Fields, ov.Len = v.Fields, len(v.Fields)
		case objCell:
			ov.Kind = "cell"
			v := s.view(t, *r.host.(*any))
			ov.Value, ov.Len = &v, 1
		case objClosure:
			ov.Kind = "closure"
			cl := r.host.(*Closure)
			ov.Value = &ValueView{Type: t.name, Kind: "func", Value: cl.fn.name}
		case objArray, objSlice:
			ov.Kind = "slice"
			st, host := t, r.host
			if kind == objArray {
				ov.Kind = "array"
				host = r.host.(*arrayRef).v
			}
			sq := st.seq()
			n := sq.length(host)
			if kind == objSlice {
				n = sq.capacity(host)
			}
			ov.Len = n
			from := 0
			if cursor != "" {
				if from, err = strconv.Atoi(cursor); err != nil || from < 0 {
					panic(stateErrf("cursor %q: want an index", cursor))
				}
			}
			for i := from; i < n && i < from+limit; i++ {
				ov.Elems = append(ov.Elems, s.view(st.elem, sq.get(host, i)))
			}
			if from+limit < n {
				ov.Next = strconv.Itoa(from + limit)
			}
		case objMap:
			ov.Kind = "map"
			m := r.host.(*Map)
			ov.Len = m.Len()
			ov.Entries, ov.Next = s.mapPage(m, cursor, limit)
		}
	})
	return ov, err
}

// mapPage reads up to limit entries of a stored map from the key cursor
// (hex of the stored key; "" for the first), in key order.
func (s *Session) mapPage(m *Map, cursor string, limit int) (entries []EntryView, next string) {
	ps := m.ps
	start, err := hex.DecodeString(cursor)
	if err != nil {
		panic(stateErrf("cursor %q: want a key from a previous page", cursor))
	}
	prefix := entryPrefix(ps.id)
	type kv struct{ k, v []byte }
	var page []kv
	err = s.kv.Iterate(prefix, func(k, v []byte) bool {
		ek := k[len(prefix):]
		if bytes.Compare(ek, start) < 0 {
			return true
		}
		if len(page) == limit {
			next = hex.EncodeToString(ek)
			return false
		}
		page = append(page, kv{bytes.Clone(ek), bytes.Clone(v)})
		return true
	})
	if err != nil {
		panic(stateErrf("store iterate: %v", err))
	}
	for _, e := range page {
		d := &decoder{s: s, buf: e.k, own: ps.own}
		k := d.orderedKey(ps.rt.key)
		d.end()
		v := s.decodeRecord(e.v, ps.rt.elem, ps.own)
		entries = append(entries, EntryView{Key: s.view(ps.rt.key, k), Value: s.view(ps.rt.elem, v)})
	}
	return entries, next
}

// view shows a host value of type t, one level deep.
func (s *Session) view(t *rtype, v any) ValueView {
	vv := ValueView{Type: t.name}
	switch k := t.kind; {
	case k == kBool:
		vv.Kind, vv.Value = "bool", v
	case k.isInt() && !k.isUnsigned():
		vv.Kind = "int"
		if n := toInt(v); k == kInt64 || k == kInt {
			vv.Value = strconv.FormatInt(n, 10)
		} else {
			vv.Value = n
		}
	case k.isUnsigned():
		vv.Kind = "uint"
		if n := uint64(toInt(v)); k == kUint64 || k == kUint || k == kUintptr {
			vv.Value = strconv.FormatUint(n, 10)
		} else {
			vv.Value = n
		}
	case k.isFloat():
		vv.Kind = "float"
		f := toFloat(v)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			vv.Value = strconv.FormatFloat(f, 'g', -1, 64)
		} else {
			vv.Value = f
		}
	case k.isComplex():
		vv.Kind, vv.Value = "complex", fmt.Sprint(v)
	case k == kString:
		vv.Kind, vv.Value = "string", v
	case k == kStruct:
		vv.Kind = "struct"
		st := v.(*Struct)
		for i, f := range t.fields {
			vv.Fields = append(vv.Fields, FieldView{Name: f.name, Value: s.view(f.typ, st.F[i])})
		}
	case k == kArray:
		vv.Kind = "array"
		sq := t.seq()
		for i := range min(t.len, inlineElems) {
			vv.Elems = append(vv.Elems, s.view(t.elem, sq.get(v, i)))
		}
		vv.More = t.len - len(vv.Elems)
		vv.Len = t.len
	case k == kSlice:
		vv.Kind = "slice"
		sq := t.seq()
		if sq.isNil(v) {
			vv.Nil = true
			break
		}
		vv.Len, vv.Cap = sq.length(v), sq.capacity(v)
		if vv.Cap > 0 {
			full := sq.slice3(v, 0, vv.Cap, vv.Cap)
			vv.Ref, vv.Offset = s.knownSlice(full)
		}
	case k == kMap:
		vv.Kind = "map"
		m, _ := v.(*Map)
		if m == nil {
			vv.Nil = true
			break
		}
		vv.Len = m.Len()
		if r := s.byHost[m]; r != nil {
			vv.Ref = r.id
		}
	case k == kPointer:
		vv.Kind = "pointer"
		if isNilValue(v) {
			vv.Nil = true
			break
		}
		switch p := v.(type) {
		case *Struct:
			vv.Ref = s.idOf(p)
		case *arrayRef:
			vv.Ref = s.idOf(sliceKey(p.v))
		case ptr[any]:
			if g := s.cells[p.p]; g != nil {
				vv.Var = g.name
			} else {
				vv.Ref = s.idOf(p.p)
			}
		case ownedPtr:
			if c, ok := p.p.(ptr[any]); ok {
				vv.Ref = s.idOf(c.p)
			}
		}
	case k == kFunc:
		vv.Kind = "func"
		cl, _ := v.(*Closure)
		if cl == nil {
			vv.Nil = true
			break
		}
		vv.Ref = s.idOf(cl)
		vv.Value = cl.fn.name
	case k == kInterface:
		vv.Kind = "interface"
		dt := s.prog.typeOfIface(v)
		if dt == nil {
			vv.Nil = true
			break
		}
		d := s.view(dt, ifaceValue(v))
		vv.Dynamic = &d
	}
	return vv
}

func (s *Session) idOf(host any) uint64 {
	if r := s.byHost[host]; r != nil {
		return r.id
	}
	return 0
}

// knownSlice finds the stored array a loaded slice lies in.
func (s *Session) knownSlice(full any) (id uint64, off int) {
	if r, ok := s.byHost[sliceKey(full)]; ok {
		return r.id, 0
	}
	p := dataPtr(full)
	for _, r := range s.arrays {
		start := dataPtr(r.host)
		es := reflect.TypeOf(r.host).Elem().Size()
		if start <= p && es > 0 && p < start+uintptr(r.rt.seq().capacity(r.host))*es {
			return r.id, int((p - start) / es)
		}
	}
	return 0, 0
}
