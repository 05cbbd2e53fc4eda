package vm

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

func (c *compiler) binary(x *ast.BinaryExpr) *expr {
	t := c.typeOf(x)
	switch x.Op {
	case token.LAND, token.LOR:
		l, r := c.expr(x.X).boolFn(), c.expr(x.Y).boolFn()
		e := c.mk(t)
		if x.Op == token.LAND {
			e.b = func(fr *frame) bool { return l(fr) && r(fr) }
		} else {
			e.b = func(fr *frame) bool { return l(fr) || r(fr) }
		}
		return e
	case token.SHL, token.SHR:
		return c.shift(x, t)
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return c.compare(x, t)
	}
	l, r := c.expr(x.X), c.expr(x.Y)
	return c.arith(x, x.Op, t, l, r)
}

// arith compiles + - * / % & | ^ &^ on operands of type t.
func (c *compiler) arith(n ast.Node, op token.Token, t types.Type, l, r *expr) *expr {
	e := c.mk(t)
	k := e.rt.kind
	switch {
	case k.isInt():
		a, b := l.intFn(), r.intFn()
		e.i = fusedIntOp(op, k, l, r)
		if e.i == nil {
			e.i = intOp(op, k, a, b)
		}
		if e.i == nil {
			c.fail(n, "unsupported operator "+op.String())
		}
	case k.isFloat():
		a, b := l.floatFn(), r.floatFn()
		switch op {
		case token.ADD:
			if k == kFloat32 {
				e.f = func(fr *frame) float64 { return float64(float32(a(fr) + b(fr))) }
			} else {
				e.f = func(fr *frame) float64 { return a(fr) + b(fr) }
			}
		case token.SUB:
			if k == kFloat32 {
				e.f = func(fr *frame) float64 { return float64(float32(a(fr) - b(fr))) }
			} else {
				e.f = func(fr *frame) float64 { return a(fr) - b(fr) }
			}
		case token.MUL:
			if k == kFloat32 {
				e.f = func(fr *frame) float64 { return float64(float32(a(fr) * b(fr))) }
			} else {
				e.f = func(fr *frame) float64 { return a(fr) * b(fr) }
			}
		case token.QUO:
			if k == kFloat32 {
				e.f = func(fr *frame) float64 { return float64(float32(a(fr) / b(fr))) }
			} else {
				e.f = func(fr *frame) float64 { return a(fr) / b(fr) }
			}
		default:
			c.fail(n, "unsupported operator "+op.String())
		}
	case k == kString:
		a, b := l.strFn(), r.strFn()
		e.s = func(fr *frame) string {
			x, y := a(fr), b(fr)
			fr.th.allocBytes(int64(len(x) + len(y)))
			return x + y
		}
	case k.isComplex():
		a, b := l.anyFn(), r.anyFn()
		e.a = func(fr *frame) any {
			x, y := a(fr), b(fr)
			if x64, ok := x.(complex64); ok {
				y64 := y.(complex64)
				switch op {
				case token.ADD:
					return x64 + y64
				case token.SUB:
					return x64 - y64
				case token.MUL:
					return x64 * y64
				}
				return x64 / y64
			}
			xc, yc := x.(complex128), y.(complex128)
			switch op {
			case token.ADD:
				return xc + yc
			case token.SUB:
				return xc - yc
			case token.MUL:
				return xc * yc
			}
			return xc / yc
		}
	default:
		c.fail(n, "unsupported operand type "+t.String())
	}
	return e
}

func intOp(op token.Token, k kind, a, b func(*frame) int64) func(*frame) int64 {
	wide := k == kInt || k == kInt64 || k == kUint || k == kUint64 || k == kUintptr
	u64 := k == kUint || k == kUint64 || k == kUintptr
	switch op {
	case token.ADD:
		if wide {
			return func(fr *frame) int64 { return a(fr) + b(fr) }
		}
		return func(fr *frame) int64 { return wrapInt(k, a(fr)+b(fr)) }
	case token.SUB:
		if wide {
			return func(fr *frame) int64 { return a(fr) - b(fr) }
		}
		return func(fr *frame) int64 { return wrapInt(k, a(fr)-b(fr)) }
	case token.MUL:
		if wide {
			return func(fr *frame) int64 { return a(fr) * b(fr) }
		}
		return func(fr *frame) int64 { return wrapInt(k, a(fr)*b(fr)) }
	case token.QUO:
		if u64 {
			return func(fr *frame) int64 { return int64(uint64(a(fr)) / uint64(b(fr))) }
		}
		return func(fr *frame) int64 { return wrapInt(k, a(fr)/b(fr)) }
	case token.REM:
		if u64 {
			return func(fr *frame) int64 { return int64(uint64(a(fr)) % uint64(b(fr))) }
		}
		return func(fr *frame) int64 { return wrapInt(k, a(fr)%b(fr)) }
	case token.AND:
		return func(fr *frame) int64 { return a(fr) & b(fr) }
	case token.OR:
		return func(fr *frame) int64 { return a(fr) | b(fr) }
	case token.XOR:
		return func(fr *frame) int64 { return wrapInt(k, a(fr)^b(fr)) }
	case token.AND_NOT:
		return func(fr *frame) int64 { return a(fr) &^ b(fr) }
	}
	return nil
}

