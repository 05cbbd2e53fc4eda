package vm

import (
	"go/ast"
	"go/types"
)

// argSetter evaluates one argument in the caller's frame and stores it in
// the callee's frame.
type argSetter func(fr, nf *frame)

func (c *compiler) setter(e *expr, p slotRef) argSetter {
	idx := p.idx
	switch p.cls {
	case clsInt, clsBool:
		f := e.intFn()
		return func(fr, nf *frame) { nf.I[idx] = f(fr) }
	case clsFloat:
		f := e.floatFn()
		return func(fr, nf *frame) { nf.F[idx] = f(fr) }
	case clsString:
		f := e.strFn()
		return func(fr, nf *frame) { nf.S[idx] = f(fr) }
	}
	f := e.anyFn()
	return func(fr, nf *frame) { nf.A[idx] = f(fr) }
}

// args compiles call arguments against a signature: conversions, variadic
// packing and f(g()) spreading. It returns host-value evaluators.
func (c *compiler) argExprs(call *ast.CallExpr, sig *types.Signature) []*expr {
	params := sig.Params()
	var out []*expr
	if len(call.Args) == 1 && isTuple(c.info.Types[call.Args[0]].Type) {
		// f(g()) with g returning several values
		tup := c.tuple(call.Args[0])
		tt := c.info.Types[call.Args[0]].Type.(*types.Tuple)
		n := tt.Len()
		// evaluate the tuple once, then hand out its elements
		slot := c.anySlot()
		for i := range n {
			i := i
			get := func(fr *frame) any {
				if i == 0 {
					fr.A[slot] = tup(fr)
				}
				return fr.A[slot].([]any)[i]
			}
			var pt types.Type
			if sig.Variadic() && i >= params.Len()-1 {
				pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
			} else {
				pt = params.At(i).Type()
			}
			out = append(out, c.convert(c.fromAny(c.subst(tt.At(i).Type()), get), pt))
		}
		if sig.Variadic() {
			return c.packVariadic(out, sig, false)
		}
		return out
	}
	for i, a := range call.Args {
		var pt types.Type
		if sig.Variadic() && i >= params.Len()-1 {
			if call.Ellipsis.IsValid() {
				pt = params.At(params.Len() - 1).Type()
			} else {
				pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
			}
		} else {
			pt = params.At(i).Type()
		}
		out = append(out, c.convert(c.expr(a), pt))
	}
	if sig.Variadic() {
		return c.packVariadic(out, sig, call.Ellipsis.IsValid())
	}
	return out
}

func isTuple(t types.Type) bool {
	tt, ok := t.(*types.Tuple)
	return ok && tt.Len() > 1
}

func (c *compiler) packVariadic(args []*expr, sig *types.Signature, spread bool) []*expr {
	np := sig.Params().Len()
	if spread {
		return args
	}
	st := c.subst(sig.Params().At(np - 1).Type())
	srt := c.prog.rtypeOf(st)
	extra := args[np-1:]
	fs := make([]func(*frame) any, len(extra))
	for i, e := range extra {
		fs[i] = e.anyFn()
	}
	sq := srt.seq()
	pack := c.mk(st)
	if len(fs) == 0 {
		z := srt.makeNilSlice()
		pack.a = func(*frame) any { return z }
	} else {
		pack.a = func(fr *frame) any {
			s := sq.make(len(fs), len(fs))
			for i, f := range fs {
				sq.set(s, i, f(fr))
			}
			return s
		}
	}
	return append(args[:np-1:np-1], pack)
}

