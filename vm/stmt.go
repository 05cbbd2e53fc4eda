package vm

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

type stmtFn = func(*frame) ctl

// cstmt is a compiled statement with its position and static gas cost.
type cstmt struct {
	run   stmtFn
	pos   token.Pos
	cost  int64
	label string // label declared on this statement, for goto
}

// stmtCost is the gas charged each time a statement starts: one unit per
// syntax node in it, not counting nested blocks and function literals.
func stmtCost(s ast.Stmt) int64 {
	n := int64(0)
	ast.Inspect(s, func(x ast.Node) bool {
		switch x.(type) {
		case *ast.BlockStmt, *ast.FuncLit, *ast.CaseClause:
			return x == ast.Node(s)
		case nil:
			return false
		}
		n++
		return true
	})
	return max(n/2, 1)
}

func (c *compiler) block(list []ast.Stmt) stmtFn {
	var stmts []cstmt
	hasLabel := false
	for _, s := range list {
		label := ""
		inner := s
		for {
			ls, ok := inner.(*ast.LabeledStmt)
			if !ok {
				break
			}
			label = ls.Label.Name
			hasLabel = true
			inner = ls.Stmt
		}
		if _, ok := inner.(*ast.EmptyStmt); ok && label == "" {
			continue
		}
		run := c.stmtLabeled(inner, label)
		stmts = append(stmts, cstmt{run: run, pos: s.Pos(), cost: stmtCost(inner), label: label})
	}
	if hasLabel {
		return func(fr *frame) ctl {
			th := fr.th
			for i := 0; i < len(stmts); i++ {
				s := &stmts[i]
				fr.pos = s.pos
				th.gas -= s.cost
				if th.gas < 0 {
					th.outOfGas()
				}
				if r := s.run(fr); r != ctlNext {
					if r == ctlGoto {
						found := false
						for j := range stmts {
							if stmts[j].label == fr.label {
								i, found = j-1, true
								break
							}
						}
						if found {
							fr.label = ""
							continue
						}
					}
					return r
				}
			}
			return ctlNext
		}
	}
	switch len(stmts) {
	case 0:
		return func(*frame) ctl { return ctlNext }
	case 1:
		s := stmts[0]
		return func(fr *frame) ctl {
			fr.pos = s.pos
			th := fr.th
			th.gas -= s.cost
			if th.gas < 0 {
				th.outOfGas()
			}
			return s.run(fr)
		}
	}
	return func(fr *frame) ctl {
		th := fr.th
		for i := range stmts {
			s := &stmts[i]
			fr.pos = s.pos
			th.gas -= s.cost
			if th.gas < 0 {
				th.outOfGas()
			}
			if r := s.run(fr); r != ctlNext {
				return r
			}
		}
		return ctlNext
	}
}

func (c *compiler) stmtLabeled(s ast.Stmt, label string) stmtFn {
	switch s := s.(type) {
	case *ast.ForStmt:
		return c.forStmt(s, label)
	case *ast.RangeStmt:
		return c.rangeStmt(s, label)
	case *ast.SwitchStmt:
		return c.switchStmt(s, label)
	case *ast.TypeSwitchStmt:
		return c.typeSwitch(s, label)
	}
	return c.stmt(s)
}

func (c *compiler) stmt(s ast.Stmt) stmtFn {
	switch s := s.(type) {
	case *ast.ExprStmt:
		e := c.expr(s.X)
		if e.tuple != nil {
			f := e.tuple
			return func(fr *frame) ctl { f(fr); return ctlNext }
		}
		switch e.cls {
		case clsInt:
			f := e.i
			return func(fr *frame) ctl { f(fr); return ctlNext }
		case clsFloat:
			f := e.f
			return func(fr *frame) ctl { f(fr); return ctlNext }
		case clsString:
			f := e.s
			return func(fr *frame) ctl { f(fr); return ctlNext }
		case clsBool:
			f := e.b
			return func(fr *frame) ctl { f(fr); return ctlNext }
		}
		f := e.anyFn()
		return func(fr *frame) ctl { f(fr); return ctlNext }
	case *ast.AssignStmt:
		return c.assignStmt(s)
	case *ast.IncDecStmt:
		op := token.ADD
		if s.Tok == token.DEC {
			op = token.SUB
		}
		t := c.typeOf(s.X)
		one := c.constExpr(t, constant.MakeInt64(1))
		return c.opAssign(s.X, op, one)
	case *ast.DeclStmt:
		return c.declStmt(s)
	case *ast.BlockStmt:
		return c.block(s.List)
	case *ast.IfStmt:
		return c.ifStmt(s)
	case *ast.ForStmt:
		return c.forStmt(s, "")
	case *ast.RangeStmt:
		return c.rangeStmt(s, "")
	case *ast.SwitchStmt:
		return c.switchStmt(s, "")
	case *ast.TypeSwitchStmt:
		return c.typeSwitch(s, "")
	case *ast.ReturnStmt:
		return c.returnStmt(s)
	case *ast.BranchStmt:
		label := ""
		if s.Label != nil {
			label = s.Label.Name
		}
		var r ctl
		switch s.Tok {
		case token.BREAK:
			r = ctlBreak
		case token.CONTINUE:
			r = ctlContinue
		case token.GOTO:
			r = ctlGoto
		case token.FALLTHROUGH:
			return func(*frame) ctl { return ctlFallthrough }
		}
		return func(fr *frame) ctl { fr.label = label; return r }
	case *ast.DeferStmt:
		return c.deferStmt(s)
	case *ast.LabeledStmt:
		return c.block([]ast.Stmt{s})
	case *ast.EmptyStmt:
		return func(*frame) ctl { return ctlNext }
	case *ast.GoStmt, *ast.SelectStmt, *ast.SendStmt:
		c.fail(s, "goroutines and channels are not supported in contracts")
	}
	c.fail(s, "unsupported statement")
	return nil
}