func (c *compiler) shift(x *ast.BinaryExpr, t types.Type) *expr {
	l, r := c.expr(x.X), c.expr(x.Y)
	return c.shiftOp(x.Op, t, l, r)
}

func (c *compiler) shiftOp(op token.Token, t types.Type, l, r *expr) *expr {
	e := c.mk(t)
	k := e.rt.kind
	a, b := l.intFn(), r.intFn()
	signedCount := !r.rt.kind.isUnsigned()
	count := func(fr *frame) uint64 {
		n := b(fr)
		if signedCount && n < 0 {
			panic(runtimeError("negative shift amount"))
		}
		return uint64(n)
	}
	if op == token.SHL {
		e.i = func(fr *frame) int64 { return wrapInt(k, a(fr)<<count(fr)) }
	} else if k.isUnsigned() {
		e.i = func(fr *frame) int64 { return int64(uint64(a(fr)) >> count(fr)) }
	} else {
		e.i = func(fr *frame) int64 { return a(fr) >> count(fr) }
	}
	return e
}

func (c *compiler) compare(x *ast.BinaryExpr, t types.Type) *expr {
	return c.compareExprs(x, x.Op, t, c.expr(x.X), c.expr(x.Y))
}

// compareExprs compiles l op r, normalising nil and mixed interface operands.
func (c *compiler) compareExprs(x ast.Node, op token.Token, t types.Type, l, r *expr) *expr {
	if l.isNil && !r.isNil {
		l, r = r, l
	}
	if r.isNil {
		r = c.nilExpr(l.t)
		return c.compareOp(x, op, t, l, r)
	}
	// Mixed interface and concrete operands compare as interfaces.
	if l.rt.kind == kInterface && r.rt.kind != kInterface {
		r = c.convert(r, l.t)
	} else if r.rt.kind == kInterface && l.rt.kind != kInterface {
		l = c.convert(l, r.t)
	}
	return c.compareOp(x, op, t, l, r)
}

func (c *compiler) compareOp(n ast.Node, op token.Token, t types.Type, l, r *expr) *expr {
	e := c.mk(t)
	k := l.rt.kind
	if r.isNil && k != kInterface {
		// comparison of a slice, map, func or pointer with nil
		a := l.anyFn()
		if op == token.EQL {
			e.b = func(fr *frame) bool { return isNilValue(a(fr)) }
		} else {
			e.b = func(fr *frame) bool { return !isNilValue(a(fr)) }
		}
		return e
	}
	switch {
	case k.isInt() || k == kBool:
		a, b := l.intFn(), r.intFn()
		if k == kUint || k == kUint64 || k == kUintptr {
			switch op {
			case token.LSS:
				e.b = func(fr *frame) bool { return uint64(a(fr)) < uint64(b(fr)) }
				return e
			case token.LEQ:
				e.b = func(fr *frame) bool { return uint64(a(fr)) <= uint64(b(fr)) }
				return e
			case token.GTR:
				e.b = func(fr *frame) bool { return uint64(a(fr)) > uint64(b(fr)) }
				return e
			case token.GEQ:
				e.b = func(fr *frame) bool { return uint64(a(fr)) >= uint64(b(fr)) }
				return e
			}
		}
		e.b = fusedCmp(op, l, r)
		if e.b == nil {
			e.b = cmpOrdered(op, a, b)
		}
	case k.isFloat():
		e.b = cmpOrdered(op, l.floatFn(), r.floatFn())
	case k == kString:
		a, b := l.strFn(), r.strFn()
		switch op {
		case token.EQL:
			e.b = func(fr *frame) bool { return a(fr) == b(fr) }
		case token.NEQ:
			e.b = func(fr *frame) bool { return a(fr) != b(fr) }
		default:
			e.b = func(fr *frame) bool {
				r := strings.Compare(a(fr), b(fr))
				switch op {
				case token.LSS:
					return r < 0
				case token.LEQ:
					return r <= 0
				case token.GTR:
					return r > 0
				}
				return r >= 0
			}
		}
	default:
		a, b := l.anyFn(), r.anyFn()
		rt := l.rt
		if r.isNil {
			if op == token.EQL {
				e.b = func(fr *frame) bool { return a(fr) == nil }
			} else {
				e.b = func(fr *frame) bool { return a(fr) != nil }
			}
			return e
		}
		if op == token.EQL {
			e.b = func(fr *frame) bool { return valuesEqual(rt, a(fr), b(fr)) }
		} else {
			e.b = func(fr *frame) bool { return !valuesEqual(rt, a(fr), b(fr)) }
		}
	}
	if e.b == nil {
		c.fail(n, "unsupported comparison")
	}
	return e
}