func (c *compiler) call(x *ast.CallExpr) *expr {
	fun := ast.Unparen(x.Fun)
	if tv := c.info.Types[fun]; tv.IsType() {
		return c.conversion(x, c.subst(tv.Type))
	}
	if id, ok := fun.(*ast.Ident); ok {
		if b, ok := c.info.Uses[id].(*types.Builtin); ok {
			return c.builtin(x, b.Name())
		}
	}
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if s := c.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			return c.methodCall(x, sel, s)
		}
	}
	// Static call of a declared function (maybe generic).
	if fn := c.staticFunc(fun); fn != nil {
		sig := c.typeOf(fun).(*types.Signature)
		return c.directCall(x, fn, nil, sig)
	}
	sig := c.typeOf(fun).Underlying().(*types.Signature)
	fv := c.expr(fun).anyFn()
	args := c.argExprs(x, sig)
	return c.dynamicCall(x, sig, func(fr *frame) (*Closure, any, bool) {
		cl, _ := fv(fr).(*Closure)
		return cl, nil, false
	}, args)
}

// staticFunc resolves the callee when it is a declared function.
func (c *compiler) staticFunc(fun ast.Expr) *Func {
	var id *ast.Ident
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		if c.info.Selections[f] != nil {
			return nil
		}
		id = f.Sel
	case *ast.IndexExpr, *ast.IndexListExpr:
		var x ast.Expr
		if ie, ok := f.(*ast.IndexExpr); ok {
			x = ie.X
		} else {
			x = f.(*ast.IndexListExpr).X
		}
		switch g := ast.Unparen(x).(type) {
		case *ast.Ident:
			id = g
		case *ast.SelectorExpr:
			id = g.Sel
		}
	}
	if id == nil {
		return nil
	}
	obj, ok := c.info.Uses[id].(*types.Func)
	if !ok {
		return nil
	}
	return c.prog.funcByObj(obj, c.typeArgs(id))
}

// typeArgs returns the (substituted) type arguments of a generic use.
func (c *compiler) typeArgs(id *ast.Ident) []types.Type {
	inst, ok := c.info.Instances[id]
	if !ok {
		return nil
	}
	out := make([]types.Type, inst.TypeArgs.Len())
	for i := range out {
		out[i] = c.subst(inst.TypeArgs.At(i))
	}
	return out
}

// directCall calls a known function. recv, if set, is the receiver argument.
func (c *compiler) directCall(x *ast.CallExpr, fn *Func, recv *expr, sig *types.Signature) *expr {
	args := c.argExprs(x, sig)
	var setters []argSetter
	pi := 0
	if recv != nil {
		setters = append(setters, c.setter(recv, slotRef{cls: clsAny, idx: fn.params[0].idx}))
		pi = 1
	}
	if len(fn.params) != len(args)+pi {
		c.fail(x, "argument count mismatch")
	}
	for i, a := range args {
		setters = append(setters, c.setter(a, fn.params[pi+i]))
	}
	pos := x.Pos()
	invoke := func(fr *frame) *frame {
		th := fr.th
		nf := th.push(fn)
		for _, s := range setters {
			s(fr, nf)
		}
		fr.pos = pos
		th.run(nf)
		return nf
	}
	if len(setters) == 1 {
		s0 := setters[0]
		invoke = func(fr *frame) *frame {
			th := fr.th
			nf := th.push(fn)
			s0(fr, nf)
			fr.pos = pos
			th.run(nf)
			return nf
		}
	}
	return c.results(sig, fn.results, invoke)
}

// results turns an invocation into an expression reading the callee's
// result slots (or a tuple).
func (c *compiler) results(sig *types.Signature, res []slotRef, invoke func(*frame) *frame) *expr {
	n := sig.Results().Len()
	switch n {
	case 0:
		e := &expr{t: types.NewTuple(), cls: clsAny}
		e.a = func(fr *frame) any {
			nf := invoke(fr)
			fr.th.pop(nf)
			return nil
		}
		return e
	case 1:
		t := c.subst(sig.Results().At(0).Type())
		e := c.mk(t)
		idx := res[0].idx
		switch e.cls {
		case clsInt:
			e.i = func(fr *frame) int64 {
				nf := invoke(fr)
				v := nf.I[idx]
				fr.th.pop(nf)
				return v
			}
		case clsBool:
			e.b = func(fr *frame) bool {
				nf := invoke(fr)
				v := nf.I[idx]
				fr.th.pop(nf)
				return v != 0
			}
		case clsFloat:
			e.f = func(fr *frame) float64 {
				nf := invoke(fr)
				v := nf.F[idx]
				fr.th.pop(nf)
				return v
			}
		case clsString:
			e.s = func(fr *frame) string {
				nf := invoke(fr)
				v := nf.S[idx]
				fr.th.pop(nf)
				return v
			}
		default:
			e.a = func(fr *frame) any {
				nf := invoke(fr)
				v := nf.A[idx]
				fr.th.pop(nf)
				return v
			}
			e.fresh = true
		}
		return e
	}
	e := &expr{t: c.subst(sig.Results()), cls: clsAny}
	e.tuple = func(fr *frame) []any {
		nf := invoke(fr)
		out := make([]any, len(res))
		for i, r := range res {
			out[i] = nf.load(r)
		}
		fr.th.pop(nf)
		return out
	}
	return e
}

