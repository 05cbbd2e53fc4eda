package vm

import (
	"encoding/binary"
	"go/token"
	"go/types"
	"math"
)

// encoder writes the body of one record and collects the object ids it
// references.
type encoder struct {
	s    *Session
	buf  []byte
	refs []uint64
}

func (e *encoder) uvarint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) str(s string)     { e.uvarint(uint64(len(s))); e.buf = append(e.buf, s...) }
func (e *encoder) ref(id uint64)    { e.refs = append(e.refs, id); e.uvarint(id) }

// value encodes v by its static type t.
func (e *encoder) value(t *rtype, v any) {
	s := e.s
	switch k := t.kind; {
	case k == kBool:
		if v.(bool) {
			e.buf = append(e.buf, 1)
		} else {
			e.buf = append(e.buf, 0)
		}
	case k.isInt() && !k.isUnsigned():
		e.buf = binary.AppendVarint(e.buf, toInt(v))
	case k.isUnsigned():
		e.uvarint(uint64(toInt(v)))
	case k == kFloat32:
		e.buf = binary.BigEndian.AppendUint32(e.buf, math.Float32bits(v.(float32)))
	case k == kFloat64:
		e.buf = binary.BigEndian.AppendUint64(e.buf, math.Float64bits(v.(float64)))
	case k == kComplex64:
		c := v.(complex64)
		e.buf = binary.BigEndian.AppendUint32(e.buf, math.Float32bits(real(c)))
		e.buf = binary.BigEndian.AppendUint32(e.buf, math.Float32bits(imag(c)))
	case k == kComplex128:
		c := v.(complex128)
		e.buf = binary.BigEndian.AppendUint64(e.buf, math.Float64bits(real(c)))
		e.buf = binary.BigEndian.AppendUint64(e.buf, math.Float64bits(imag(c)))
	case k == kString:
		e.str(v.(string))
	case k == kStruct:
		st := v.(*Struct)
		for i, f := range t.fields {
			e.value(f.typ, st.F[i])
		}
	case k == kArray:
		sq := t.seq()
		for i := range t.len {
			e.value(t.elem, sq.get(v, i))
		}
	case k == kSlice:
		sq := t.seq()
		switch {
		case sq.isNil(v):
			e.buf = append(e.buf, 0)
		case sq.capacity(v) == 0:
			e.buf = append(e.buf, 1)
		default:
			n, c := sq.length(v), sq.capacity(v)
			e.buf = append(e.buf, 2)
			full := sq.slice3(v, 0, c, c)
			id, off := s.sliceRef(t, full)
			e.ref(id)
			e.uvarint(uint64(off))
			e.uvarint(uint64(n))
			e.uvarint(uint64(c))
		}
	case k == kMap:
		m, _ := v.(*Map)
		if m == nil {
			e.buf = append(e.buf, 0)
			return
		}
		e.buf = append(e.buf, 1)
		e.ref(s.ref(m, objMap, t, m))
	case k == kPointer:
		e.pointer(t, v)
	case k == kFunc:
		cl, _ := v.(*Closure)
		if cl == nil {
			e.buf = append(e.buf, 0)
			return
		}
		e.buf = append(e.buf, 1)
		e.ref(s.ref(cl, objClosure, t, cl))
	case k == kInterface:
		dt := s.prog.typeOfIface(v)
		if dt == nil {
			e.buf = append(e.buf, 0)
			return
		}
		if dt == s.prog.rtErr || dt == s.prog.rtNilErr {
			panic(stateErrf("cannot persist a runtime error value (%s)", dt.name))
		}
		e.buf = append(e.buf, 1)
		e.typeDesc(dt.T)
		e.value(dt, ifaceValue(v))
	default:
		panic(stateErrf("cannot persist a value of type %s", t.name))
	}
}

