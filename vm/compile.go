package vm

import (
	"go/ast"
	"go/token"
	"go/types"
)

// compiler turns type-checked syntax into closures. One compiler serves one
// package (or one instance of a generic function, with subst set).
type compiler struct {
	prog *Program
	pkg  *pkgInfo
	info *types.Info
	sm   *substMap
	fb   *funcBuilder
	// override replaces the compilation of particular expressions (the
	// arguments of a deferred builtin call, saved at the defer statement).
	override map[ast.Expr]*expr
}

// funcBuilder holds the frame layout of the function being compiled.
type funcBuilder struct {
	parent   *funcBuilder
	fn       *Func
	vars     map[types.Object]*varLoc
	cells    map[types.Object]bool // variables that need a heap cell
	lit      ast.Node              // the FuncLit, nil for declared functions
	envObjs  []types.Object
	envIdx   map[types.Object]int
	results  []*varLoc
	hasDefer bool
}

type varKind uint8

const (
	vSlot   varKind = iota // value in its class array
	vCell                  // A[idx] holds *any
	vObj                   // A[idx] holds a struct/array object
	vEnv                   // env[idx] holds *any
	vEnvObj                // env[idx] holds a struct/array object
	vGlobal                // cell
)

type varLoc struct {
	kind varKind
	cls  class
	idx  int
	rt   *rtype
	cell *any
}

func newCompiler(p *Program, pi *pkgInfo, sm *substMap) *compiler {
	return &compiler{prog: p, pkg: pi, info: pi.info, sm: sm}
}

func (c *compiler) fail(n ast.Node, msg string) {
	var pos token.Pos
	if n != nil {
		pos = n.Pos()
	}
	panic(compileError{pos, msg})
}

// typeOf returns the (substituted) type of an expression.
func (c *compiler) typeOf(x ast.Expr) types.Type {
	tv, ok := c.info.Types[x]
	if !ok {
		if id, ok := x.(*ast.Ident); ok {
			if o := c.objOf(id); o != nil {
				return c.subst(o.Type())
			}
		}
		c.fail(x, "no type for expression")
	}
	return c.subst(tv.Type)
}

func (c *compiler) objOf(id *ast.Ident) types.Object {
	if o := c.info.Uses[id]; o != nil {
		return o
	}
	return c.info.Defs[id]
}

func (c *compiler) rt(t types.Type) *rtype { return c.prog.rtypeOf(c.subst(t)) }

func (c *compiler) beginFunc(name string, lit ast.Node) *funcBuilder {
	fb := &funcBuilder{parent: c.fb, fn: &Func{name: name}, vars: map[types.Object]*varLoc{}, cells: map[types.Object]bool{}, lit: lit, envIdx: map[types.Object]int{}}
	c.fb = fb
	return fb
}

func (c *compiler) endFunc(fb *funcBuilder) *Func {
	c.fb = fb.parent
	return fb.fn
}

// newSlot allocates a frame slot for a value of type t.
func (c *compiler) newSlot(t *rtype) slotRef {
	fn := c.fb.fn
	cls := classOf(t.T).slot()
	r := slotRef{cls: cls, t: t}
	switch cls {
	case clsInt:
		r.idx = fn.nI
		fn.nI++
	case clsFloat:
		r.idx = fn.nF
		fn.nF++
	case clsString:
		r.idx = fn.nS
		fn.nS++
	default:
		r.idx = fn.nA
		fn.nA++
	}
	return r
}

func (c *compiler) anySlot() int {
	c.fb.fn.nA++
	return c.fb.fn.nA - 1
}

// declareVar gives a local variable its storage.
func (c *compiler) declareVar(obj types.Object) *varLoc {
	rt := c.rt(obj.Type())
	var loc *varLoc
	switch {
	case rt.needsClone():
		loc = &varLoc{kind: vObj, cls: clsAny, idx: c.anySlot(), rt: rt}
	case c.fb.cells[obj]:
		loc = &varLoc{kind: vCell, cls: clsAny, idx: c.anySlot(), rt: rt}
	default:
		s := c.newSlot(rt)
		loc = &varLoc{kind: vSlot, cls: s.cls, idx: s.idx, rt: rt}
	}
	c.fb.vars[obj] = loc
	return loc
}