// dynamicCall calls a function value (closure, method value, interface
// method) resolved at run time. target returns the closure, and a receiver
// when hasRecv.
func (c *compiler) dynamicCall(x *ast.CallExpr, sig *types.Signature, target func(*frame) (*Closure, any, bool), args []*expr) *expr {
	fs := make([]func(*frame) any, len(args))
	for i, a := range args {
		fs[i] = a.anyFn()
	}
	// Closures compiled from source share the frame layout their signature
	// gives: their arguments are set with typed setters, as for interface
	// calls; method values, natives and receivers take the generic path.
	params, results := c.frameLayout(sig, false)
	setters := make([]argSetter, len(args))
	if len(params) == len(args) {
		for i, a := range args {
			setters[i] = c.setter(a, params[i])
		}
	}
	var lastFn *Func
	lastFast := false
	pos := x.Pos()
	invoke := func(fr *frame) *frame {
		cl, recv, hasRecv := target(fr)
		if cl == nil {
			panic(nilDeref())
		}
		th := fr.th
		fn := cl.fn
		nf := th.push(fn)
		nf.env = cl.env
		if fn != lastFn {
			lastFn = fn
			lastFast = fn.native == nil && !fn.isMethod && len(params) == len(args) && sameLayout(fn, params, results)
		}
		if lastFast && !cl.bound && !hasRecv {
			for _, s := range setters {
				s(fr, nf)
			}
			fr.pos = pos
			th.run(nf)
			return nf
		}
		i := 0
		if cl.bound {
			nf.store(fn.params[0], cl.recv)
			i = 1
		} else if hasRecv {
			nf.store(fn.params[0], recv)
			i = 1
		}
		for _, f := range fs {
			nf.store(fn.params[i], f(fr))
			i++
		}
		fr.pos = pos
		th.run(nf)
		return nf
	}
	return c.dynamicResults(sig, invoke)
}

// methodObjFunc returns the compiled method for a selection's method object
// on receiver type recvT.
func (c *compiler) methodFunc(m *types.Func, recvT types.Type) *Func {
	var targs []types.Type
	rt := recvT
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem()
	}
	if n, ok := rt.(*types.Named); ok && n.TypeArgs().Len() > 0 {
		for i := range n.TypeArgs().Len() {
			targs = append(targs, n.TypeArgs().At(i))
		}
	}
	return c.prog.funcByObj(m, targs)
}

