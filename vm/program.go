package vm

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Program is a checked and compiled set of packages: a main package (or a
// contract) and everything it imports. Its globals are its state.
type Program struct {
	fset     *token.FileSet
	cfg      Config
	tt       typeTable
	basic    [kString + 1]*rtype
	pkgs     map[string]*pkgInfo
	order    []*pkgInfo
	main     *pkgInfo
	funcs    map[string]*Func
	globals  map[*types.Var]*any
	inits    []func(th *Thread) // package initialisation, in order
	initPkgs []*pkgInfo         // the package of each init
	rtErr    *rtype
	rtNilErr *rtype
	errorT   *rtype
	anyT     *rtype
	// lits finds the function literals of deployed packages by position,
	// to rebuild persisted closures.
	lits map[string]*Func
	// realms holds the realms of packages outside the program that own
	// objects it loaded.
	realms map[string]*realm
}

// compileError is raised (as a host panic) by the compiler for a construct
// it does not support; Load reports it as a positioned diagnostic.
type compileError struct {
	pos token.Pos
	msg string
}

func newProgram(fset *token.FileSet, cfg Config) *Program {
	p := &Program{fset: fset, cfg: cfg, funcs: map[string]*Func{}, globals: map[*types.Var]*any{}, pkgs: map[string]*pkgInfo{}, lits: map[string]*Func{}}
	p.tt = typeTable{prog: p, byPtr: map[types.Type]*rtype{}, buckets: map[string][]*rtype{}}
	for bk, k := range basicKinds {
		if types.Typ[bk].Info()&types.IsUntyped == 0 && k != kInterface {
			p.basic[k] = p.rtypeOf(types.Typ[bk])
		}
	}
	p.basic[kUint8] = p.rtypeOf(types.Typ[types.Uint8])
	p.basic[kInt32] = p.rtypeOf(types.Typ[types.Int32])
	p.errorT = p.rtypeOf(types.Universe.Lookup("error").Type())
	p.anyT = p.rtypeOf(types.Universe.Lookup("any").Type())
	rtPkg := types.NewPackage("runtime", "runtime")
	obj := types.NewTypeName(token.NoPos, rtPkg, "Error", nil)
	named := types.NewNamed(obj, types.NewStruct(nil, nil), nil)
	recv := types.NewVar(token.NoPos, rtPkg, "e", named)
	strRes := types.NewTuple(types.NewVar(token.NoPos, rtPkg, "", types.Typ[types.String]))
	named.AddMethod(types.NewFunc(token.NoPos, rtPkg, "Error", types.NewSignatureType(recv, nil, nil, nil, strRes, false)))
	named.AddMethod(types.NewFunc(token.NoPos, rtPkg, "RuntimeError", types.NewSignatureType(recv, nil, nil, nil, nil, false)))
	p.rtErr = p.rtypeOf(named)
	// *runtime.PanicNilError, the value of panic(nil)
	pnObj := types.NewTypeName(token.NoPos, rtPkg, "PanicNilError", nil)
	pnNamed := types.NewNamed(pnObj, types.NewStruct(nil, nil), nil)
	pnRecv := types.NewVar(token.NoPos, rtPkg, "e", types.NewPointer(pnNamed))
	pnNamed.AddMethod(types.NewFunc(token.NoPos, rtPkg, "Error", types.NewSignatureType(pnRecv, nil, nil, nil, strRes, false)))
	pnNamed.AddMethod(types.NewFunc(token.NoPos, rtPkg, "RuntimeError", types.NewSignatureType(pnRecv, nil, nil, nil, nil, false)))
	p.rtNilErr = p.rtypeOf(types.NewPointer(pnNamed))
	p.rtNilErr.methods = map[string]*Closure{
		"Error":        nativeClosure("runtime.(*PanicNilError).Error", func(th *Thread, a []any) []any { return []any{panicNilMsg} }, 1, []*rtype{p.basic[kString]}),
		"RuntimeError": nativeClosure("runtime.(*PanicNilError).RuntimeError", func(th *Thread, a []any) []any { return nil }, 1, nil),
	}
	p.rtErr.methods = map[string]*Closure{
		"Error":        nativeClosure("runtime.Error.Error", func(th *Thread, a []any) []any { return []any{a[0].(*RuntimeErr).Msg} }, 1, []*rtype{p.basic[kString]}),
		"RuntimeError": nativeClosure("runtime.Error.RuntimeError", func(th *Thread, a []any) []any { return nil }, 1, nil),
	}
	return p
}

func (p *Program) rtypeOf(t types.Type) *rtype { return p.tt.rtypeOf(t) }

// nativeClosure wraps a host function as a method-like closure whose first
// parameter is a host value in A.
func nativeClosure(name string, f func(*Thread, []any) []any, nparams int, results []*rtype) *Closure {
	fn := &Func{name: name, native: f, isMethod: true}
	for i := range nparams {
		fn.params = append(fn.params, slotRef{cls: clsAny, idx: i})
	}
	fn.nA = nparams
	for _, r := range results {
		cls := classOf(r.T).slot()
		ref := slotRef{cls: cls, t: r}
		switch cls {
		case clsInt:
			ref.idx = fn.nI
			fn.nI++
		case clsFloat:
			ref.idx = fn.nF
			fn.nF++
		case clsString:
			ref.idx = fn.nS
			fn.nS++
		default:
			ref.idx = fn.nA
			fn.nA++
		}
		fn.results = append(fn.results, ref)
	}
	return &Closure{fn: fn}
}

// Load checks and compiles a package and its imports. files are the
// package's source; resolve finds deployed packages (may be nil).
func Load(cfg Config, path string, files []File, resolve Resolver) (prog *Program, err error) {
	cfg = cfg.withDefaults()
	fset := token.NewFileSet()
	l := newLoader(cfg, fset, resolve)
	l.visiting[path] = true
	pi, err := l.check(path, files, false)
	if err != nil {
		return nil, err
	}
	prog = newProgram(fset, cfg)
	for _, q := range l.order {
		prog.pkgs[q.path] = q
	}
	prog.order = l.order
	prog.main = pi
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				ce = compileError{msg: fmt.Sprintf("internal compiler error: %v", r)}
			}
			prog = nil
			err = &CheckError{Diags: []Diagnostic{{Pos: fset.Position(ce.pos), Msg: ce.msg}}}
		}
	}()
	for _, q := range l.order {
		prog.compilePackage(q)
	}
	return prog, nil
}