// lookupVar finds a variable, capturing it from enclosing functions.
func (c *compiler) lookupVar(obj types.Object) *varLoc {
	if v, ok := obj.(*types.Var); ok && v.Parent() == v.Pkg().Scope() || obj.Parent() == c.pkgScope(obj) {
		return &varLoc{kind: vGlobal, cls: clsAny, rt: c.rt(obj.Type()), cell: c.prog.globalCell(obj.(*types.Var))}
	}
	return c.lookupIn(c.fb, obj)
}

func (c *compiler) pkgScope(obj types.Object) *types.Scope {
	if obj.Pkg() == nil {
		return nil
	}
	return obj.Pkg().Scope()
}

func (c *compiler) lookupIn(fb *funcBuilder, obj types.Object) *varLoc {
	if loc, ok := fb.vars[obj]; ok {
		return loc
	}
	if fb.parent == nil {
		c.fail(nil, "unknown variable "+obj.Name())
	}
	outer := c.lookupIn(fb.parent, obj)
	idx, ok := fb.envIdx[obj]
	if !ok {
		idx = len(fb.envObjs)
		fb.envObjs = append(fb.envObjs, obj)
		fb.envIdx[obj] = idx
	}
	k := vEnv
	if outer.kind == vObj || outer.kind == vEnvObj {
		k = vEnvObj
	}
	loc := &varLoc{kind: k, cls: clsAny, idx: idx, rt: outer.rt}
	fb.vars[obj] = loc
	return loc
}

// analyzeCells marks the variables declared in body that are captured by
// function literals or have their address taken: they live in cells.
func (c *compiler) analyzeCells(fb *funcBuilder, body ast.Node) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok {
					if o, ok := c.info.Uses[id].(*types.Var); ok && !(o.Pos() >= n.Pos() && o.Pos() < n.End()) {
						fb.cells[o] = true
					}
				}
				return true
			})
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					if o := c.info.Uses[id]; o != nil {
						fb.cells[o] = true
					}
				}
			}
		case *ast.SelectorExpr:
			if sel := c.info.Selections[n]; sel != nil && sel.Kind() != types.FieldVal {
				if _, isPtr := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); isPtr {
					if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
						// x.M() with a pointer method takes &x only when x is not
						// already a pointer (or an interface)
						if o := c.info.Uses[id]; o != nil && !isPointerOrIface(o.Type()) {
							fb.cells[o] = true
						}
					}
				}
			}
		}
		return true
	})
}