// recvExpr computes the receiver argument for calling method m through
// selection sel on operand x: walking embedded fields, taking the address
// or dereferencing as the method's receiver needs.
func (c *compiler) recvExpr(x ast.Expr, sel *types.Selection, forCall bool) (*expr, types.Type) {
	m := sel.Obj().(*types.Func)
	path := sel.Index()
	xe := c.expr(x)
	t := c.typeOf(x)
	cur := xe
	for _, i := range path[:len(path)-1] {
		st := structOf(t)
		ft := c.subst(st.Field(i).Type())
		prev := cur.anyFn()
		idx := i
		cur = c.fromAny(ft, func(fr *frame) any { return derefStruct(prev(fr)).F[idx] })
		t = ft
	}
	recvT := c.subst(m.Type().(*types.Signature).Recv().Type())
	_, wantPtr := recvT.(*types.Pointer)
	_, havePtr := t.Underlying().(*types.Pointer)
	if _, isIface := t.Underlying().(*types.Interface); isIface {
		return cur, t
	}
	switch {
	case wantPtr && !havePtr:
		// &x: structs are their own pointers; other variables have cells.
		if c.rt(t).kind == kStruct {
			return cur, types.NewPointer(t)
		}
		if len(path) == 1 {
			return c.addrOf(x, types.NewPointer(t)), types.NewPointer(t)
		}
		c.fail(x, "address of embedded non-struct receiver")
	case !wantPtr && havePtr:
		pt := t.Underlying().(*types.Pointer)
		rt := c.rt(pt.Elem())
		f := cur.anyFn()
		e := c.mk(pt.Elem())
		if rt.kind == kStruct {
			e.a = func(fr *frame) any { return cloneValue(rt, derefStruct(f(fr))) }
		} else {
			e.a = func(fr *frame) any { return loadPtr(f(fr)) }
		}
		return e, pt.Elem()
	case !wantPtr && c.rt(t).needsClone():
		rt := c.rt(t)
		f := cur.anyFn()
		if fn := c.methodFunc(m, t); forCall && fn.recvReadOnly {
			return cur, t
		}
		e := c.mk(t)
		e.a = func(fr *frame) any { return cloneValue(rt, f(fr)) }
		return e, t
	}
	return cur, t
}

// onTypeParam reports whether a selection's receiver is a type parameter
// (or a pointer to one): in an instance the method is found by name on the
// type argument.
func onTypeParam(sel *types.Selection) bool {
	r := sel.Recv()
	if p, ok := r.(*types.Pointer); ok {
		r = p.Elem()
	}
	_, ok := r.(*types.TypeParam)
	return ok
}

// boxedRecv evaluates x and boxes it as an interface value for dispatch by
// method name (calls through type parameters).
func (c *compiler) boxedRecv(x ast.Expr, sel *types.Selection) func(*frame) any {
	xe := c.expr(x)
	name := sel.Obj().Name()
	t := xe.rt
	// a pointer method on an addressable value: use its address
	if t.kind != kPointer && t.kind != kInterface && t.method(name) == nil {
		pt := types.NewPointer(xe.t)
		if c.prog.rtypeOf(pt).method(name) != nil {
			return c.convert(c.addrOf(x, pt), c.prog.anyT.T).anyFn()
		}
	}
	return c.convert(xe, c.prog.anyT.T).anyFn()
}

func (c *compiler) methodCall(x *ast.CallExpr, sx *ast.SelectorExpr, sel *types.Selection) *expr {
	sig := c.subst(sel.Type()).(*types.Signature)
	if onTypeParam(sel) {
		rv := c.boxedRecv(sx.X, sel)
		return c.ifaceCall(x, sig, sel.Obj().Name(), rv, c.argExprs(x, sig))
	}
	recv, rt := c.recvExpr(sx.X, sel, true)
	if _, ok := rt.Underlying().(*types.Interface); ok {
		name := sel.Obj().Name()
		rv := recv.anyFn()
		args := c.argExprs(x, sig)
		p := c.prog
		if fast := c.ifaceCall(x, sig, name, rv, args); fast != nil {
			return fast
		}
		var lastT *rtype
		var lastM *Closure
		return c.dynamicCall(x, sig, func(fr *frame) (*Closure, any, bool) {
			v := rv(fr)
			dt := p.typeOfIface(v)
			if dt == nil {
				panic(nilDeref())
			}
			if dt != lastT {
				lastT, lastM = dt, dt.method(name)
			}
			return lastM, ifaceValue(v), true
		}, args)
	}
	fn := c.methodFunc(sel.Obj().(*types.Func), rt)
	return c.directCall(x, fn, c.asAnyExpr(recv), sig)
}

func (c *compiler) asAnyExpr(e *expr) *expr {
	f := e.anyFn()
	return &expr{t: e.t, rt: e.rt, cls: clsAny, a: f}
}