func (e *encoder) pointer(t *rtype, v any) {
	s := e.s
	if isNilValue(v) {
		e.buf = append(e.buf, 0)
		return
	}
	switch p := v.(type) {
	case *Struct:
		e.buf = append(e.buf, 1)
		e.ref(s.ref(p, objStruct, t.elem, p))
	case *arrayRef:
		if t.elem.len == 0 {
			e.buf = append(e.buf, 3)
			return
		}
		e.buf = append(e.buf, 1)
		e.ref(s.ref(sliceKey(p.v), objArray, t.elem, p))
	case ptr[any]:
		e.cellPointer(t, p.p)
	case ownedPtr:
		e.pointer(t, p.p)
	case fieldPtr:
		panic(stateErrf("cannot persist a pointer to a struct field (type %s); store a pointer to the struct instead", t.name))
	case nil:
		e.buf = append(e.buf, 0)
	default:
		panic(stateErrf("cannot persist a pointer to a slice or array element (type %s); store the index instead", t.name))
	}
}

func (e *encoder) cellPointer(t *rtype, c *any) {
	if g, ok := e.s.cells[c]; ok {
		e.buf = append(e.buf, 2)
		e.str(string(g.key))
		return
	}
	e.buf = append(e.buf, 1)
	e.ref(e.s.ref(c, objCell, t.elem, c))
}

// object encodes the body of an object record.
func (e *encoder) object(r *objRec) {
	e.buf = append(e.buf, r.kind)
	if r.own != nil {
		e.str(r.own.path)
	} else {
		e.str("")
	}
	e.objectType(r.rt.T)
	switch r.kind {
	case objStruct:
		e.value(r.rt, r.host)
	case objArray:
		e.value(r.rt, r.host.(*arrayRef).v)
	case objCell:
		e.value(r.rt, *r.host.(*any))
	case objSlice:
		sq := r.rt.seq()
		c := sq.capacity(r.host)
		n := c
		if r.rt.elem.kind.isBasic() {
			z := r.rt.elem.zero()
			for n > 0 && sq.get(r.host, n-1) == z {
				n--
			}
		}
		e.uvarint(uint64(n))
		e.uvarint(uint64(c))
		for i := range n {
			e.value(r.rt.elem, sq.get(r.host, i))
		}
	case objMap:
		m := r.host.(*Map)
		e.uvarint(uint64(m.Len()))
	case objClosure:
		e.closure(r.host.(*Closure))
	}
}

func (e *encoder) closure(cl *Closure) {
	fn := cl.fn
	switch {
	case cl.bound:
		if cl.mrecv == nil {
			panic(stateErrf("cannot persist the method value %s", fn.name))
		}
		e.buf = append(e.buf, 'b')
		e.typeDesc(cl.mrecv.T)
		e.str(cl.mname)
		e.value(cl.mrecv, cl.recv)
	case fn.litKey != "":
		e.buf = append(e.buf, 'l')
		e.str(fn.litKey)
		for i, et := range fn.envTypes {
			switch {
			case fn.envCell[i]:
				c := cl.env[i].(*any)
				e.ref(e.s.ref(c, objCell, et, c))
			case et.kind == kStruct:
				st := cl.env[i].(*Struct)
				e.ref(e.s.ref(st, objStruct, et, st))
			default: // array object
				a := cl.env[i]
				e.ref(e.s.ref(sliceKey(a), objArray, et, &arrayRef{et, a}))
			}
		}
	case fn.decl != nil && fn.decl.Pkg() != nil && len(cl.env) == 0:
		e.buf = append(e.buf, 'd')
		e.str(fn.decl.Pkg().Path())
		e.str(fn.decl.Name())
	default:
		panic(stateErrf("cannot persist the function value %s", fn.name))
	}
}