// declareFunc lays out a function's frame and returns it with its body
// compiling on first call.
func (c *compiler) declareFunc(name string, ft *ast.FuncType, recv *ast.FieldList, body *ast.BlockStmt, pos token.Pos, sig *types.Signature) (*Func, *funcBuilder) {
	parent := c.fb
	fb := c.beginFunc(name, nil)
	defer c.endFunc(fb)
	fn := fb.fn
	fn.pos = pos
	fn.realm = c.pkg.realm
	if fn.realm != nil && c.prog.inTestFile(pos) {
		// Test code runs as the user: its calls into packages have the
		// test's caller (amigo/testing.SetCaller) as Caller.
		fn.realm = nil
	}
	fn.sig = sig
	fn.variadic = sig.Variadic()
	if body != nil {
		c.analyzeCells(fb, body)
	}
	// Parameters first, in the order the caller passes them.
	var paramObjs []types.Object
	var fields []*ast.Field
	if recv != nil {
		fields = append(fields, recv.List...)
		fn.isMethod = true
	}
	if ft.Params != nil {
		fields = append(fields, ft.Params.List...)
	}
	var sigParams []types.Type
	if sig.Recv() != nil {
		sigParams = append(sigParams, sig.Recv().Type())
	}
	for i := range sig.Params().Len() {
		sigParams = append(sigParams, sig.Params().At(i).Type())
	}
	pi := 0
	for _, f := range fields {
		names := f.Names
		if len(names) == 0 {
			names = []*ast.Ident{nil}
		}
		for _, n := range names {
			t := c.rt(sigParams[pi])
			var ref slotRef
			if fn.isMethod && pi == 0 {
				ref = slotRef{cls: clsAny, idx: c.anySlot(), t: t}
			} else {
				ref = c.newSlot(t)
			}
			fn.params = append(fn.params, ref)
			var obj types.Object
			if n != nil {
				obj = c.info.Defs[n]
			}
			paramObjs = append(paramObjs, obj)
			pi++
		}
	}
	// Results.
	var resultObjs []types.Object
	for i := range sig.Results().Len() {
		t := c.rt(sig.Results().At(i).Type())
		fn.results = append(fn.results, c.newSlot(t))
	}
	if ft.Results != nil {
		for _, f := range ft.Results.List {
			if len(f.Names) == 0 {
				resultObjs = append(resultObjs, nil)
			}
			for _, n := range f.Names {
				resultObjs = append(resultObjs, c.info.Defs[n])
			}
		}
	}
	if body == nil {
		return fn, fb
	}
	sm := c.sm
	fn.compile = func() {
		fn.compile = nil
		c2 := newCompiler(c.prog, c.pkg, sm)
		c2.fb = fb
		fb.parent = parent
		var pro []func(*frame)
		// Move parameters into their variable's storage when it differs.
		for i, obj := range paramObjs {
			p := fn.params[i]
			if obj == nil || obj.Name() == "_" {
				continue
			}
			rt := c2.rt(obj.Type())
			if !fb.cells[obj] && !rt.needsClone() && (p.cls == classOf(rt.T).slot()) {
				fb.vars[obj] = &varLoc{kind: vSlot, cls: p.cls, idx: p.idx, rt: rt}
				continue
			}
			if rt.needsClone() && p.cls == clsAny {
				// the caller passes its own copy (or a read-only receiver)
				fb.vars[obj] = &varLoc{kind: vObj, cls: clsAny, idx: p.idx, rt: rt}
				continue
			}
			loc := c2.declareVar(obj)
			pro = append(pro, c2.moveParam(p, loc))
		}
		for i, obj := range resultObjs {
			r := fn.results[i]
			if obj == nil {
				fb.results = append(fb.results, &varLoc{kind: vSlot, cls: r.cls, idx: r.idx, rt: r.t})
				if r.cls == clsAny {
					z := r.t.zeroFn
					idx := r.idx
					pro = append(pro, func(fr *frame) { fr.A[idx] = z() })
				}
				continue
			}
			var loc *varLoc
			if obj.Name() == "_" {
				loc = &varLoc{kind: vSlot, cls: r.cls, idx: r.idx, rt: r.t}
			} else {
				loc = c2.declareVar(obj)
			}
			fb.results = append(fb.results, loc)
			pro = append(pro, c2.zeroVar(loc))
		}
		b := c2.block(body.List)
		fn.hasDefer = fb.hasDefer
		// Copy named results back into the result slots at return.
		var epi []func(*frame)
		for i, loc := range fb.results {
			r := fn.results[i]
			if loc.kind == vSlot && loc.idx == r.idx && loc.cls == r.cls {
				continue
			}
			epi = append(epi, c2.moveResult(loc, r))
		}
		if len(pro) > 0 {
			fn.prologue = func(fr *frame) {
				for _, p := range pro {
					p(fr)
				}
			}
		}
		if len(epi) > 0 {
			inner := b
			if fn.hasDefer {
				// Deferred calls may change named results after the body: copy
				// them back once the deferred calls have run.
				fn.body = inner
				fn.epilogue = func(fr *frame) {
					for _, e := range epi {
						e(fr)
					}
				}
			} else {
				b = func(fr *frame) ctl {
					inner(fr)
					for _, e := range epi {
						e(fr)
					}
					return ctlNext
				}
			}
		}
		if fn.body == nil {
			fn.body = b
		}
	}
	return fn, fb
}