// cond compiles a boolean condition.
func (c *compiler) cond(x ast.Expr) func(*frame) bool { return c.expr(x).boolFn() }

func (c *compiler) ifStmt(s *ast.IfStmt) stmtFn {
	var init stmtFn
	if s.Init != nil {
		init = c.stmt(s.Init)
	}
	cond := c.cond(s.Cond)
	then := c.block(s.Body.List)
	var els stmtFn
	if s.Else != nil {
		els = c.stmt(s.Else)
	}
	if init == nil && els == nil {
		return func(fr *frame) ctl {
			if cond(fr) {
				return then(fr)
			}
			return ctlNext
		}
	}
	return func(fr *frame) ctl {
		if init != nil {
			init(fr)
		}
		if cond(fr) {
			return then(fr)
		}
		if els != nil {
			return els(fr)
		}
		return ctlNext
	}
}

// loopCtl decides what a loop does with its body's result: 0 continue
// looping, 1 leave the loop normally, 2 propagate r.
func loopCtl(fr *frame, r ctl, label string) int {
	switch r {
	case ctlNext:
		return 0
	case ctlBreak:
		if fr.label == "" || fr.label == label {
			fr.label = ""
			return 1
		}
	case ctlContinue:
		if fr.label == "" || fr.label == label {
			fr.label = ""
			return 0
		}
	}
	return 2
}

func (c *compiler) forStmt(s *ast.ForStmt, label string) stmtFn {
	var init, post stmtFn
	if s.Init != nil {
		init = c.stmt(s.Init)
	}
	cond := func(*frame) bool { return true }
	if s.Cond != nil {
		cond = c.cond(s.Cond)
	}
	// Go 1.22: each iteration has its own copy of variables declared in init.
	var renew []func(*frame)
	if as, ok := s.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				if obj := c.info.Defs[id]; obj != nil {
					loc := c.fb.vars[obj]
					if loc != nil && loc.kind == vCell {
						idx := loc.idx
						renew = append(renew, func(fr *frame) { fr.A[idx] = newCell(*fr.A[idx].(*any)) })
					}
				}
			}
		}
	}
	if s.Post != nil {
		post = c.stmt(s.Post)
	}
	body := c.block(s.Body.List)
	return func(fr *frame) ctl {
		if init != nil {
			init(fr)
		}
		th := fr.th
		for cond(fr) {
			th.gas--
			if th.gas < 0 {
				th.outOfGas()
			}
			r := body(fr)
			if r != ctlNext {
				switch loopCtl(fr, r, label) {
				case 1:
					return ctlNext
				case 2:
					return r
				}
			}
			for _, f := range renew {
				f(fr)
			}
			if post != nil {
				post(fr)
			}
		}
		return ctlNext
	}
}