func cmpOrdered[T int64 | float64 | int](op token.Token, a, b func(*frame) T) func(*frame) bool {
	switch op {
	case token.EQL:
		return func(fr *frame) bool { return a(fr) == b(fr) }
	case token.NEQ:
		return func(fr *frame) bool { return a(fr) != b(fr) }
	case token.LSS:
		return func(fr *frame) bool { return a(fr) < b(fr) }
	case token.LEQ:
		return func(fr *frame) bool { return a(fr) <= b(fr) }
	case token.GTR:
		return func(fr *frame) bool { return a(fr) > b(fr) }
	case token.GEQ:
		return func(fr *frame) bool { return a(fr) >= b(fr) }
	}
	return nil
}

// fusedIntOp specialises + - * on a local slot and a constant or another
// slot, for 64-bit kinds, into one closure.
func fusedIntOp(op token.Token, k kind, l, r *expr) func(*frame) int64 {
	if !(k == kInt || k == kInt64 || k == kUint || k == kUint64 || k == kUintptr) || l.islot == 0 {
		return nil
	}
	x := l.islot - 1
	if c, ok := r.intConst(); ok {
		switch op {
		case token.ADD:
			return func(fr *frame) int64 { return fr.I[x] + c }
		case token.SUB:
			return func(fr *frame) int64 { return fr.I[x] - c }
		case token.MUL:
			return func(fr *frame) int64 { return fr.I[x] * c }
		}
		return nil
	}
	if r.islot == 0 {
		return nil
	}
	y := r.islot - 1
	switch op {
	case token.ADD:
		return func(fr *frame) int64 { return fr.I[x] + fr.I[y] }
	case token.SUB:
		return func(fr *frame) int64 { return fr.I[x] - fr.I[y] }
	case token.MUL:
		return func(fr *frame) int64 { return fr.I[x] * fr.I[y] }
	}
	return nil
}

// fusedCmp specialises signed comparisons of a local slot with a constant
// or another slot.
func fusedCmp(op token.Token, l, r *expr) func(*frame) bool {
	if l.islot == 0 || l.rt.kind.isUnsigned() && (l.rt.kind == kUint || l.rt.kind == kUint64 || l.rt.kind == kUintptr) {
		return nil
	}
	x := l.islot - 1
	if c, ok := r.intConst(); ok {
		switch op {
		case token.LSS:
			return func(fr *frame) bool { return fr.I[x] < c }
		case token.LEQ:
			return func(fr *frame) bool { return fr.I[x] <= c }
		case token.GTR:
			return func(fr *frame) bool { return fr.I[x] > c }
		case token.GEQ:
			return func(fr *frame) bool { return fr.I[x] >= c }
		case token.EQL:
			return func(fr *frame) bool { return fr.I[x] == c }
		case token.NEQ:
			return func(fr *frame) bool { return fr.I[x] != c }
		}
		return nil
	}
	if r.islot == 0 {
		return nil
	}
	y := r.islot - 1
	switch op {
	case token.LSS:
		return func(fr *frame) bool { return fr.I[x] < fr.I[y] }
	case token.LEQ:
		return func(fr *frame) bool { return fr.I[x] <= fr.I[y] }
	case token.GTR:
		return func(fr *frame) bool { return fr.I[x] > fr.I[y] }
	case token.GEQ:
		return func(fr *frame) bool { return fr.I[x] >= fr.I[y] }
	}
	return nil
}