// moveParam copies an argument from its parameter slot into the variable.
func (c *compiler) moveParam(p slotRef, loc *varLoc) func(*frame) {
	if loc.kind == vSlot && p.cls == loc.cls && p.idx == loc.idx {
		return func(*frame) {}
	}
	pidx := p.idx
	switch loc.kind {
	case vSlot:
		if p.cls != clsAny {
			c.fail(nil, "parameter slot mismatch")
		}
		// A method receiver arrives in A as a host value.
		switch loc.cls {
		case clsInt:
			return func(fr *frame) { fr.I[loc.idx] = toInt(fr.A[pidx]) }
		case clsFloat:
			return func(fr *frame) { fr.F[loc.idx] = toFloat(fr.A[pidx]) }
		case clsString:
			return func(fr *frame) { fr.S[loc.idx] = fr.A[pidx].(string) }
		}
		return func(fr *frame) { fr.A[loc.idx] = fr.A[pidx] }
	case vObj:
		return func(fr *frame) { fr.A[loc.idx] = fr.load(p) }
	case vCell:
		return func(fr *frame) { fr.A[loc.idx] = newCell(fr.load(p)) }
	}
	c.fail(nil, "bad parameter storage")
	return nil
}

func (c *compiler) moveResult(loc *varLoc, r slotRef) func(*frame) {
	get := c.loadVar(loc).anyFn()
	return func(fr *frame) { fr.store(r, get(fr)) }
}

// zeroVar initialises a variable to its zero value (a fresh object or cell).
func (c *compiler) zeroVar(loc *varLoc) func(*frame) {
	z := loc.rt.zeroFn
	idx := loc.idx
	switch loc.kind {
	case vSlot:
		switch loc.cls {
		case clsInt:
			return func(fr *frame) { fr.I[idx] = 0 }
		case clsFloat:
			return func(fr *frame) { fr.F[idx] = 0 }
		case clsString:
			return func(fr *frame) { fr.S[idx] = "" }
		}
		return func(fr *frame) { fr.A[idx] = z() }
	case vObj:
		size := loc.rt.bytes()
		return func(fr *frame) { fr.th.allocBytes(size); fr.A[idx] = z() }
	case vCell:
		return func(fr *frame) { fr.A[idx] = newCell(z()) }
	}
	c.fail(nil, "bad variable storage")
	return nil
}

// globalInit compiles one package-level initialiser.
func (c *compiler) globalInit(init *types.Initializer) func(*frame) {
	if len(init.Lhs) == 1 {
		v := init.Lhs[0]
		e := c.convert(c.expr(init.Rhs), v.Type())
		if v.Name() == "_" {
			f := e.anyFn()
			return func(fr *frame) { f(fr) }
		}
		cell := c.prog.globalCell(v)
		f := e.anyFn()
		if c.rt(v.Type()).needsClone() {
			rt := c.rt(v.Type())
			return func(fr *frame) { assignInto(rt, *cell, f(fr)) }
		}
		return func(fr *frame) { *cell = f(fr) }
	}
	tup := c.tuple(init.Rhs)
	var cells []*any
	for _, v := range init.Lhs {
		if v.Name() == "_" {
			cells = append(cells, new(any))
		} else {
			cells = append(cells, c.prog.globalCell(v))
		}
	}
	return func(fr *frame) {
		vals := tup(fr)
		for i, cl := range cells {
			*cl = vals[i]
		}
	}
}

func isPointerOrIface(t types.Type) bool {
	if _, isTP := t.(*types.TypeParam); isTP {
		return false // the instance may need &x
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return true
	}
	return false
}