func (c *compiler) returnStmt(s *ast.ReturnStmt) stmtFn {
	fb := c.fb
	fn := fb.fn
	if len(s.Results) == 0 {
		return func(*frame) ctl { return ctlReturn }
	}
	if len(s.Results) == 1 && len(fn.results) > 1 {
		tup := c.tuple(s.Results[0])
		var sets []func(*frame, any)
		for i := range fn.results {
			sets = append(sets, c.storeVar(fb.results[i]))
		}
		return func(fr *frame) ctl {
			vals := tup(fr)
			for i, st := range sets {
				st(fr, vals[i])
			}
			return ctlReturn
		}
	}
	if len(s.Results) == 1 {
		loc := fb.results[0]
		e := c.convert(c.expr(s.Results[0]), loc.rt.T)
		if loc.kind == vSlot {
			idx := loc.idx
			switch loc.cls {
			case clsInt:
				f := e.intFn()
				return func(fr *frame) ctl { fr.I[idx] = f(fr); return ctlReturn }
			case clsFloat:
				f := e.floatFn()
				return func(fr *frame) ctl { fr.F[idx] = f(fr); return ctlReturn }
			case clsString:
				f := e.strFn()
				return func(fr *frame) ctl { fr.S[idx] = f(fr); return ctlReturn }
			}
		}
		st := c.assignVar(loc, e)
		return func(fr *frame) ctl { st(fr); return ctlReturn }
	}
	// Evaluate all results before assigning any (they may read named results).
	var vals []func(*frame) any
	var sets []func(*frame, any)
	for i, r := range s.Results {
		loc := fb.results[i]
		vals = append(vals, c.convert(c.expr(r), loc.rt.T).anyFn())
		sets = append(sets, c.storeVar(loc))
	}
	return func(fr *frame) ctl {
		var buf [8]any
		tmp := buf[:0]
		for _, v := range vals {
			tmp = append(tmp, v(fr))
		}
		for i, st := range sets {
			st(fr, tmp[i])
		}
		return ctlReturn
	}
}

func (c *compiler) declStmt(s *ast.DeclStmt) stmtFn {
	gd := s.Decl.(*ast.GenDecl)
	if gd.Tok != token.VAR {
		return func(*frame) ctl { return ctlNext }
	}
	var fs []stmtFn
	for _, sp := range gd.Specs {
		vs := sp.(*ast.ValueSpec)
		if len(vs.Values) == 0 {
			for _, n := range vs.Names {
				obj := c.info.Defs[n]
				if obj == nil || n.Name == "_" {
					continue
				}
				z := c.zeroVar(c.declareVar(obj))
				fs = append(fs, func(fr *frame) ctl { z(fr); return ctlNext })
			}
			continue
		}
		lhs := make([]ast.Expr, len(vs.Names))
		for i, n := range vs.Names {
			lhs[i] = n
		}
		fs = append(fs, c.assignList(lhs, vs.Values, true))
	}
	if len(fs) == 1 {
		return fs[0]
	}
	return func(fr *frame) ctl {
		for _, f := range fs {
			f(fr)
		}
		return ctlNext
	}
}

func (c *compiler) assignStmt(s *ast.AssignStmt) stmtFn {
	switch s.Tok {
	case token.ASSIGN:
		return c.assignList(s.Lhs, s.Rhs, false)
	case token.DEFINE:
		return c.assignList(s.Lhs, s.Rhs, true)
	}
	op := map[token.Token]token.Token{
		token.ADD_ASSIGN: token.ADD, token.SUB_ASSIGN: token.SUB, token.MUL_ASSIGN: token.MUL,
		token.QUO_ASSIGN: token.QUO, token.REM_ASSIGN: token.REM, token.AND_ASSIGN: token.AND,
		token.OR_ASSIGN: token.OR, token.XOR_ASSIGN: token.XOR, token.SHL_ASSIGN: token.SHL,
		token.SHR_ASSIGN: token.SHR, token.AND_NOT_ASSIGN: token.AND_NOT,
	}[s.Tok]
	return c.opAssign(s.Lhs[0], op, c.expr(s.Rhs[0]))
}

// isPure reports whether evaluating x twice is the same as once.
func (c *compiler) isPure(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return c.isPure(x.X)
	case *ast.SelectorExpr:
		return c.isPure(x.X)
	case *ast.StarExpr:
		return c.isPure(x.X)
	case *ast.IndexExpr:
		return c.isPure(x.X) && c.isPure(x.Index)
	case *ast.BinaryExpr:
		return c.isPure(x.X) && c.isPure(x.Y)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && c.isPure(x.X)
	}
	return false
}

func (c *compiler) opAssign(lhs ast.Expr, op token.Token, rhs *expr) stmtFn {
	t := c.typeOf(lhs)
	compute := func(cur *expr) *expr {
		if op == token.SHL || op == token.SHR {
			return c.shiftOp(op, t, cur, rhs)
		}
		return c.arith(lhs, op, t, cur, c.convert(rhs, t))
	}
	if c.isPure(lhs) {
		cur := c.expr(lhs)
		if f := c.fusedOpAssign(op, cur, rhs); f != nil {
			return f
		}
		return c.assign1(lhs, compute(cur))
	}
	// Evaluate the location once.
	p := c.locate(lhs)
	slot := c.anySlot()
	cur := c.fromAny(t, func(fr *frame) any { return fr.A[slot].(Pointer).Load() })
	nv := compute(cur).anyFn()
	return func(fr *frame) ctl {
		fr.A[slot] = p(fr)
		v := nv(fr)
		fr.A[slot].(Pointer).Store(v)
		fr.A[slot] = nil
		return ctlNext
	}
}

