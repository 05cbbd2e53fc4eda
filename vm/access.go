package vm

import (
	"go/ast"
	"go/token"
	"go/types"
)

func nilDeref() vmPanic {
	return runtimeError("invalid memory address or nil pointer dereference")
}

// derefStruct turns a pointer-to-struct host value into the struct.
func derefStruct(v any) *Struct {
	s, ok := v.(*Struct)
	if !ok || s == nil {
		panic(nilDeref())
	}
	return s
}

func loadPtr(v any) any {
	p, ok := v.(Pointer)
	if !ok || p == nil {
		panic(nilDeref())
	}
	return p.Load()
}

// arrayRef is a pointer to an array value.
type arrayRef struct {
	t *rtype
	v any
}

func (a *arrayRef) Load() any   { return a.v }
func (a *arrayRef) Store(v any) { assignInto(a.t, a.v, v) }

func (c *compiler) selector(x *ast.SelectorExpr) *expr {
	sel := c.info.Selections[x]
	if sel == nil {
		// qualified identifier
		obj := c.info.Uses[x.Sel]
		switch o := obj.(type) {
		case *types.Var:
			return c.loadVar(c.lookupVar(o))
		case *types.Func:
			return c.funcValue(x.Sel, o)
		}
		c.fail(x, "unsupported qualified identifier")
	}
	switch sel.Kind() {
	case types.FieldVal:
		base, idx := c.fieldBase(x.X, sel)
		t := c.typeOf(x)
		return c.fromAny(t, func(fr *frame) any { return base(fr).F[idx] })
	case types.MethodVal:
		return c.methodValue(x, sel)
	case types.MethodExpr:
		return c.methodExpr(x, sel)
	}
	c.fail(x, "unsupported selector")
	return nil
}

// fieldBase returns an evaluator of the struct holding the selected field
// and the field's index in it, following embedded fields and pointers.
func (c *compiler) fieldBase(x ast.Expr, sel *types.Selection) (func(*frame) *Struct, int) {
	path := sel.Index()
	xe := c.expr(x)
	cur := xe.anyFn()
	t := c.typeOf(x)
	get := func(fr *frame) *Struct { return derefStruct(cur(fr)) }
	for _, i := range path[:len(path)-1] {
		prev := get
		idx := i
		get = func(fr *frame) *Struct { return derefStruct(prev(fr).F[idx]) }
		st := structOf(t)
		t = st.Field(i).Type()
	}
	return get, path[len(path)-1]
}

func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return t.Underlying().(*types.Struct)
}

func (c *compiler) deref(x *ast.StarExpr) *expr {
	t := c.typeOf(x)
	p := c.expr(x.X).anyFn()
	rt := c.rt(t)
	if rt.kind == kStruct {
		e := c.mk(t)
		e.a = func(fr *frame) any { return derefStruct(p(fr)) }
		return e
	}
	return c.fromAny(t, func(fr *frame) any { return loadPtr(p(fr)) })
}

// addrOf compiles &x.
func (c *compiler) addrOf(x ast.Expr, pt types.Type) *expr {
	x = ast.Unparen(x)
	e := c.mk(pt)
	elemT := c.rt(pt.Underlying().(*types.Pointer).Elem())
	if cl, ok := x.(*ast.CompositeLit); ok {
		v := c.compositeLit(cl, elemT.T)
		f := v.anyFn()
		if elemT.kind == kStruct {
			e.a = f
		} else if elemT.kind == kArray {
			e.a = func(fr *frame) any { return &arrayRef{elemT, f(fr)} }
		} else {
			e.a = func(fr *frame) any { return ptr[any]{newCell(f(fr))} }
		}
		return e
	}
	if elemT.kind == kStruct {
		v := c.expr(x).anyFn()
		e.a = v
		return e
	}
	if elemT.kind == kArray {
		v := c.expr(x).anyFn()
		e.a = func(fr *frame) any { return &arrayRef{elemT, v(fr)} }
		return e
	}
	switch x := x.(type) {
	case *ast.Ident:
		loc := c.lookupVar(c.objOf(x).(*types.Var))
		idx := loc.idx
		switch loc.kind {
		case vCell:
			e.a = func(fr *frame) any { return ptr[any]{fr.A[idx].(*any)} }
		case vEnv:
			e.a = func(fr *frame) any { return ptr[any]{fr.env[idx].(*any)} }
		case vGlobal:
			cell := loc.cell
			p := ptr[any]{cell}
			e.a = func(fr *frame) any { loadGlobal(cell); return p }
		default:
			c.fail(x, "address of a variable without a cell")
		}
		return e
	case *ast.SelectorExpr:
		sel := c.info.Selections[x]
		if sel == nil {
			loc := c.lookupVar(c.info.Uses[x.Sel].(*types.Var))
			cell := loc.cell
			p := ptr[any]{cell}
			e.a = func(fr *frame) any { loadGlobal(cell); return p }
			return e
		}
		base, idx := c.fieldBase(x.X, sel)
		e.a = func(fr *frame) any {
			s := base(fr)
			return fieldPtr{&s.F[idx], s.own, fr.th}
		}
		return e
	case *ast.IndexExpr:
		st := c.typeOf(x.X)
		if p, ok := st.Underlying().(*types.Pointer); ok {
			st = p.Elem()
		}
		sq := seqFor(c.rt(st).elem)
		s := c.seqValue(x.X)
		i := c.expr(x.Index).intFn()
		e.a = func(fr *frame) any {
			sl := s(fr)
			p := sq.ptr(sl, int(i(fr)))
			if own := fr.th.seqOwner(sl); own != nil {
				return ownedPtr{p, own, fr.th}
			}
			return p
		}
		return e
	case *ast.StarExpr:
		return c.expr(x.X)
	}
	c.fail(x, "cannot take address")
	return nil
}