// methodValue compiles x.M used as a value: a closure bound to the receiver.
func (c *compiler) methodValue(sx *ast.SelectorExpr, sel *types.Selection) *expr {
	var rv func(*frame) any
	var rt types.Type
	if onTypeParam(sel) {
		rv, rt = c.boxedRecv(sx.X, sel), c.prog.anyT.T
	} else {
		var recv *expr
		recv, rt = c.recvExpr(sx.X, sel, false)
		rv = recv.anyFn()
	}
	e := c.mk(c.typeOf(sx))
	if _, ok := rt.Underlying().(*types.Interface); ok {
		name := sel.Obj().Name()
		p := c.prog
		e.a = func(fr *frame) any {
			v := rv(fr)
			dt := p.typeOfIface(v)
			if dt == nil {
				panic(nilDeref())
			}
			m := dt.method(name)
			return &Closure{fn: m.fn, env: m.env, recv: ifaceValue(v), bound: true, mrecv: dt, mname: name}
		}
		return e
	}
	fn := c.methodFunc(sel.Obj().(*types.Func), rt)
	mrecv, mname := c.prog.rtypeOf(rt), sel.Obj().Name()
	e.a = func(fr *frame) any { return &Closure{fn: fn, recv: rv(fr), bound: true, mrecv: mrecv, mname: mname} }
	return e
}

// methodExpr compiles T.M: a function taking the receiver first.
func (c *compiler) methodExpr(sx *ast.SelectorExpr, sel *types.Selection) *expr {
	recvT := c.subst(sel.Recv())
	e := c.mk(c.typeOf(sx))
	m := c.prog.methodWrapper(c.prog.rtypeOf(recvT), sel)
	if _, ok := recvT.Underlying().(*types.Interface); ok {
		name := sel.Obj().Name()
		p := c.prog
		e.a = func(fr *frame) any {
			return &Closure{fn: ifaceDispatchFunc(p, name, sel.Obj().Type().(*types.Signature))}
		}
		return e
	}
	cl := &Closure{fn: m.fn}
	e.a = func(*frame) any { return cl }
	return e
}

// ifaceDispatchFunc is the function I.M for an interface type I.
func ifaceDispatchFunc(p *Program, name string, sig *types.Signature) *Func {
	n := sig.Params().Len()
	var results []*rtype
	for i := range sig.Results().Len() {
		results = append(results, p.rtypeOf(sig.Results().At(i).Type()))
	}
	return nativeClosure(name, func(th *Thread, args []any) []any {
		dt := p.typeOfIface(args[0])
		if dt == nil {
			panic(nilDeref())
		}
		m := dt.method(name)
		return th.callClosure(&Closure{fn: m.fn, env: m.env, recv: ifaceValue(args[0]), bound: true}, args[1:], nil)
	}, n+1, results).fn
}

// methodWrapper returns a closure that, given a receiver of type t (as a
// host value, the first parameter), calls the method selected by sel,
// following embedded fields and adjusting pointers.
func (p *Program) methodWrapper(t *rtype, sel *types.Selection) *Closure {
	m := sel.Obj().(*types.Func)
	path := sel.Index()
	mrecv := m.Type().(*types.Signature).Recv().Type()
	_, wantPtr := mrecv.(*types.Pointer)
	// find the receiver's static type at the end of the path
	cur := t.T
	for _, i := range path[:len(path)-1] {
		cur = structOf(cur).Field(i).Type()
	}
	_, havePtr := cur.Underlying().(*types.Pointer)
	c := newCompiler(p, p.pkgs[pkgPathOf(m)], nil)
	var fn *Func
	if _, isIface := cur.Underlying().(*types.Interface); isIface {
		fn = ifaceDispatchFunc(p, m.Name(), m.Type().(*types.Signature))
	} else {
		fn = c.methodFunc(m, cur)
	}
	if len(path) == 1 && wantPtr == havePtr && !(!wantPtr && p.rtypeOf(cur).needsClone() && !fn.recvReadOnly) {
		return &Closure{fn: fn}
	}
	curRT := p.rtypeOf(cur)
	adjust := func(v any) any {
		for _, i := range path[:len(path)-1] {
			v = derefStruct(v).F[i]
		}
		switch {
		case wantPtr && !havePtr:
			return v // structs are their own pointers
		case !wantPtr && havePtr:
			if curRT.elem.kind == kStruct {
				return cloneValue(curRT.elem, derefStruct(v))
			}
			return loadPtr(v)
		case !wantPtr && curRT.needsClone():
			return cloneValue(curRT, v)
		}
		return v
	}
	sig := m.Type().(*types.Signature)
	var results []*rtype
	for i := range sig.Results().Len() {
		results = append(results, p.rtypeOf(sig.Results().At(i).Type()))
	}
	return nativeClosure(fn.name, func(th *Thread, args []any) []any {
		return th.callClosure(&Closure{fn: fn, recv: adjust(args[0]), bound: true}, args[1:], nil)
	}, sig.Params().Len()+1, results)
}