// mapEntry is a pointer-like handle on a map entry, for m[k] op= v.
type mapEntry struct {
	m    *Map
	k    any
	zero func() any
}

func (e *mapEntry) Load() any {
	if v, ok := e.m.get(e.k); ok {
		return v
	}
	return e.zero()
}
func (e *mapEntry) Store(v any) { e.m.set(e.k, v) }

// locate evaluates the location of an lvalue as a Pointer.
func (c *compiler) locate(x ast.Expr) func(*frame) Pointer {
	x = ast.Unparen(x)
	if ix, ok := x.(*ast.IndexExpr); ok {
		if mt, ok := c.typeOf(ix.X).Underlying().(*types.Map); ok {
			m := c.expr(ix.X).anyFn()
			k := c.convert(c.expr(ix.Index), mt.Key()).anyFn()
			z := c.rt(mt.Elem()).zeroFn
			return func(fr *frame) Pointer {
				mp, _ := m(fr).(*Map)
				return &mapEntry{mp, k(fr), z}
			}
		}
	}
	a := c.addrOf(x, types.NewPointer(c.typeOf(x))).anyFn()
	return func(fr *frame) Pointer { return a(fr).(Pointer) }
}

// assignList compiles lhs... = rhs... (define: := or var).
func (c *compiler) assignList(lhs, rhs []ast.Expr, define bool) stmtFn {
	// Variables a := declares get fresh storage each time it runs (cells
	// and objects captured by closures in a loop must not be shared).
	fresh := map[ast.Expr]*varLoc{}
	if define {
		for _, l := range lhs {
			id := l.(*ast.Ident)
			if obj := c.info.Defs[id]; obj != nil && id.Name != "_" {
				loc := c.declareVar(obj)
				if loc.kind == vCell || loc.kind == vObj {
					fresh[l] = loc
				}
			}
		}
	}
	storeOf := func(l ast.Expr) func(*frame, any) {
		if loc, ok := fresh[l]; ok {
			idx, rt := loc.idx, loc.rt
			if loc.kind == vCell {
				return func(fr *frame, v any) { fr.A[idx] = newCell(v) }
			}
			return func(fr *frame, v any) { fr.A[idx] = cloneValue(rt, v) }
		}
		return c.store(l)
	}
	if len(lhs) == len(rhs) && len(lhs) == 1 {
		e := c.expr(rhs[0])
		if !isBlank(lhs[0]) {
			e = c.convert(e, c.typeOf(lhs[0]))
		}
		if _, ok := fresh[lhs[0]]; ok {
			st, v := storeOf(lhs[0]), e.anyFn()
			return func(fr *frame) ctl { st(fr, v(fr)); return ctlNext }
		}
		return c.assign1(lhs[0], e)
	}
	if len(rhs) == 1 {
		tup := c.tuple(rhs[0])
		tt := c.tupleTypes(rhs[0])
		var sets []func(*frame, any)
		for i, l := range lhs {
			sets = append(sets, c.convertStore(l, tt[i], storeOf(l)))
		}
		return func(fr *frame) ctl {
			vals := tup(fr)
			for i, st := range sets {
				st(fr, vals[i])
			}
			return ctlNext
		}
	}
	var vals []func(*frame) any
	var preps []func(*frame) (any, any)
	var sets []func(*frame, any, any, any)
	for i, l := range lhs {
		e := c.expr(rhs[i])
		if !isBlank(l) {
			e = c.convert(e, c.typeOf(l))
		}
		vals = append(vals, e.anyFn())
		if _, ok := fresh[l]; ok {
			st := storeOf(l)
			preps = append(preps, nil)
			sets = append(sets, func(fr *frame, _, _ any, v any) { st(fr, v) })
			continue
		}
		p, s := c.storeSplit(l)
		preps = append(preps, p)
		sets = append(sets, s)
	}
	n := len(lhs)
	return func(fr *frame) ctl {
		var buf [24]any
		tmp := buf[:0]
		if n > 8 {
			tmp = make([]any, 0, 3*n)
		}
		for _, p := range preps {
			var a, b any
			if p != nil {
				a, b = p(fr)
			}
			tmp = append(tmp, a, b)
		}
		for _, v := range vals {
			tmp = append(tmp, v(fr))
		}
		for i, st := range sets {
			st(fr, tmp[2*i], tmp[2*i+1], tmp[2*n+i])
		}
		return ctlNext
	}
}