// compilePackage declares a package's functions and globals and records its
// initialisation. Bodies of standard packages compile on first call.
func (p *Program) compilePackage(pi *pkgInfo) {
	for _, init := range pi.info.InitOrder {
		for _, v := range init.Lhs {
			p.globalCell(v)
		}
	}
	scope := pi.types.Scope()
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok {
			p.globalCell(v)
		}
	}
	// Blank and all package-level vars declared in files.
	var initFns []*Func
	for _, f := range pi.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj := pi.info.Defs[fd.Name].(*types.Func)
			if fd.Name.Name == "init" && fd.Recv == nil {
				fn := p.funcFor(pi, obj, fd, nil)
				initFns = append(initFns, fn)
				continue
			}
			sig := obj.Type().(*types.Signature)
			if sig.TypeParams().Len() > 0 || (sig.Recv() != nil && sig.RecvTypeParams().Len() > 0) {
				continue // instantiated on use
			}
			fn := p.funcFor(pi, obj, fd, nil)
			if !pi.std && fn.body == nil && fn.compile != nil {
				fn.compile()
			}
		}
	}
	// Initialisers in dependency order, as go/types computed them.
	c := newCompiler(p, pi, nil)
	fb := c.beginFunc("init.vars", nil)
	var stmts []func(*frame)
	for _, init := range pi.info.InitOrder {
		stmts = append(stmts, c.globalInit(init))
	}
	fn := c.endFunc(fb)
	fn.body = func(fr *frame) ctl {
		for _, s := range stmts {
			s(fr)
		}
		return ctlNext
	}
	varInit := fn
	p.initPkgs = append(p.initPkgs, pi)
	p.inits = append(p.inits, func(th *Thread) {
		fr := th.push(varInit)
		th.run(fr)
		th.pop(fr)
		for _, f := range initFns {
			fr := th.push(f)
			th.run(fr)
			th.pop(fr)
		}
	})
}

// globalCell returns the storage of a package-level variable.
func (p *Program) globalCell(v *types.Var) *any {
	if c, ok := p.globals[v]; ok {
		return c
	}
	rt := p.rtypeOf(v.Type())
	if n := rt.bytes(); n < 0 || n > p.cfg.MaxAlloc {
		panic(compileError{v.Pos(), fmt.Sprintf("variable %s of type %s is larger than the allocation limit (%d bytes)", v.Name(), rt.name, p.cfg.MaxAlloc)})
	}
	c := newCell(rt.zero())
	p.globals[v] = c
	return c
}

// funcKey names a function or an instance of a generic function.
func funcKey(obj *types.Func, targs []types.Type) string {
	k := fmt.Sprintf("%p", obj)
	if len(targs) > 0 {
		var b strings.Builder
		for _, t := range targs {
			b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Path() }))
			b.WriteByte(';')
		}
		k += "[" + b.String() + "]"
	}
	return k
}

// declOf finds the declaration of a function object in its package.
func (p *Program) declOf(obj *types.Func) (*pkgInfo, *ast.FuncDecl) {
	if obj.Pkg() == nil {
		return nil, nil
	}
	pi := p.pkgs[obj.Pkg().Path()]
	if pi == nil {
		return nil, nil
	}
	for _, f := range pi.files {
		if f.Pos() <= obj.Pos() && obj.Pos() < f.End() {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Pos() == obj.Pos() {
					return pi, fd
				}
			}
		}
	}
	return pi, nil
}

// funcByObj returns the compiled function for obj (an instance when targs
// are given), compiling its body lazily.
func (p *Program) funcByObj(obj *types.Func, targs []types.Type) *Func {
	obj = obj.Origin()
	key := funcKey(obj, targs)
	if fn, ok := p.funcs[key]; ok {
		return fn
	}
	pi, fd := p.declOf(obj)
	if fd == nil {
		panic(compileError{obj.Pos(), "no declaration for " + obj.FullName()})
	}
	return p.funcFor(pi, obj, fd, targs)
}