func pkgPathOf(o types.Object) string {
	if o.Pkg() == nil {
		return ""
	}
	return o.Pkg().Path()
}

// funcValue compiles a declared function used as a value.
func (c *compiler) funcValue(id *ast.Ident, obj *types.Func) *expr {
	fn := c.prog.funcByObj(obj, c.typeArgs(id))
	cl := &Closure{fn: fn}
	e := c.mk(c.typeOf(id))
	e.a = func(*frame) any { return cl }
	return e
}

// genericFuncValue compiles f[T] used as a value.
func (c *compiler) genericFuncValue(x ast.Expr, fx ast.Expr) *expr {
	fn := c.staticFunc(x)
	if fn == nil {
		c.fail(x, "unsupported generic instantiation")
	}
	cl := &Closure{fn: fn}
	e := c.mk(c.typeOf(x))
	e.a = func(*frame) any { return cl }
	return e
}

// tuple compiles a multi-value expression (call, comma-ok forms).
func (c *compiler) tuple(x ast.Expr) func(*frame) []any {
	x = ast.Unparen(x)
	switch y := x.(type) {
	case *ast.TypeAssertExpr:
		return c.typeAssert(y, true).tuple
	case *ast.IndexExpr:
		if mt, ok := c.typeOf(y.X).Underlying().(*types.Map); ok {
			m := c.expr(y.X).anyFn()
			k := c.convert(c.expr(y.Index), mt.Key()).anyFn()
			z := c.rt(mt.Elem()).zeroFn
			return func(fr *frame) []any {
				mp, _ := m(fr).(*Map)
				if v, ok := mp.get(k(fr)); ok {
					return []any{v, true}
				}
				return []any{z(), false}
			}
		}
	}
	e := c.expr(x)
	if e.tuple == nil {
		c.fail(x, "not a multi-value expression")
	}
	return e.tuple
}

// methodLayout computes the frame slots a method with signature sig uses
// for its receiver (A[0]), parameters and results: the same for every
// compiled method of that signature, so interface calls can set arguments
// with typed setters.
func (c *compiler) methodLayout(sig *types.Signature) (params, results []slotRef) {
	return c.frameLayout(sig, true)
}

// frameLayout computes the parameter and result slots of a function with
// signature sig, with the receiver in A[0] when recv is set.
func (c *compiler) frameLayout(sig *types.Signature, recv bool) (params, results []slotRef) {
	var n [4]int
	slot := func(t types.Type) slotRef {
		rt := c.rt(t)
		cls := classOf(rt.T).slot()
		r := slotRef{cls: cls, t: rt, idx: n[cls]}
		n[cls]++
		return r
	}
	if recv {
		params = append(params, slotRef{cls: clsAny, idx: 0})
		n[clsAny] = 1
	}
	for i := range sig.Params().Len() {
		params = append(params, slot(sig.Params().At(i).Type()))
	}
	for i := range sig.Results().Len() {
		results = append(results, slot(sig.Results().At(i).Type()))
	}
	return params, results
}

