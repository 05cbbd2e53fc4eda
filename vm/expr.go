package vm

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
)

// expr is a compiled expression. Exactly one evaluator is set, chosen by
// cls; anyFn and the typed accessors convert on demand.
type expr struct {
	t     types.Type
	rt    *rtype
	cls   class
	i     func(*frame) int64
	f     func(*frame) float64
	b     func(*frame) bool
	s     func(*frame) string
	a     func(*frame) any
	tuple func(*frame) []any // multi-value call
	cv    constant.Value
	fresh bool // a new value nobody else references (no clone needed)
	isNil bool
	// islot is 1+the I slot when the expression is a plain read of a local
	// integer variable, for fused fast paths.
	islot int
}

// intConst returns the value of an integer constant expression.
func (e *expr) intConst() (int64, bool) {
	if e.cv == nil || e.cls != clsInt {
		return 0, false
	}
	return e.i(nil), true
}

func (c *compiler) mk(t types.Type) *expr {
	rt := c.prog.rtypeOf(t)
	return &expr{t: t, rt: rt, cls: classOf(t)}
}

// anyFn returns the evaluator producing the host representation.
func (e *expr) anyFn() func(*frame) any {
	if e.a != nil {
		return e.a
	}
	k := e.rt.kind
	switch e.cls {
	case clsInt:
		f := e.i
		switch k {
		case kInt:
			e.a = func(fr *frame) any { return int(f(fr)) }
		case kInt64:
			e.a = func(fr *frame) any { return f(fr) }
		case kUint8:
			e.a = func(fr *frame) any { return uint8(f(fr)) }
		case kInt32:
			e.a = func(fr *frame) any { return int32(f(fr)) }
		default:
			e.a = func(fr *frame) any { return fromInt(k, f(fr)) }
		}
	case clsBool:
		f := e.b
		e.a = func(fr *frame) any { return f(fr) }
	case clsFloat:
		f := e.f
		if k == kFloat32 {
			e.a = func(fr *frame) any { return float32(f(fr)) }
		} else {
			e.a = func(fr *frame) any { return f(fr) }
		}
	case clsString:
		f := e.s
		e.a = func(fr *frame) any { return f(fr) }
	}
	return e.a
}

func (e *expr) intFn() func(*frame) int64 {
	if e.i != nil {
		return e.i
	}
	if e.cls == clsBool {
		f := e.b
		return func(fr *frame) int64 {
			if f(fr) {
				return 1
			}
			return 0
		}
	}
	a := e.anyFn()
	return func(fr *frame) int64 { return toInt(a(fr)) }
}

func (e *expr) boolFn() func(*frame) bool {
	if e.b != nil {
		return e.b
	}
	if e.i != nil {
		f := e.i
		return func(fr *frame) bool { return f(fr) != 0 }
	}
	a := e.anyFn()
	return func(fr *frame) bool { return a(fr).(bool) }
}

func (e *expr) floatFn() func(*frame) float64 {
	if e.f != nil {
		return e.f
	}
	a := e.anyFn()
	return func(fr *frame) float64 { return toFloat(a(fr)) }
}

func (e *expr) strFn() func(*frame) string {
	if e.s != nil {
		return e.s
	}
	a := e.anyFn()
	return func(fr *frame) string { return a(fr).(string) }
}

// fromAny builds an expression of type t from a host-value evaluator.
func (c *compiler) fromAny(t types.Type, a func(*frame) any) *expr {
	e := c.mk(t)
	switch e.cls {
	case clsInt:
		switch e.rt.kind {
		case kInt:
			e.i = func(fr *frame) int64 { return int64(a(fr).(int)) }
		default:
			e.i = func(fr *frame) int64 { return toInt(a(fr)) }
		}
	case clsBool:
		e.b = func(fr *frame) bool { return a(fr).(bool) }
	case clsFloat:
		e.f = func(fr *frame) float64 { return toFloat(a(fr)) }
	case clsString:
		e.s = func(fr *frame) string { return a(fr).(string) }
	default:
		e.a = a
	}
	return e
}

