package vm

import (
	"go/ast"
	"go/constant"
	"go/types"
	"math"
	"unicode/utf8"
)

func constInt64(v constant.Value) (int64, bool) {
	return constant.Int64Val(constant.ToInt(v))
}

// conversion compiles T(x).
func (c *compiler) conversion(x *ast.CallExpr, to types.Type) *expr {
	if len(x.Args) != 1 {
		c.fail(x, "conversion takes one argument")
	}
	from := c.expr(x.Args[0])
	return c.convertExplicit(x, from, to)
}

func (c *compiler) convertExplicit(n ast.Node, from *expr, to types.Type) *expr {
	trt := c.prog.rtypeOf(to)
	if from.isNil {
		// T(nil) is a typed nil, no longer the untyped nil literal
		e := c.nilExpr(to)
		e.isNil = false
		return e
	}
	frt := from.rt
	tk, fk := trt.kind, frt.kind
	e := c.mk(to)
	switch {
	case tk == kInterface:
		return c.convert(from, to)
	case tk.isInt() && fk.isInt():
		f := from.intFn()
		if fk == kUint64 || fk == kUint || fk == kUintptr {
			e.i = func(fr *frame) int64 { return wrapInt(tk, f(fr)) }
		} else {
			e.i = func(fr *frame) int64 { return wrapInt(tk, f(fr)) }
		}
	case tk.isInt() && fk.isFloat():
		f := from.floatFn()
		if tk.isUnsigned() {
			e.i = func(fr *frame) int64 {
				v := f(fr)
				if v >= 1<<63 {
					return wrapInt(tk, int64(uint64(v)))
				}
				return wrapInt(tk, int64(v))
			}
		} else {
			e.i = func(fr *frame) int64 { return wrapInt(tk, int64(f(fr))) }
		}
	case tk.isFloat() && fk.isInt():
		f := from.intFn()
		if fk == kUint64 || fk == kUint || fk == kUintptr {
			e.f = func(fr *frame) float64 { return f32(tk, float64(uint64(f(fr)))) }
		} else if tk == kFloat32 {
			e.f = func(fr *frame) float64 { return float64(float32(f(fr))) }
		} else {
			e.f = func(fr *frame) float64 { return float64(f(fr)) }
		}
	case tk.isFloat() && fk.isFloat():
		f := from.floatFn()
		e.f = func(fr *frame) float64 { return f32(tk, f(fr)) }
	case tk.isComplex() && fk.isComplex():
		f := from.anyFn()
		e.a = func(fr *frame) any {
			var z complex128
			switch v := f(fr).(type) {
			case complex64:
				z = complex128(v)
			case complex128:
				z = v
			}
			if tk == kComplex64 {
				return complex64(z)
			}
			return z
		}
	case tk == kString && fk.isInt():
		f := from.intFn()
		e.s = func(fr *frame) string {
			v := f(fr)
			if (fk.isUnsigned() && uint64(v) > math.MaxInt32) || v > math.MaxInt32 || v < 0 {
				return "\uFFFD"
			}
			return string(rune(v))
		}
	case tk == kString && fk == kString:
		e.s = from.strFn()
	case tk == kString && fk == kSlice:
		f := from.anyFn()
		if frt.elem.kind == kUint8 {
			e.s = func(fr *frame) string {
				b, _ := f(fr).([]byte)
				fr.th.allocBytes(int64(len(b)))
				return string(b)
			}
		} else {
			e.s = func(fr *frame) string {
				r, _ := f(fr).([]int32)
				fr.th.allocBytes(int64(4 * len(r)))
				return string(r)
			}
		}
	case tk == kSlice && fk == kString:
		f := from.strFn()
		if trt.elem.kind == kUint8 {
			e.a = func(fr *frame) any {
				s := f(fr)
				fr.th.allocBytes(int64(len(s)))
				return []byte(s)
			}
		} else {
			e.a = func(fr *frame) any {
				s := f(fr)
				fr.th.allocBytes(int64(4 * utf8.RuneCountInString(s)))
				return []rune(s)
			}
		}
		e.fresh = true
	case tk == kArray && fk == kSlice:
		// slice to array conversion
		f := from.anyFn()
		sq := trt.seq()
		n := trt.len
		e.a = func(fr *frame) any {
			s := f(fr)
			if sq.length(s) < n {
				panic(runtimeError("cannot convert slice with length " + itoa(sq.length(s)) + " to array or pointer to array with length " + itoa(n)))
			}
			out := trt.makeSeq(n, n)
			sq.copy(out, s)
			return out
		}
		e.fresh = true
	case tk == kPointer && fk == kSlice:
		f := from.anyFn()
		at := trt.elem
		sq := at.seq()
		n := at.len
		e.a = func(fr *frame) any {
			s := f(fr)
			if sq.length(s) < n {
				panic(runtimeError("cannot convert slice with length " + itoa(sq.length(s)) + " to array or pointer to array with length " + itoa(n)))
			}
			if sq.isNil(s) {
				return nil
			}
			return &arrayRef{at, sq.slice3(s, 0, n, n)}
		}
	default:
		// identical underlying types: same representation
		if from.cls == e.cls || e.cls == clsAny && from.cls == clsAny {
			cp := *from
			cp.t, cp.rt = to, trt
			if cp.cls != clsAny {
				cp.a = nil
			}
			return &cp
		}
		if e.cls == clsBool && from.cls == clsBool {
			e.b = from.boolFn()
			return e
		}
		c.fail(n, "unsupported conversion from "+from.t.String()+" to "+to.String())
	}
	return e
}

func itoa(i int) string {
	return formatInt(int64(i))
}

func formatInt(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	var b [24]byte
	i := len(b)
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