func (p *Program) funcFor(pi *pkgInfo, obj *types.Func, fd *ast.FuncDecl, targs []types.Type) *Func {
	key := funcKey(obj, targs)
	if fn, ok := p.funcs[key]; ok {
		return fn
	}
	var sm *substMap
	sig := obj.Type().(*types.Signature)
	if len(targs) > 0 {
		tps := sig.TypeParams()
		if sig.Recv() != nil && sig.RecvTypeParams().Len() > 0 {
			tps = sig.RecvTypeParams()
		}
		sm = newSubst(tps, targs)
	}
	name := obj.Name()
	if r := sig.Recv(); r != nil {
		rt := r.Type()
		if pt, ok := rt.(*types.Pointer); ok {
			name = "(*" + namedName(pt.Elem()) + ")." + name
		} else {
			name = namedName(rt) + "." + name
		}
	}
	name = pi.types.Name() + "." + name
	c := newCompiler(p, pi, sm)
	fn, _ := c.declareFunc(name, fd.Type, fd.Recv, fd.Body, fd.Pos(), c.subst(sig).(*types.Signature))
	fn.recvReadOnly = fd.Recv != nil && fd.Body != nil && recvReadOnly(pi.info, fd)
	if len(targs) == 0 && sig.Recv() == nil {
		fn.decl = obj
	}
	p.funcs[key] = fn
	if fd.Body == nil {
		nat := natives[pi.path+"."+strings.TrimPrefix(strings.TrimPrefix(name, pi.types.Name()+"."), "(*")]
		if nat == nil {
			nat = natives[pi.path+"."+strings.ReplaceAll(strings.TrimPrefix(strings.TrimPrefix(name, pi.types.Name()+"."), "(*"), ")", "")]
		}
		if nat == nil {
			panic(compileError{fd.Pos(), "missing native implementation for " + pi.path + "." + fd.Name.Name})
		}
		fn.native = nat
		fn.compile = nil
		return fn
	}
	return fn
}

func namedName(t types.Type) string {
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name()
	}
	return t.String()
}

// method returns the method named name in the method set of t, for
// interface dispatch, or nil.
func (t *rtype) method(name string) *Closure {
	if t.methods == nil {
		t.methods = map[string]*Closure{}
	}
	if m, ok := t.methods[name]; ok {
		return m
	}
	ms := types.NewMethodSet(t.T)
	var sel *types.Selection
	for i := range ms.Len() {
		if ms.At(i).Obj().Name() == name {
			sel = ms.At(i)
		}
	}
	if sel == nil {
		t.methods[name] = nil
		return nil
	}
	m := t.prog.methodWrapper(t, sel)
	t.methods[name] = m
	return m
}

// recvReadOnly reports whether a method only reads fields of its receiver:
// the receiver never appears on the left of an assignment, under &, in a
// call with a pointer receiver, or on its own (passed, returned, stored).
func recvReadOnly(info *types.Info, fd *ast.FuncDecl) bool {
	if len(fd.Recv.List) == 0 || len(fd.Recv.List[0].Names) == 0 {
		return true
	}
	recv := info.Defs[fd.Recv.List[0].Names[0]]
	if recv == nil {
		return true
	}
	if _, isPtr := recv.Type().(*types.Pointer); isPtr {
		return false
	}
	root := func(x ast.Expr) bool {
		for {
			switch y := x.(type) {
			case *ast.Ident:
				return info.Uses[y] == recv
			case *ast.SelectorExpr:
				x = y.X
			case *ast.IndexExpr:
				x = y.X
			case *ast.ParenExpr:
				x = y.X
			case *ast.StarExpr:
				return false
			default:
				return false
			}
		}
	}
	ok := true
	reads := map[*ast.Ident]bool{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if root(l) {
					ok = false
				}
			}
		case *ast.IncDecStmt:
			if root(n.X) {
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && root(n.X) {
				ok = false
			}
		case *ast.RangeStmt:
			if n.Key != nil && root(n.Key) || n.Value != nil && root(n.Value) {
				ok = false
			}
		case *ast.SliceExpr:
			if root(n.X) {
				ok = false
			}
		case *ast.SelectorExpr:
			if sel := info.Selections[n]; sel != nil {
				if sel.Kind() == types.FieldVal {
					if id, isID := n.X.(*ast.Ident); isID && info.Uses[id] == recv {
						if _, isArr := sel.Type().Underlying().(*types.Array); !isArr {
							if _, isStruct := sel.Type().Underlying().(*types.Struct); !isStruct {
								reads[id] = true
							}
						}
					}
				} else if root(n.X) {
					if _, isPtr := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); isPtr {
						ok = false
					}
				}
			}
		}
		return ok
	})
	if !ok {
		return false
	}
	// every other use of the receiver is a bare use: unsafe
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID && info.Uses[id] == recv && !reads[id] {
			ok = false
		}
		return ok
	})
	return ok
}