// seqValue evaluates an array, slice or pointer-to-array operand to its host slice.
func (c *compiler) seqValue(x ast.Expr) func(*frame) any {
	v := c.expr(x).anyFn()
	if _, ok := c.typeOf(x).Underlying().(*types.Pointer); ok {
		return func(fr *frame) any { return loadPtr(v(fr)) }
	}
	return v
}

func (c *compiler) index(x *ast.IndexExpr) *expr {
	if tv, ok := c.info.Types[x.X]; ok && (tv.IsType() || isGenericFunc(tv.Type)) {
		return c.genericFuncValue(x, x.X)
	}
	if id, ok := x.X.(*ast.Ident); ok {
		if _, ok := c.objOf(id).(*types.Func); ok {
			return c.genericFuncValue(x, x.X)
		}
	}
	if sel, ok := x.X.(*ast.SelectorExpr); ok && c.info.Selections[sel] == nil {
		if _, ok := c.info.Uses[sel.Sel].(*types.Func); ok {
			return c.genericFuncValue(x, x.X)
		}
	}
	t := c.typeOf(x)
	xt := c.typeOf(x.X).Underlying()
	if p, ok := xt.(*types.Pointer); ok {
		xt = p.Elem().Underlying()
	}
	switch xt := xt.(type) {
	case *types.Basic: // string
		s := c.expr(x.X).strFn()
		i := c.expr(x.Index).intFn()
		e := c.mk(t)
		e.i = func(fr *frame) int64 { return int64(s(fr)[i(fr)]) }
		return e
	case *types.Map:
		m := c.expr(x.X).anyFn()
		k := c.convert(c.expr(x.Index), xt.Key()).anyFn()
		vt := c.rt(xt.Elem())
		z := vt.zeroFn
		return c.fromAny(t, func(fr *frame) any {
			mp, _ := m(fr).(*Map)
			if v, ok := mp.get(k(fr)); ok {
				return v
			}
			return z()
		})
	case *types.Slice, *types.Array:
		s := c.seqValue(x.X)
		i := c.expr(x.Index).intFn()
		e := c.mk(t)
		switch e.rt.kind {
		case kInt:
			e.i = func(fr *frame) int64 { v, _ := s(fr).([]int); return int64(v[i(fr)]) }
			return e
		case kUint8:
			e.i = func(fr *frame) int64 { v, _ := s(fr).([]byte); return int64(v[i(fr)]) }
			return e
		case kFloat64:
			e.f = func(fr *frame) float64 { v, _ := s(fr).([]float64); return v[i(fr)] }
			return e
		case kString:
			e.s = func(fr *frame) string { v, _ := s(fr).([]string); return v[i(fr)] }
			return e
		}
		sq := seqFor(e.rt)
		if sq == anySeq {
			return c.fromAny(t, func(fr *frame) any { v, _ := s(fr).([]any); return v[i(fr)] })
		}
		return c.fromAny(t, func(fr *frame) any { return sq.get(s(fr), int(i(fr))) })
	}
	c.fail(x, "unsupported index expression")
	return nil
}