func (c *compiler) tupleTypes(x ast.Expr) []types.Type {
	x = ast.Unparen(x)
	switch y := x.(type) {
	case *ast.TypeAssertExpr:
		return []types.Type{c.subst(c.info.Types[y.Type].Type), types.Typ[types.Bool]}
	case *ast.IndexExpr:
		if mt, ok := c.typeOf(y.X).Underlying().(*types.Map); ok {
			return []types.Type{c.subst(mt.Elem()), types.Typ[types.Bool]}
		}
	}
	tt := c.typeOf(x).(*types.Tuple)
	out := make([]types.Type, tt.Len())
	for i := range out {
		out[i] = tt.At(i).Type()
	}
	return out
}

// storeConverted stores a host value of type from into lhs, converting to
// lhs's type (boxing into an interface if needed).
func (c *compiler) storeConverted(lhs ast.Expr, from types.Type) func(*frame, any) {
	return c.convertStore(lhs, from, c.store(lhs))
}

func (c *compiler) convertStore(lhs ast.Expr, from types.Type, st func(*frame, any)) func(*frame, any) {
	if isBlank(lhs) {
		return st
	}
	to := c.rt(c.typeOf(lhs))
	frt := c.rt(from)
	if to.kind == kInterface && frt.kind != kInterface {
		return func(fr *frame, v any) { st(fr, box(frt, v)) }
	}
	return st
}

func isBlank(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == "_"
}

// assign1 compiles a single assignment with typed fast paths.
func (c *compiler) assign1(lhs ast.Expr, e *expr) stmtFn {
	if isBlank(lhs) {
		f := c.discard(e)
		return func(fr *frame) ctl { f(fr); return ctlNext }
	}
	if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
		loc := c.lookupVar(c.objOf(id).(*types.Var))
		f := c.assignVar(loc, e)
		return func(fr *frame) ctl { f(fr); return ctlNext }
	}
	if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
		if _, ok := c.typeOf(ix.X).Underlying().(*types.Slice); ok && e.cls == clsInt && e.rt.kind == kInt {
			s := c.expr(ix.X).anyFn()
			i := c.expr(ix.Index).intFn()
			v := e.intFn()
			return func(fr *frame) ctl {
				sl, _ := s(fr).([]int)
				idx := i(fr)
				if fr.th.sess != nil {
					fr.th.checkSeq(sl)
				}
				sl[idx] = int(v(fr))
				return ctlNext
			}
		}
	}
	prep, set := c.storeSplit(lhs)
	v := e.anyFn()
	if prep == nil {
		return func(fr *frame) ctl { set(fr, nil, nil, v(fr)); return ctlNext }
	}
	return func(fr *frame) ctl {
		a, b := prep(fr)
		set(fr, a, b, v(fr))
		return ctlNext
	}
}

func (c *compiler) discard(e *expr) func(*frame) {
	if e.tuple != nil {
		f := e.tuple
		return func(fr *frame) { f(fr) }
	}
	f := e.anyFn()
	return func(fr *frame) { f(fr) }
}

// assignVar stores e into a variable with typed fast paths.
func (c *compiler) assignVar(loc *varLoc, e *expr) func(*frame) {
	idx := loc.idx
	if loc.kind == vSlot {
		switch loc.cls {
		case clsInt:
			f := e.intFn()
			return func(fr *frame) { fr.I[idx] = f(fr) }
		case clsBool:
			f := e.boolFn()
			return func(fr *frame) {
				if f(fr) {
					fr.I[idx] = 1
				} else {
					fr.I[idx] = 0
				}
			}
		case clsFloat:
			f := e.floatFn()
			return func(fr *frame) { fr.F[idx] = f(fr) }
		case clsString:
			f := e.strFn()
			return func(fr *frame) { fr.S[idx] = f(fr) }
		}
	}
	st := c.storeVar(loc)
	f := e.anyFn()
	return func(fr *frame) { st(fr, f(fr)) }
}