// ifaceCall compiles a call of an interface method with typed argument
// setters; methods compiled from source share the layout, others (wrappers,
// natives) take the generic path.
func (c *compiler) ifaceCall(x *ast.CallExpr, sig *types.Signature, name string, rv func(*frame) any, args []*expr) *expr {
	params, results := c.methodLayout(sig)
	var setters []argSetter
	for i, a := range args {
		setters = append(setters, c.setter(a, params[i+1]))
	}
	fs := make([]func(*frame) any, len(args))
	for i, a := range args {
		fs[i] = a.anyFn()
	}
	p := c.prog
	pos := x.Pos()
	// a small inline cache of the dynamic types seen at this call site
	type entry struct {
		t    *rtype
		m    *Closure
		fast bool
	}
	var cache [4]entry
	next := 0
	var lastM *Closure
	var lastFast bool
	invoke := func(fr *frame) *frame {
		v := rv(fr)
		dt := p.typeOfIface(v)
		if dt == nil {
			panic(nilDeref())
		}
		hit := false
		for i := range cache {
			if cache[i].t == dt {
				lastM, lastFast, hit = cache[i].m, cache[i].fast, true
				break
			}
		}
		if !hit {
			lastM = dt.method(name)
			fn := lastM.fn
			if fn.body == nil && fn.compile != nil {
				fn.compile()
			}
			lastFast = fn.native == nil && !lastM.bound && fn.isMethod && sameLayout(fn, params, results)
			cache[next] = entry{dt, lastM, lastFast}
			next = (next + 1) % len(cache)
		}
		th := fr.th
		fn := lastM.fn
		nf := th.push(fn)
		nf.env = lastM.env
		if lastFast {
			nf.A[0] = ifaceValue(v)
			for _, s := range setters {
				s(fr, nf)
			}
		} else {
			i := 0
			if lastM.bound {
				nf.store(fn.params[0], lastM.recv)
				i = 1
			}
			nf.store(fn.params[i], ifaceValue(v))
			i++
			for _, f := range fs {
				nf.store(fn.params[i], f(fr))
				i++
			}
		}
		fr.pos = pos
		th.run(nf)
		return nf
	}
	if len(results) != 1 || classOf(c.subst(sig.Results().At(0).Type())) != clsInt {
		return c.dynamicResults(sig, invoke)
	}
	t := c.subst(sig.Results().At(0).Type())
	e := c.mk(t)
	idx := results[0].idx
	{
		e.i = func(fr *frame) int64 {
			nf := invoke(fr)
			var v int64
			if lastFast {
				v = nf.I[idx]
			} else {
				v = toInt(nf.load(nf.fn.results[0]))
			}
			fr.th.pop(nf)
			return v
		}
		return e
	}
}

func sameLayout(fn *Func, params, results []slotRef) bool {
	if len(fn.params) != len(params) || len(fn.results) != len(results) {
		return false
	}
	for i, p := range params {
		if fn.params[i].cls != p.cls || fn.params[i].idx != p.idx {
			return false
		}
	}
	for i, r := range results {
		if fn.results[i].cls != r.cls || fn.results[i].idx != r.idx {
			return false
		}
	}
	return true
}

// dynamicResults reads results through the callee's own layout.
func (c *compiler) dynamicResults(sig *types.Signature, invoke func(*frame) *frame) *expr {
	n := sig.Results().Len()
	if n == 0 {
		return c.results(sig, nil, invoke)
	}
	if n == 1 {
		t := c.subst(sig.Results().At(0).Type())
		return c.fromAny(t, func(fr *frame) any {
			nf := invoke(fr)
			v := nf.load(nf.fn.results[0])
			fr.th.pop(nf)
			return v
		})
	}
	e := &expr{t: c.subst(sig.Results()), cls: clsAny}
	e.tuple = func(fr *frame) []any {
		nf := invoke(fr)
		out := make([]any, n)
		for i, r := range nf.fn.results {
			out[i] = nf.load(r)
		}
		fr.th.pop(nf)
		return out
	}
	return e
}