// typeDesc encodes the dynamic type of an interface value.
func (e *encoder) typeDesc(t types.Type) {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		e.buf = append(e.buf, 'b', byte(t.Kind()))
	case *types.Named:
		obj := t.Obj()
		path := ""
		if obj.Pkg() != nil {
			path = obj.Pkg().Path()
			if obj.Parent() != obj.Pkg().Scope() {
				panic(stateErrf("cannot persist a value of type %s declared inside a function", obj.Name()))
			}
		}
		e.buf = append(e.buf, 'n')
		e.str(path)
		e.str(obj.Name())
		targs := t.TypeArgs()
		e.uvarint(uint64(targs.Len()))
		for i := range targs.Len() {
			e.typeDesc(targs.At(i))
		}
	case *types.Pointer:
		e.buf = append(e.buf, 'p')
		e.typeDesc(t.Elem())
	case *types.Slice:
		e.buf = append(e.buf, 's')
		e.typeDesc(t.Elem())
	case *types.Array:
		e.buf = append(e.buf, 'a')
		e.uvarint(uint64(t.Len()))
		e.typeDesc(t.Elem())
	case *types.Map:
		e.buf = append(e.buf, 'm')
		e.typeDesc(t.Key())
		e.typeDesc(t.Elem())
	case *types.Struct:
		e.buf = append(e.buf, 't')
		e.uvarint(uint64(t.NumFields()))
		for i := range t.NumFields() {
			f := t.Field(i)
			e.str(f.Name())
			pkg := ""
			if !f.Exported() && f.Pkg() != nil {
				pkg = f.Pkg().Path() // unexported names belong to their package
			}
			e.str(pkg)
			if f.Embedded() {
				e.buf = append(e.buf, 1)
			} else {
				e.buf = append(e.buf, 0)
			}
			e.str(t.Tag(i))
			e.typeDesc(f.Type())
		}
	case *types.Signature:
		if t.TypeParams().Len() > 0 {
			panic(stateErrf("cannot persist a value of generic type %s", t))
		}
		e.buf = append(e.buf, 'f')
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			e.uvarint(uint64(tup.Len()))
			for i := range tup.Len() {
				e.typeDesc(tup.At(i).Type())
			}
		}
		if t.Variadic() {
			e.buf = append(e.buf, 1)
		} else {
			e.buf = append(e.buf, 0)
		}
	case *types.Interface:
		if t.NumMethods() > 0 {
			panic(stateErrf("cannot persist a value of anonymous interface type %s", t))
		}
		e.buf = append(e.buf, 'e')
	default:
		panic(stateErrf("cannot persist a value of type %s in an interface", t))
	}
}

// objectType records an object's static type: its description, or '?'
// when the type cannot be described (declared inside a function).
func (e *encoder) objectType(t types.Type) {
	sub := &encoder{s: e.s}
	ok := func() (ok bool) {
		defer func() {
			if r := recover(); r != nil {
				if ab, isAbort := r.(abort); !isAbort || ab.kind != ErrState {
					panic(r)
				}
			}
		}()
		sub.typeDesc(t)
		return true
	}()
	if !ok {
		e.buf = append(e.buf, '?')
		return
	}
	e.buf = append(e.buf, sub.buf...)
}

// decoder reads one record. Every malformed input is a stateError.
type decoder struct {
	s    *Session
	buf  []byte
	off  int
	refs []uint64
	own  *realm
}

func (s *Session) newDecoder(rec []byte, own *realm) *decoder {
	d := &decoder{s: s, buf: rec, own: own}
	d.header()
	return d
}

func (s *Session) decodeRecord(rec []byte, t *rtype, own *realm) any {
	d := s.newDecoder(rec, own)
	v := d.value(t)
	d.end()
	return v
}

func (d *decoder) header() {
	if v := d.byte(); v != recordVersion {
		panic(stateErrf("record version %d, want %d", v, recordVersion))
	}
	n := d.count()
	for range n {
		d.refs = append(d.refs, d.uvarint())
	}
}

func (d *decoder) end() {
	if d.off != len(d.buf) {
		panic(stateErrf("%d trailing bytes in record", len(d.buf)-d.off))
	}
}

func (d *decoder) need(n int) {
	if n < 0 || len(d.buf)-d.off < n {
		panic(stateErrf("record truncated at byte %d", d.off))
	}
}

func (d *decoder) byte() byte {
	d.need(1)
	b := d.buf[d.off]
	d.off++
	return b
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.buf[d.off:])
	if n <= 0 {
		panic(stateErrf("bad number at byte %d", d.off))
	}
	d.off += n
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.buf[d.off:])
	if n <= 0 {
		panic(stateErrf("bad number at byte %d", d.off))
	}
	d.off += n
	return v
}