// storeVar stores a host value into a variable.
func (c *compiler) storeVar(loc *varLoc) func(*frame, any) {
	idx := loc.idx
	rt := loc.rt
	switch loc.kind {
	case vSlot:
		switch loc.cls {
		case clsInt, clsBool:
			return func(fr *frame, v any) { fr.I[idx] = toInt(v) }
		case clsFloat:
			return func(fr *frame, v any) { fr.F[idx] = toFloat(v) }
		case clsString:
			return func(fr *frame, v any) { fr.S[idx] = v.(string) }
		}
		return func(fr *frame, v any) { fr.A[idx] = v }
	case vObj:
		return func(fr *frame, v any) {
			if fr.A[idx] == nil {
				fr.A[idx] = cloneValue(rt, v)
				return
			}
			assignInto(rt, fr.A[idx], v)
		}
	case vEnvObj:
		return func(fr *frame, v any) { assignInto(rt, fr.env[idx], v) }
	case vCell:
		return func(fr *frame, v any) {
			if cell, ok := fr.A[idx].(*any); ok {
				*cell = v
			} else {
				fr.A[idx] = newCell(v)
			}
		}
	case vEnv:
		return func(fr *frame, v any) { *fr.env[idx].(*any) = v }
	case vGlobal:
		cell := loc.cell
		if rt.needsClone() {
			return func(fr *frame, v any) { loadGlobal(cell); assignInto(rt, *cell, v) }
		}
		return func(fr *frame, v any) { *cell = v }
	}
	c.fail(nil, "bad variable")
	return nil
}

// store compiles a store of a host value (already converted) into lhs,
// evaluating lhs's operands after the value.
func (c *compiler) store(lhs ast.Expr) func(*frame, any) {
	prep, set := c.storeSplit(lhs)
	if prep == nil {
		return func(fr *frame, v any) { set(fr, nil, nil, v) }
	}
	return func(fr *frame, v any) {
		a, b := prep(fr)
		set(fr, a, b, v)
	}
}

// storeSplit compiles a store in Go's two phases: prep evaluates the
// operands of lhs (container and index, struct, pointer), set stores.
// prep is nil when lhs has no operands to evaluate.
func (c *compiler) storeSplit(lhs ast.Expr) (prep func(*frame) (any, any), set func(fr *frame, a, b, v any)) {
	lhs = ast.Unparen(lhs)
	if isBlank(lhs) {
		return nil, func(*frame, any, any, any) {}
	}
	switch x := lhs.(type) {
	case *ast.Ident:
		obj := c.objOf(x).(*types.Var)
		loc, ok := c.fb.vars[obj]
		if !ok {
			loc = c.lookupVar(obj)
		}
		st := c.storeVar(loc)
		return nil, func(fr *frame, _, _ any, v any) { st(fr, v) }
	case *ast.IndexExpr:
		xt := c.typeOf(x.X).Underlying()
		if mt, ok := xt.(*types.Map); ok {
			m := c.expr(x.X).anyFn()
			k := c.convert(c.expr(x.Index), mt.Key()).anyFn()
			return func(fr *frame) (any, any) { return m(fr), k(fr) }, func(fr *frame, m, k, v any) {
				mp, _ := m.(*Map)
				if mp == nil {
					panic(runtimeErrorPlain("assignment to entry in nil map"))
				}
				fr.th.useGas(4)
				if mp.set(k, v) {
					fr.th.allocBytes(mapEntryBytes)
				}
			}
		}
		st := xt
		if p, ok := st.(*types.Pointer); ok {
			st = p.Elem().Underlying()
		}
		et := c.rt(st).elem
		sq := seqFor(et)
		s := c.seqValue(x.X)
		i := c.expr(x.Index).intFn()
		prep := func(fr *frame) (any, any) {
			sl := s(fr)
			idx := int(i(fr))
			if idx < 0 || idx >= sq.length(sl) {
				sq.get(sl, idx) // Go's own bounds panic
			}
			return sl, idx
		}
		if et.needsClone() {
			return prep, func(fr *frame, sl, idx, v any) { fr.th.checkSeq(sl); assignInto(et, sq.get(sl, idx.(int)), v) }
		}
		return prep, func(fr *frame, sl, idx, v any) { fr.th.checkSeq(sl); sq.set(sl, idx.(int), v) }
	case *ast.SelectorExpr:
		sel := c.info.Selections[x]
		if sel == nil {
			st := c.storeVar(c.lookupVar(c.info.Uses[x.Sel].(*types.Var)))
			return nil, func(fr *frame, _, _ any, v any) { st(fr, v) }
		}
		base, idx := c.fieldBase(x.X, sel)
		ft := c.rt(c.typeOf(x))
		prep := func(fr *frame) (any, any) { return base(fr), nil }
		if ft.needsClone() {
			return prep, func(fr *frame, s, _ any, v any) {
				st := s.(*Struct)
				if st.own != nil {
					fr.th.checkWrite(st.own, "a field of a struct")
				}
				assignInto(ft, st.F[idx], v)
			}
		}
		return prep, func(fr *frame, s, _ any, v any) {
			st := s.(*Struct)
			if st.own != nil {
				fr.th.checkWrite(st.own, "a field of a struct")
			}
			st.F[idx] = v
		}
	case *ast.StarExpr:
		p := c.expr(x.X).anyFn()
		return func(fr *frame) (any, any) {
				ptr, ok := p(fr).(Pointer)
				if !ok || ptr == nil {
					panic(nilDeref())
				}
				return ptr, nil
			}, func(fr *frame, p, _ any, v any) {
				if s, ok := p.(*Struct); ok && s.own != nil {
					fr.th.checkWrite(s.own, "a struct")
				}
				p.(Pointer).Store(v)
			}
	}
	c.fail(lhs, "cannot assign")
	return nil, nil
}