// constExpr materialises a constant of type t.
func (c *compiler) constExpr(t types.Type, v constant.Value) *expr {
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	e := c.mk(t)
	e.cv = v
	k := e.rt.kind
	switch {
	case k == kBool:
		x := constant.BoolVal(v)
		e.b = func(*frame) bool { return x }
	case k.isInt():
		var x int64
		if i, ok := constant.Int64Val(constant.ToInt(v)); ok {
			x = i
		} else if u, ok := constant.Uint64Val(constant.ToInt(v)); ok {
			x = int64(u)
		}
		x = wrapInt(k, x)
		e.i = func(*frame) int64 { return x }
		h := fromInt(k, x)
		e.a = func(*frame) any { return h }
	case k.isFloat():
		x, _ := constant.Float64Val(constant.ToFloat(v))
		if k == kFloat32 {
			f32, _ := constant.Float32Val(constant.ToFloat(v))
			x = float64(f32)
		}
		e.f = func(*frame) float64 { return x }
	case k.isComplex():
		re, _ := constant.Float64Val(constant.Real(v))
		im, _ := constant.Float64Val(constant.Imag(v))
		var h any = complex(re, im)
		if k == kComplex64 {
			h = complex64(complex(re, im))
		}
		e.a = func(*frame) any { return h }
	case k == kString:
		x := constant.StringVal(v)
		e.s = func(*frame) string { return x }
		var h any = x
		e.a = func(*frame) any { return h }
	case k == kInterface:
		// untyped constant converted to an interface: box its default type
		inner := c.constExpr(types.Default(c.constType(v)), v)
		h := inner.anyFn()(nil)
		e.a = func(*frame) any { return h }
	default:
		c.fail(nil, "unsupported constant type "+t.String())
	}
	return e
}

func (c *compiler) constType(v constant.Value) types.Type {
	switch v.Kind() {
	case constant.Bool:
		return types.Typ[types.UntypedBool]
	case constant.String:
		return types.Typ[types.UntypedString]
	case constant.Int:
		return types.Typ[types.UntypedInt]
	case constant.Float:
		return types.Typ[types.UntypedFloat]
	}
	return types.Typ[types.UntypedComplex]
}

func (c *compiler) nilExpr(t types.Type) *expr {
	e := c.mk(t)
	z := e.rt.zero()
	e.a = func(*frame) any { return z }
	e.isNil = true
	return e
}

// expr compiles an expression.
func (c *compiler) expr(x ast.Expr) *expr {
	if e, ok := c.override[x]; ok {
		return e
	}
	tv := c.info.Types[x]
	if tv.Value != nil {
		return c.constExpr(c.subst(tv.Type), tv.Value)
	}
	if tv.IsNil() {
		return c.nilExpr(c.subst(tv.Type))
	}
	switch x := x.(type) {
	case *ast.ParenExpr:
		return c.expr(x.X)
	case *ast.Ident:
		return c.ident(x)
	case *ast.BasicLit:
		return c.constExpr(c.typeOf(x), tv.Value)
	case *ast.CompositeLit:
		return c.compositeLit(x, c.typeOf(x))
	case *ast.FuncLit:
		return c.funcLit(x)
	case *ast.SelectorExpr:
		return c.selector(x)
	case *ast.IndexExpr:
		return c.index(x)
	case *ast.IndexListExpr:
		return c.genericFuncValue(x, x.X)
	case *ast.SliceExpr:
		return c.sliceExpr(x)
	case *ast.TypeAssertExpr:
		return c.typeAssert(x, false)
	case *ast.CallExpr:
		return c.call(x)
	case *ast.StarExpr:
		return c.deref(x)
	case *ast.UnaryExpr:
		return c.unary(x)
	case *ast.BinaryExpr:
		return c.binary(x)
	}
	c.fail(x, "unsupported expression")
	return nil
}

func (c *compiler) ident(x *ast.Ident) *expr {
	obj := c.objOf(x)
	switch o := obj.(type) {
	case *types.Var:
		return c.loadVar(c.lookupVar(o))
	case *types.Func:
		return c.funcValue(x, o)
	case *types.Nil:
		return c.nilExpr(c.typeOf(x))
	}
	c.fail(x, "unsupported identifier "+x.Name)
	return nil
}

// loadVar reads a variable.
func (c *compiler) loadVar(loc *varLoc) *expr {
	e := c.mk(loc.rt.T)
	idx := loc.idx
	switch loc.kind {
	case vSlot:
		switch e.cls {
		case clsInt:
			e.i = func(fr *frame) int64 { return fr.I[idx] }
			e.islot = idx + 1
		case clsBool:
			e.b = func(fr *frame) bool { return fr.I[idx] != 0 }
		case clsFloat:
			e.f = func(fr *frame) float64 { return fr.F[idx] }
		case clsString:
			e.s = func(fr *frame) string { return fr.S[idx] }
		default:
			e.a = func(fr *frame) any { return fr.A[idx] }
		}
		return e
	case vObj:
		e.a = func(fr *frame) any { return fr.A[idx] }
		return e
	case vEnvObj:
		e.a = func(fr *frame) any { return fr.env[idx] }
		return e
	case vCell:
		return c.fromAny(loc.rt.T, func(fr *frame) any { return *fr.A[idx].(*any) })
	case vEnv:
		return c.fromAny(loc.rt.T, func(fr *frame) any { return *fr.env[idx].(*any) })
	case vGlobal:
		cell := loc.cell
		return c.fromAny(loc.rt.T, func(fr *frame) any {
			if lv, ok := (*cell).(*lazyVar); ok {
				return lv.load()
			}
			return *cell
		})
	}
	c.fail(nil, "bad variable")
	return nil
}