// count reads the number of items that follow: each takes at least one
// byte, so it cannot exceed the bytes left.
func (d *decoder) count() int {
	v := d.uvarint()
	if v > uint64(len(d.buf)-d.off) {
		panic(stateErrf("count %d exceeds the %d bytes left at byte %d", v, len(d.buf)-d.off, d.off))
	}
	return int(v)
}

// size reads a length or capacity that is not followed by its items
// (whoever allocates by it charges the allocation first).
func (d *decoder) size() int {
	v := d.uvarint()
	if v > 1<<31 {
		panic(stateErrf("size %d too large at byte %d", v, d.off))
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count()
	d.need(n)
	s := string(d.buf[d.off : d.off+n])
	d.off += n
	return s
}

func (d *decoder) u32() uint32 {
	d.need(4)
	v := binary.BigEndian.Uint32(d.buf[d.off:])
	d.off += 4
	return v
}

func (d *decoder) u64() uint64 {
	d.need(8)
	v := binary.BigEndian.Uint64(d.buf[d.off:])
	d.off += 8
	return v
}

// value decodes a value of static type t.
func (d *decoder) value(t *rtype) any {
	s := d.s
	switch k := t.kind; {
	case k == kBool:
		switch d.byte() {
		case 0:
			return false
		case 1:
			return true
		}
		panic(stateErrf("bad bool at byte %d", d.off-1))
	case k.isInt() && !k.isUnsigned():
		v := d.varint()
		if wrapInt(k, v) != v || (k == kInt32 && int64(int32(v)) != v) {
			panic(stateErrf("%d out of range for %s", v, t.name))
		}
		return fromInt(k, v)
	case k.isUnsigned():
		v := d.uvarint()
		if uint64(wrapInt(k, int64(v))) != v {
			panic(stateErrf("%d out of range for %s", v, t.name))
		}
		return fromInt(k, int64(v))
	case k == kFloat32:
		return math.Float32frombits(d.u32())
	case k == kFloat64:
		return math.Float64frombits(d.u64())
	case k == kComplex64:
		r := math.Float32frombits(d.u32())
		return complex(r, math.Float32frombits(d.u32()))
	case k == kComplex128:
		r := math.Float64frombits(d.u64())
		return complex(r, math.Float64frombits(d.u64()))
	case k == kString:
		return d.str()
	case k == kStruct:
		st := t.zero().(*Struct)
		d.into(t, st)
		return st
	case k == kArray:
		a := t.zero()
		d.into(t, a)
		return a
	case k == kSlice:
		switch d.byte() {
		case 0:
			return t.makeNilSlice()
		case 1:
			return t.makeSeq(0, 0)
		case 2:
			id := d.uvarint()
			off, n, c := d.size(), d.size(), d.size()
			r := s.loadObject(id, objSlice, t, d.own)
			sq := t.seq()
			if n > c || off+c > sq.capacity(r.host) {
				panic(stateErrf("slice [%d:%d:%d] of an array of %d", off, off+n, off+c, sq.capacity(r.host)))
			}
			return sq.slice3(r.host, off, off+n, off+c)
		}
		panic(stateErrf("bad slice tag at byte %d", d.off-1))
	case k == kMap:
		switch d.byte() {
		case 0:
			return (*Map)(nil)
		case 1:
			return s.loadObject(d.uvarint(), objMap, t, d.own).host
		}
		panic(stateErrf("bad map tag at byte %d", d.off-1))
	case k == kPointer:
		return d.pointer(t)
	case k == kFunc:
		switch d.byte() {
		case 0:
			return t.zero()
		case 1:
			return s.loadObject(d.uvarint(), objClosure, t, d.own).host
		}
		panic(stateErrf("bad func tag at byte %d", d.off-1))
	case k == kInterface:
		switch d.byte() {
		case 0:
			return nil
		case 1:
			dt := d.typeDesc()
			if !types.Implements(dt.T, t.T.Underlying().(*types.Interface)) {
				panic(stateErrf("stored type %s does not implement %s", dt.name, t.name))
			}
			return box(dt, d.value(dt))
		}
		panic(stateErrf("bad interface tag at byte %d", d.off-1))
	}
	panic(stateErrf("cannot decode a value of type %s", t.name))
}

// into decodes a struct or array value into the existing dst.
func (d *decoder) into(t *rtype, dst any) {
	switch t.kind {
	case kStruct:
		st := dst.(*Struct)
		st.own = d.own
		for i, f := range t.fields {
			if f.typ.needsClone() {
				d.into(f.typ, st.F[i])
			} else {
				st.F[i] = d.value(f.typ)
			}
		}
	case kArray:
		sq := t.seq()
		d.s.addRange(dst, d.own)
		for i := range t.len {
			if t.elem.needsClone() {
				d.into(t.elem, sq.get(dst, i))
			} else {
				sq.set(dst, i, d.value(t.elem))
			}
		}
	}
}

func (d *decoder) pointer(t *rtype) any {
	s := d.s
	switch d.byte() {
	case 0:
		return t.zero()
	case 1:
		id := d.uvarint()
		switch t.elem.kind {
		case kStruct:
			return s.loadObject(id, objStruct, t.elem, d.own).host
		case kArray:
			return s.loadObject(id, objArray, t.elem, d.own).host
		}
		r := s.loadObject(id, objCell, t.elem, d.own)
		p := ptr[any]{r.host.(*any)}
		if s.guardSeqs && r.own != nil {
			return ownedPtr{p, r.own, s.th}
		}
		return p
	case 2:
		key := d.str()
		g := s.byKey[key]
		if g == nil {
			panic(stateErrf("pointer to unknown variable %q", key))
		}
		if g.rt != t.elem {
			panic(stateErrf("pointer of type %s to variable %s of type %s", t.name, g.name, g.rt.name))
		}
		loadGlobal(g.cell) // reads through the pointer see the value
		return ptr[any]{g.cell}
	case 3:
		return &arrayRef{t.elem, t.elem.zero()}
	}
	panic(stateErrf("bad pointer tag at byte %d", d.off-1))
}

func (d *decoder) closure(t *rtype) *Closure {
	s, p := d.s, d.s.prog
	switch d.byte() {
	case 'b':
		rt := d.typeDesc()
		name := d.str()
		m := rt.method(name)
		if m == nil {
			panic(stateErrf("type %s has no method %s", rt.name, name))
		}
		recv := d.value(rt)
		return &Closure{fn: m.fn, env: m.env, recv: recv, bound: true, mrecv: rt, mname: name}
	case 'l':
		key := d.str()
		fn := p.lits[key]
		if fn == nil {
			panic(stateErrf("no function literal at %s", key))
		}
		env := make([]any, len(fn.envTypes))
		for i, et := range fn.envTypes {
			id := d.uvarint()
			switch {
			case fn.envCell[i]:
				env[i] = s.loadObject(id, objCell, et, d.own).host
			case et.kind == kStruct:
				env[i] = s.loadObject(id, objStruct, et, d.own).host
			default:
				env[i] = s.loadObject(id, objArray, et, d.own).host.(*arrayRef).v
			}
		}
		return &Closure{fn: fn, env: env}
	case 'd':
		path, name := d.str(), d.str()
		pi := p.pkgs[path]
		if pi == nil {
			panic(stateErrf("function %s.%s: package not in this program", path, name))
		}
		obj, ok := pi.types.Scope().Lookup(name).(*types.Func)
		if !ok {
			panic(stateErrf("no function %s.%s", path, name))
		}
		return &Closure{fn: p.funcByObj(obj, nil)}
	}
	panic(stateErrf("bad function tag at byte %d", d.off-1))
}

func (d *decoder) typeDesc() *rtype {
	rt := d.s.prog.rtypeOf(d.typ(0))
	if n := rt.bytes(); n < 0 || n > d.s.th.cfg.MaxAlloc {
		panic(stateErrf("stored type %s is too large", rt.name))
	}
	if rt.kind == kArray || rt.kind == kStruct {
		d.s.th.allocBytes(rt.bytes()) // the value about to be made
	}
	return rt
}

func (d *decoder) typ(depth int) types.Type {
	if depth > 100 {
		panic(stateErrf("type description nested too deeply"))
	}
	switch d.byte() {
	case 'b':
		k := types.BasicKind(d.byte())
		if _, ok := basicKinds[k]; !ok || types.Typ[k].Info()&types.IsUntyped != 0 {
			panic(stateErrf("bad basic type %d", k))
		}
		return types.Typ[k]
	case 'n':
		path, name := d.str(), d.str()
		var obj types.Object
		if path == "" {
			obj = types.Universe.Lookup(name)
		} else {
			pi := d.s.prog.pkgs[path]
			if pi == nil {
				panic(stateErrf("type %s.%s: package %s is not imported by this program", path, name, path))
			}
			obj = pi.types.Scope().Lookup(name)
		}
		tn, ok := obj.(*types.TypeName)
		if !ok {
			panic(stateErrf("no type %s.%s", path, name))
		}
		n := d.count()
		if n == 0 {
			return tn.Type()
		}
		targs := make([]types.Type, n)
		for i := range targs {
			targs[i] = d.typ(depth + 1)
		}
		if g, ok := tn.Type().(*types.Named); !ok || g.TypeParams().Len() != n {
			panic(stateErrf("type %s.%s does not take %d type arguments", path, name, n))
		}
		inst, err := types.Instantiate(nil, tn.Type(), targs, true)
		if err != nil {
			panic(stateErrf("type %s.%s: %v", path, name, err))
		}
		return inst
	case 'p':
		return types.NewPointer(d.typ(depth + 1))
	case 's':
		return types.NewSlice(d.typ(depth + 1))
	case 'a':
		n := d.size()
		return types.NewArray(d.typ(depth+1), int64(n))
	case 'm':
		k := d.typ(depth + 1)
		v := d.typ(depth + 1)
		if !types.Comparable(k) {
			panic(stateErrf("map key type %s is not comparable", k))
		}
		return types.NewMap(k, v)
	case 't':
		n := d.count()
		fields := make([]*types.Var, n)
		tags := make([]string, n)
		seen := map[string]bool{}
		for i := range n {
			name, pkgPath := d.str(), d.str()
			embedded := d.byte() == 1
			tags[i] = d.str()
			ft := d.typ(depth + 1)
			var pkg *types.Package
			if pkgPath != "" {
				pi := d.s.prog.pkgs[pkgPath]
				if pi == nil {
					panic(stateErrf("struct field %s: package %s is not imported by this program", name, pkgPath))
				}
				pkg = pi.types
			}
			if name == "" || (name != "_" && seen[name]) {
				panic(stateErrf("bad struct field name %q", name))
			}
			seen[name] = true
			fields[i] = types.NewField(token.NoPos, pkg, name, ft, embedded)
		}
		return types.NewStruct(fields, tags)
	case 'f':
		var tups [2]*types.Tuple
		for j := range tups {
			n := d.count()
			vars := make([]*types.Var, n)
			for i := range n {
				vars[i] = types.NewParam(token.NoPos, nil, "", d.typ(depth+1))
			}
			tups[j] = types.NewTuple(vars...)
		}
		variadic := d.byte() == 1
		if variadic {
			if n := tups[0].Len(); n == 0 {
				panic(stateErrf("variadic function without parameters"))
			} else if _, ok := tups[0].At(n - 1).Type().(*types.Slice); !ok {
				panic(stateErrf("variadic function whose last parameter is not a slice"))
			}
		}
		return types.NewSignatureType(nil, nil, nil, tups[0], tups[1], variadic)
	case 'e':
		return types.NewInterfaceType(nil, nil).Complete()
	}
	panic(stateErrf("bad type description at byte %d", d.off-1))
}