func (c *compiler) switchStmt(s *ast.SwitchStmt, label string) stmtFn {
	var init stmtFn
	if s.Init != nil {
		init = c.stmt(s.Init)
	}
	var tag *expr
	if s.Tag != nil {
		t := c.expr(s.Tag)
		// keep the tag in a temporary
		rt := t.rt
		ref := c.newSlot(rt)
		loc := &varLoc{kind: vSlot, cls: ref.cls, idx: ref.idx, rt: rt}
		if ref.cls == clsAny {
			loc.cls = clsAny
		}
		set := c.assignVar(loc, t)
		init0 := init
		init = func(fr *frame) ctl {
			if init0 != nil {
				init0(fr)
			}
			set(fr)
			return ctlNext
		}
		tag = c.loadVar(loc)
		if tag.cls == clsInt && t.cls == clsBool {
			tag = c.loadVar(&varLoc{kind: vSlot, cls: clsBool, idx: ref.idx, rt: rt})
		}
	}
	type clause struct {
		conds []func(*frame) bool
		body  stmtFn
	}
	var clauses []clause
	def := -1
	for i, cc := range s.Body.List {
		cl := cc.(*ast.CaseClause)
		var conds []func(*frame) bool
		if cl.List == nil {
			def = i
		}
		for _, e := range cl.List {
			if tag == nil {
				conds = append(conds, c.cond(e))
				continue
			}
			conds = append(conds, c.compareExprs(e, token.EQL, types.Typ[types.Bool], tag, c.expr(e)).boolFn())
		}
		clauses = append(clauses, clause{conds, c.block(cl.Body)})
	}
	run := func(fr *frame, i int) ctl {
		for ; i < len(clauses); i++ {
			r := clauses[i].body(fr)
			if r == ctlFallthrough {
				continue
			}
			if r == ctlBreak && (fr.label == "" || fr.label == label) {
				fr.label = ""
				return ctlNext
			}
			return r
		}
		return ctlNext
	}
	return func(fr *frame) ctl {
		if init != nil {
			init(fr)
		}
		for i, cl := range clauses {
			for _, cond := range cl.conds {
				if cond(fr) {
					return run(fr, i)
				}
			}
		}
		if def >= 0 {
			return run(fr, def)
		}
		return ctlNext
	}
}

func (c *compiler) typeSwitch(s *ast.TypeSwitchStmt, label string) stmtFn {
	var init stmtFn
	if s.Init != nil {
		init = c.stmt(s.Init)
	}
	var x ast.Expr
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		x = a.X.(*ast.TypeAssertExpr).X
	case *ast.AssignStmt:
		x = a.Rhs[0].(*ast.TypeAssertExpr).X
	}
	xe := c.expr(x)
	xv := xe.anyFn()
	slot := c.anySlot()
	type clause struct {
		checks []func(any) (any, bool)
		bind   func(*frame, any)
		body   stmtFn
	}
	var clauses []clause
	def := -1
	for i, cc := range s.Body.List {
		cl := cc.(*ast.CaseClause)
		if cl.List == nil {
			def = i
		}
		var checks []func(any) (any, bool)
		var single *rtype
		for _, e := range cl.List {
			tv := c.info.Types[e]
			if tv.IsNil() {
				checks = append(checks, func(v any) (any, bool) { return nil, v == nil })
				continue
			}
			rt := c.rt(tv.Type)
			checks = append(checks, c.assertCheck(rt))
			if len(cl.List) == 1 {
				single = rt
			}
		}
		var bind func(*frame, any)
		if obj := c.info.Implicits[cl]; obj != nil {
			loc := c.declareVar(obj)
			st := c.storeVar(loc)
			zero := c.zeroVar(loc)
			if single == nil {
				bind = func(fr *frame, v any) { zero(fr); st(fr, fr.A[slot]) }
			} else {
				bind = func(fr *frame, v any) { zero(fr); st(fr, v) }
			}
			if single != nil && single.kind == kInterface {
				bind = func(fr *frame, v any) { zero(fr); st(fr, v) }
			}
		}
		clauses = append(clauses, clause{checks, bind, c.block(cl.Body)})
	}
	run := func(fr *frame, i int, v any) ctl {
		cl := clauses[i]
		if cl.bind != nil {
			cl.bind(fr, v)
		}
		r := cl.body(fr)
		if r == ctlBreak && (fr.label == "" || fr.label == label) {
			fr.label = ""
			return ctlNext
		}
		return r
	}
	return func(fr *frame) ctl {
		if init != nil {
			init(fr)
		}
		v := xv(fr)
		fr.A[slot] = v
		for i, cl := range clauses {
			for _, chk := range cl.checks {
				if out, ok := chk(v); ok {
					return run(fr, i, out)
				}
			}
		}
		if def >= 0 {
			return run(fr, def, v)
		}
		return ctlNext
	}
}