func isGenericFunc(t types.Type) bool {
	s, ok := t.(*types.Signature)
	return ok && s.TypeParams().Len() > 0
}

func (c *compiler) sliceExpr(x *ast.SliceExpr) *expr {
	t := c.typeOf(x)
	e := c.mk(t)
	var lo, hi, mx func(*frame) int64
	if x.Low != nil {
		lo = c.expr(x.Low).intFn()
	} else {
		lo = func(*frame) int64 { return 0 }
	}
	if x.High != nil {
		hi = c.expr(x.High).intFn()
	}
	if x.Max != nil {
		mx = c.expr(x.Max).intFn()
	}
	if e.rt.kind == kString {
		s := c.expr(x.X).strFn()
		e.s = func(fr *frame) string {
			v := s(fr)
			l := lo(fr)
			if hi == nil {
				return v[l:]
			}
			return v[l:hi(fr)]
		}
		return e
	}
	sq := seqFor(e.rt.elem)
	s := c.seqValue(x.X)
	switch {
	case mx != nil:
		e.a = func(fr *frame) any {
			v := s(fr)
			l := lo(fr)
			h := hi(fr)
			return sq.slice3(v, int(l), int(h), int(mx(fr)))
		}
	case hi != nil:
		e.a = func(fr *frame) any {
			v := s(fr)
			l := lo(fr)
			return sq.slice(v, int(l), int(hi(fr)))
		}
	default:
		e.a = func(fr *frame) any { return sq.slice(s(fr), int(lo(fr)), -1) }
	}
	return e
}

// compositeLit builds a struct, array, slice or map value.
func (c *compiler) compositeLit(x *ast.CompositeLit, t types.Type) *expr {
	if tv, ok := c.info.Types[x]; ok {
		t = c.subst(tv.Type)
	}
	return c.compositeLitOf(x, t)
}

func (c *compiler) compositeLitOf(x *ast.CompositeLit, t types.Type) *expr {
	rt := c.prog.rtypeOf(t)
	if rt.kind == kPointer {
		// elided &T in a composite literal element
		inner := c.compositeLitOf(x, rt.elem.T)
		inner.t, inner.rt = t, rt
		return c.addrOfValue(inner, rt)
	}
	e := c.mk(t)
	e.fresh = true
	switch u := t.Underlying().(type) {
	case *types.Struct:
		n := u.NumFields()
		type init struct {
			i int
			v func(*frame) any
		}
		var inits []init
		for i, el := range x.Elts {
			fi := i
			var val ast.Expr = el
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				name := kv.Key.(*ast.Ident).Name
				for j := range n {
					if u.Field(j).Name() == name {
						fi = j
					}
				}
				val = kv.Value
			}
			inits = append(inits, init{fi, c.convert(c.elemExpr(val, u.Field(fi).Type()), u.Field(fi).Type()).anyFn()})
		}
		zero := rt.zeroFn
		e.a = func(fr *frame) any {
			s := zero().(*Struct)
			for _, in := range inits {
				s.F[in.i] = in.v(fr)
			}
			return s
		}
		size := rt.bytes()
		inner := e.a
		e.a = func(f *frame) any { f.th.allocBytes(size); return inner(f) }
	case *types.Array, *types.Slice:
		var elemT types.Type
		if a, ok := u.(*types.Array); ok {
			elemT = a.Elem()
		} else {
			elemT = u.(*types.Slice).Elem()
		}
		type init struct {
			i int
			v func(*frame) any
		}
		var inits []init
		idx, max := 0, 0
		for _, el := range x.Elts {
			val := el
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				cv := c.info.Types[kv.Key].Value
				i, _ := constInt64(cv)
				idx = int(i)
				val = kv.Value
			}
			inits = append(inits, init{idx, c.convert(c.elemExpr(val, elemT), elemT).anyFn()})
			idx++
			if idx > max {
				max = idx
			}
		}
		n := max
		sq := seqFor(rt.elem)
		size := int64(n) * max64(rt.elem.bytes(), 1)
		if rt.kind == kArray {
			n = rt.len
			size = rt.bytes()
		}
		e.a = func(fr *frame) any {
			fr.th.allocBytes(size)
			s := rt.makeSeq(n, n)
			for _, in := range inits {
				sq.set(s, in.i, in.v(fr))
			}
			return s
		}
	case *types.Map:
		type kvf struct{ k, v func(*frame) any }
		var kvs []kvf
		for _, el := range x.Elts {
			kv := el.(*ast.KeyValueExpr)
			kvs = append(kvs, kvf{c.convert(c.elemExpr(kv.Key, u.Key()), u.Key()).anyFn(), c.convert(c.elemExpr(kv.Value, u.Elem()), u.Elem()).anyFn()})
		}
		kt := c.rt(u.Key())
		e.a = func(fr *frame) any {
			fr.th.allocBytes(int64(48 * (len(kvs) + 1)))
			m := newMap(kt, len(kvs))
			for _, p := range kvs {
				m.set(p.k(fr), p.v(fr))
			}
			return m
		}
	default:
		c.fail(x, "unsupported composite literal of type "+t.String())
	}
	return e
}