// convert applies the implicit conversion of assignability to type to:
// boxing into interfaces and copying struct and array values.
func (c *compiler) convert(e *expr, to types.Type) *expr {
	to = c.subst(to)
	if e.tuple != nil {
		return e
	}
	trt := c.prog.rtypeOf(to)
	if e.isNil {
		return c.nilExpr(to)
	}
	if trt.kind == kInterface && e.rt.kind != kInterface {
		src := e.rt
		f := e.anyFn()
		out := c.mk(to)
		if src.isPredeclared() {
			out.a = f
		} else if src.needsClone() {
			g := max64(src.bytes()/8, 1)
			out.a = func(fr *frame) any { fr.th.useGas(g); return &Iface{T: src, V: cloneValue(src, f(fr))} }
		} else {
			out.a = func(fr *frame) any { return &Iface{T: src, V: f(fr)} }
		}
		return out
	}
	if trt.needsClone() && !e.fresh {
		f := e.anyFn()
		out := c.mk(to)
		g := max64(trt.bytes()/8, 1)
		out.a = func(fr *frame) any { fr.th.useGas(g); return cloneValue(trt, f(fr)) }
		out.fresh = true
		return out
	}
	if e.rt != trt && e.cls == classOf(to) {
		// identical underlying representation (named vs unnamed types)
		cp := *e
		cp.t, cp.rt = to, trt
		if cp.a != nil && cp.cls != clsAny {
			cp.a = nil
		}
		return &cp
	}
	return e
}

// funcLit compiles a closure.
func (c *compiler) funcLit(x *ast.FuncLit) *expr {
	sig := c.typeOf(x).(*types.Signature)
	outer := c.fb
	fn, fb := c.declareFunc(outer.fn.name+".func", x.Type, nil, x.Body, x.Pos(), sig)
	fb.lit = x
	fn.compile()
	if c.sm == nil && c.pkg.realm != nil {
		fn.litKey = c.prog.litKey(c.pkg.path, x.Pos())
		c.prog.lits[fn.litKey] = fn
	}
	envLocs := make([]*varLoc, len(fb.envObjs))
	for i, o := range fb.envObjs {
		envLocs[i] = c.lookupIn(outer, o)
	}
	e := c.mk(sig)
	if len(envLocs) == 0 {
		cl := &Closure{fn: fn}
		e.a = func(*frame) any { return cl }
		return e
	}
	getters := make([]func(*frame) any, len(envLocs))
	fn.envTypes = make([]*rtype, len(envLocs))
	fn.envCell = make([]bool, len(envLocs))
	for i, loc := range envLocs {
		idx := loc.idx
		fn.envTypes[i] = c.rt(fb.envObjs[i].Type())
		switch loc.kind {
		case vCell, vObj:
			fn.envCell[i] = loc.kind == vCell
			getters[i] = func(fr *frame) any { return fr.A[idx] }
		case vEnv, vEnvObj:
			fn.envCell[i] = loc.kind == vEnv
			getters[i] = func(fr *frame) any { return fr.env[idx] }
		default:
			c.fail(x, "captured variable without a cell")
		}
	}
	e.a = func(fr *frame) any {
		env := make([]any, len(getters))
		for i, g := range getters {
			env[i] = g(fr)
		}
		return &Closure{fn: fn, env: env}
	}
	return e
}

// unary compiles unary operators.
func (c *compiler) unary(x *ast.UnaryExpr) *expr {
	t := c.typeOf(x)
	switch x.Op {
	case token.AND:
		return c.addrOf(x.X, t)
	case token.ADD:
		return c.expr(x.X)
	case token.NOT:
		v := c.expr(x.X).boolFn()
		e := c.mk(t)
		e.b = func(fr *frame) bool { return !v(fr) }
		return e
	}
	o := c.expr(x.X)
	e := c.mk(t)
	k := e.rt.kind
	switch {
	case k.isInt():
		v := o.intFn()
		if x.Op == token.SUB {
			e.i = func(fr *frame) int64 { return wrapInt(k, -v(fr)) }
		} else {
			e.i = func(fr *frame) int64 { return wrapInt(k, ^v(fr)) }
		}
	case k.isFloat():
		v := o.floatFn()
		e.f = func(fr *frame) float64 { return -v(fr) }
	case k.isComplex():
		v := o.anyFn()
		e.a = func(fr *frame) any {
			switch z := v(fr).(type) {
			case complex64:
				return -z
			default:
				return -z.(complex128)
			}
		}
	default:
		c.fail(x, "unsupported unary operator "+x.Op.String())
	}
	return e
}

func f32(k kind, f float64) float64 {
	if k == kFloat32 {
		return float64(float32(f))
	}
	return f
}

var _ = math.Inf