func (c *compiler) deferStmt(s *ast.DeferStmt) stmtFn {
	c.fb.hasDefer = true
	call := s.Call
	fun := ast.Unparen(call.Fun)
	pos := s.Pos()
	// Builtins: the arguments are evaluated at the defer statement and
	// saved; when the deferred call runs they are put in temporary slots
	// that the compiled call reads in place of the argument expressions.
	if id, ok := fun.(*ast.Ident); ok {
		if _, ok := c.info.Uses[id].(*types.Builtin); ok {
			var now []func(*frame) any
			var slots []int
			saved := map[ast.Expr]*expr{}
			for _, a := range call.Args {
				if tv := c.info.Types[a]; tv.IsType() || tv.Value != nil {
					continue // type operands and constants need no saving
				}
				now = append(now, c.expr(a).anyFn())
				k := c.anySlot()
				slots = append(slots, k)
				saved[a] = c.fromAny(c.typeOf(a), func(fr *frame) any { return fr.A[k] })
			}
			c.override = saved
			f := c.discard(c.expr(call))
			c.override = nil
			return func(fr *frame) ctl {
				vals := make([]any, len(now))
				for i, g := range now {
					vals[i] = g(fr)
				}
				fr.defers = append(fr.defers, deferred{call: func(th *Thread) {
					for i, k := range slots {
						fr.A[k] = vals[i]
					}
					f(fr)
				}, pos: pos})
				return ctlNext
			}
		}
	}
	var target func(*frame) *Closure
	var sig *types.Signature
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if s := c.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			mv := c.methodValue(sel, s).anyFn()
			target = func(fr *frame) *Closure { return mv(fr).(*Closure) }
			sig = c.subst(s.Type()).(*types.Signature)
		}
	}
	if target == nil {
		fv := c.expr(fun).anyFn()
		target = func(fr *frame) *Closure { cl, _ := fv(fr).(*Closure); return cl }
		sig = c.typeOf(fun).Underlying().(*types.Signature)
	}
	args := c.argExprs(call, sig)
	fs := make([]func(*frame) any, len(args))
	for i, a := range args {
		fs[i] = a.anyFn()
	}
	return func(fr *frame) ctl {
		cl := target(fr)
		vals := make([]any, len(fs))
		for i, f := range fs {
			vals[i] = f(fr)
		}
		if cl == nil {
			fr.defers = append(fr.defers, deferred{call: func(*Thread) { panic(nilDeref()) }, pos: pos})
			return ctlNext
		}
		fr.defers = append(fr.defers, deferred{fn: cl, args: vals, pos: pos})
		return ctlNext
	}
}

// fusedOpAssign compiles x op= y for a 64-bit local integer x and a slot or
// constant y as one closure.
func (c *compiler) fusedOpAssign(op token.Token, x, y *expr) stmtFn {
	k := x.rt.kind
	if x.islot == 0 || !(k == kInt || k == kInt64 || k == kUint || k == kUint64 || k == kUintptr) {
		return nil
	}
	d := x.islot - 1
	if v, ok := y.intConst(); ok {
		switch op {
		case token.ADD:
			return func(fr *frame) ctl { fr.I[d] += v; return ctlNext }
		case token.SUB:
			return func(fr *frame) ctl { fr.I[d] -= v; return ctlNext }
		}
		return nil
	}
	if y.islot == 0 || y.rt.kind != k {
		return nil
	}
	s := y.islot - 1
	switch op {
	case token.ADD:
		return func(fr *frame) ctl { fr.I[d] += fr.I[s]; return ctlNext }
	case token.SUB:
		return func(fr *frame) ctl { fr.I[d] -= fr.I[s]; return ctlNext }
	}
	return nil
}