// elemExpr compiles an element of a composite literal, whose own type may
// be elided.
func (c *compiler) elemExpr(x ast.Expr, t types.Type) *expr {
	if cl, ok := x.(*ast.CompositeLit); ok && cl.Type == nil {
		return c.compositeLit(cl, t)
	}
	return c.expr(x)
}

func (c *compiler) addrOfValue(v *expr, pt *rtype) *expr {
	f := v.anyFn()
	e := c.mk(pt.T)
	switch pt.elem.kind {
	case kStruct:
		e.a = f
	case kArray:
		et := pt.elem
		e.a = func(fr *frame) any { return &arrayRef{et, f(fr)} }
	default:
		e.a = func(fr *frame) any { return ptr[any]{newCell(f(fr))} }
	}
	return e
}

// typeAssert compiles x.(T); with commaOK it yields a (value, ok) tuple.
func (c *compiler) typeAssert(x *ast.TypeAssertExpr, commaOK bool) *expr {
	src := c.rt(c.typeOf(x.X))
	t := c.subst(c.info.Types[x.Type].Type)
	rt := c.prog.rtypeOf(t)
	v := c.expr(x.X).anyFn()
	check := c.assertCheck(rt)
	if commaOK {
		e := &expr{t: types.NewTuple(), cls: clsAny}
		z := rt.zeroFn
		e.tuple = func(fr *frame) []any {
			val := v(fr)
			if out, ok := check(val); ok {
				return []any{out, true}
			}
			return []any{z(), false}
		}
		return e
	}
	return c.fromAny(t, func(fr *frame) any {
		val := v(fr)
		out, ok := check(val)
		if !ok {
			panic(c.prog.assertError(src, rt, val))
		}
		return out
	})
}

// assertCheck returns the test of x.(T) on an interface value.
func (c *compiler) assertCheck(rt *rtype) func(any) (any, bool) {
	p := c.prog
	if rt.kind == kInterface {
		iface := rt.T.Underlying().(*types.Interface)
		cache := map[*rtype]bool{}
		return func(v any) (any, bool) {
			dt := p.typeOfIface(v)
			if dt == nil {
				return nil, false
			}
			ok, seen := cache[dt]
			if !seen {
				ok = types.Implements(dt.T, iface)
				cache[dt] = ok
			}
			return v, ok
		}
	}
	return func(v any) (any, bool) {
		if p.typeOfIface(v) != rt {
			return nil, false
		}
		dv := ifaceValue(v)
		if rt.needsClone() {
			dv = cloneValue(rt, dv)
		}
		return dv, true
	}
}

func (p *Program) assertError(src, dst *rtype, v any) vmPanic {
	dt := p.typeOfIface(v)
	srcName := src.name
	if srcName == "any" {
		srcName = "interface {}"
	}
	if dt == nil {
		if dst.kind == kInterface {
			return runtimeErrorPlain("interface conversion: interface is nil, not " + dst.name)
		}
		return runtimeErrorPlain("interface conversion: " + srcName + " is nil, not " + dst.name)
	}
	if dst.kind == kInterface {
		missing := ""
		iface := dst.T.Underlying().(*types.Interface)
		for i := range iface.NumMethods() {
			m := iface.Method(i)
			if dt.method(m.Name()) == nil {
				missing = m.Name()
				break
			}
		}
		return runtimeErrorPlain("interface conversion: " + dt.name + " is not " + dst.name + ": missing method " + missing)
	}
	return runtimeErrorPlain("interface conversion: " + srcName + " is " + dt.name + ", not " + dst.name)
}

var _ = token.ADD

func max64(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}
