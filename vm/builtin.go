package vm

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

func (c *compiler) builtin(x *ast.CallExpr, name string) *expr {
	t := c.info.Types[x].Type
	if t != nil {
		t = c.subst(t)
	}
	args := x.Args
	switch name {
	case "len", "cap":
		at := c.typeOf(args[0])
		u := at.Underlying()
		if p, ok := u.(*types.Pointer); ok {
			u = p.Elem().Underlying()
		}
		e := c.mk(t)
		switch u := u.(type) {
		case *types.Basic:
			s := c.expr(args[0]).strFn()
			e.i = func(fr *frame) int64 { return int64(len(s(fr))) }
		case *types.Array:
			n := u.Len()
			e.i = func(*frame) int64 { return n }
		case *types.Map:
			m := c.expr(args[0]).anyFn()
			e.i = func(fr *frame) int64 { mp, _ := m(fr).(*Map); return int64(mp.Len()) }
		case *types.Slice:
			s := c.expr(args[0]).anyFn()
			sq := seqFor(c.rt(u.Elem()))
			if name == "len" {
				switch c.rt(u.Elem()).kind {
				case kInt:
					e.i = func(fr *frame) int64 { v, _ := s(fr).([]int); return int64(len(v)) }
				case kUint8:
					e.i = func(fr *frame) int64 { v, _ := s(fr).([]byte); return int64(len(v)) }
				default:
					e.i = func(fr *frame) int64 { return int64(sq.length(s(fr))) }
				}
			} else {
				e.i = func(fr *frame) int64 { return int64(sq.capacity(s(fr))) }
			}
		default:
			c.fail(x, "unsupported "+name+" operand")
		}
		return e
	case "append":
		st := c.subst(c.typeOf(args[0]))
		srt := c.prog.rtypeOf(st)
		sq := srt.seq()
		s := c.expr(args[0]).anyFn()
		size := max64(sq.elemSize(), srt.elem.bytes())
		e := c.mk(st)
		grow := srt.growth()
		reserve := func(v any, n int) any {
			if grow == nil {
				return v
			}
			return grow.reserve(v, n)
		}
		if x.Ellipsis.IsValid() {
			other := c.expr(args[1])
			o := other.anyFn()
			if other.rt.kind == kString {
				e.a = func(fr *frame) any {
					v := s(fr)
					str := o(fr).(string)
					c.chargeAppend(fr, sq, v, len(str), size)
					b, _ := v.([]byte)
					return append(b, str...)
				}
				return e
			}
			clone := srt.elem.needsClone()
			e.a = func(fr *frame) any {
				v := s(fr)
				w := o(fr)
				c.chargeAppend(fr, sq, v, sq.length(w), size)
				if clone {
					a, _ := w.([]any)
					batch := make([]any, len(a))
					for i, x := range a {
						batch[i] = cloneValue(srt.elem, x)
					}
					return reallocated(srt, v, sq.appendSeq(reserve(v, len(batch)), batch))
				}
				return reallocated(srt, v, sq.appendSeq(reserve(v, sq.length(w)), w))
			}
			return e
		}
		var vals []func(*frame) any
		for _, a := range args[1:] {
			vals = append(vals, c.convert(c.expr(a), srt.elem.T).anyFn())
		}
		if len(vals) == 1 {
			v0 := vals[0]
			if f := c.appendFast(srt, s, c.convert(c.expr(args[1]), srt.elem.T)); f != nil {
				e.a = f
				return e
			}
			e.a = func(fr *frame) any {
				v := s(fr)
				c.chargeAppend(fr, sq, v, 1, size)
				return reallocated(srt, v, sq.appendOne(reserve(v, 1), v0(fr)))
			}
			return e
		}
		e.a = func(fr *frame) any {
			v := s(fr)
			c.chargeAppend(fr, sq, v, len(vals), size)
			batch := sq.make(0, len(vals))
			for _, f := range vals {
				batch = sq.appendOne(batch, f(fr))
			}
			return reallocated(srt, v, sq.appendSeq(reserve(v, len(vals)), batch))
		}
		return e
	case "copy":
		dst := c.expr(args[0]).anyFn()
		src := c.expr(args[1])
		e := c.mk(t)
		dt := c.rt(c.typeOf(args[0]))
		sq := dt.seq()
		if src.rt.kind == kString {
			sf := src.strFn()
			e.i = func(fr *frame) int64 { b, _ := dst(fr).([]byte); fr.th.checkSeq(b); return int64(copy(b, sf(fr))) }
			return e
		}
		sf := src.anyFn()
		if dt.elem.needsClone() {
			et := dt.elem
			e.i = func(fr *frame) int64 {
				d, _ := dst(fr).([]any)
				fr.th.checkSeq(d)
				s, _ := sf(fr).([]any)
				n := min(len(d), len(s))
				tmp := make([]any, n)
				for i := range n {
					tmp[i] = cloneValue(et, s[i])
				}
				return int64(copy(d, tmp))
			}
			return e
		}
		e.i = func(fr *frame) int64 {
			d := dst(fr)
			fr.th.checkSeq(d)
			return int64(sq.copy(d, sf(fr)))
		}
		return e
	case "delete":
		m := c.expr(args[0]).anyFn()
		mt := c.typeOf(args[0]).Underlying().(*types.Map)
		k := c.convert(c.expr(args[1]), mt.Key()).anyFn()
		e := &expr{t: types.NewTuple(), cls: clsAny}
		e.a = func(fr *frame) any { mp, _ := m(fr).(*Map); mp.delete(k(fr)); return nil }
		return e
	case "clear":
		at := c.typeOf(args[0]).Underlying()
		v := c.expr(args[0]).anyFn()
		e := &expr{t: types.NewTuple(), cls: clsAny}
		if _, ok := at.(*types.Map); ok {
			e.a = func(fr *frame) any { mp, _ := v(fr).(*Map); mp.clear(); return nil }
			return e
		}
		rt := c.rt(at)
		sq := rt.seq()
		e.a = func(fr *frame) any {
			s := v(fr)
			fr.th.checkSeq(s)
			for i := range sq.length(s) {
				sq.set(s, i, rt.elem.zero())
			}
			return nil
		}
		return e
	case "make":
		mt := c.subst(c.info.Types[args[0]].Type)
		rt := c.prog.rtypeOf(mt)
		e := c.mk(mt)
		e.fresh = true
		var n, cp func(*frame) int64
		if len(args) > 1 {
			n = c.expr(args[1]).intFn()
		}
		if len(args) > 2 {
			cp = c.expr(args[2]).intFn()
		}
		switch rt.kind {
		case kMap:
			kt := rt.key
			e.a = func(fr *frame) any {
				h := 0
				if n != nil {
					h = int(n(fr))
					if h < 0 {
						panic(runtimeError("makemap: size out of range"))
					}
					fr.th.allocBytes(int64(h) * 32)
					h = min(h, 1<<16)
				}
				return newMap(kt, h)
			}
		case kSlice:
			sq := rt.seq()
			size := max64(sq.elemSize(), rt.elem.bytes())
			e.a = func(fr *frame) any {
				l := n(fr)
				c2 := l
				if cp != nil {
					c2 = cp(fr)
				}
				if l < 0 {
					panic(runtimeError("makeslice: len out of range"))
				}
				if c2 < l {
					panic(runtimeError("makeslice: cap out of range"))
				}
				if c2 > 1<<40 {
					panic(runtimeError("makeslice: len out of range"))
				}
				fr.th.allocBytes(c2 * size)
				return rt.makeSeq(int(l), int(c2))
			}
		default:
			c.fail(x, "unsupported make")
		}
		return e
	case "new":
		et := c.rt(c.info.Types[args[0]].Type)
		e := c.mk(t)
		z := et.zeroFn
		size := et.bytes()
		switch et.kind {
		case kStruct:
			e.a = func(fr *frame) any { fr.th.allocBytes(size); return z() }
		case kArray:
			e.a = func(fr *frame) any { fr.th.allocBytes(size); return &arrayRef{et, z()} }
		default:
			e.a = func(fr *frame) any { fr.th.allocBytes(16); return ptr[any]{newCell(z())} }
		}
		return e
	case "panic":
		v := c.convert(c.expr(args[0]), types.Universe.Lookup("any").Type()).anyFn()
		e := &expr{t: types.NewTuple(), cls: clsAny}
		pos := x.Pos()
		e.a = func(fr *frame) any {
			val := v(fr)
			fr.pos = pos
			if val == nil {
				val = &PanicNilErr{}
			}
			panic(vmPanic{&panicRecord{val: val, pos: pos}})
		}
		return e
	case "recover":
		e := c.mk(types.Universe.Lookup("any").Type())
		e.a = func(fr *frame) any {
			rec := fr.deferOf
			if rec == nil || rec.recovered {
				return nil
			}
			rec.recovered = true
			return rec.val
		}
		return e
	case "print", "println":
		var fs []func(*frame) any
		var ts []*rtype
		for _, a := range args {
			e := c.expr(a)
			fs = append(fs, e.anyFn())
			ts = append(ts, e.rt)
		}
		nl := name == "println"
		e := &expr{t: types.NewTuple(), cls: clsAny}
		e.a = func(fr *frame) any {
			var b strings.Builder
			for i, f := range fs {
				if nl && i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(printValue(ts[i], f(fr)))
			}
			if nl {
				b.WriteByte('\n')
			}
			fr.th.errOut.Write([]byte(b.String()))
			return nil
		}
		return e
	case "min", "max":
		var es []*expr
		for _, a := range args {
			es = append(es, c.convert(c.expr(a), t))
		}
		e := c.mk(t)
		isMin := name == "min"
		switch e.cls {
		case clsInt:
			fs := make([]func(*frame) int64, len(es))
			for i, x := range es {
				fs[i] = x.intFn()
			}
			uns := e.rt.kind.isUnsigned()
			e.i = func(fr *frame) int64 {
				r := fs[0](fr)
				for _, f := range fs[1:] {
					v := f(fr)
					less := v < r
					if uns {
						less = uint64(v) < uint64(r)
					}
					if less == isMin && v != r {
						r = v
					}
				}
				return r
			}
		case clsFloat:
			fs := make([]func(*frame) float64, len(es))
			for i, x := range es {
				fs[i] = x.floatFn()
			}
			e.f = func(fr *frame) float64 {
				r := fs[0](fr)
				for _, f := range fs[1:] {
					if isMin {
						r = min(r, f(fr))
					} else {
						r = max(r, f(fr))
					}
				}
				return r
			}
		case clsString:
			fs := make([]func(*frame) string, len(es))
			for i, x := range es {
				fs[i] = x.strFn()
			}
			e.s = func(fr *frame) string {
				r := fs[0](fr)
				for _, f := range fs[1:] {
					if isMin {
						r = min(r, f(fr))
					} else {
						r = max(r, f(fr))
					}
				}
				return r
			}
		}
		return e
	case "complex":
		re, im := c.expr(args[0]).floatFn(), c.expr(args[1]).floatFn()
		e := c.mk(t)
		if c.prog.rtypeOf(t).kind == kComplex64 {
			e.a = func(fr *frame) any { return complex64(complex(re(fr), im(fr))) }
		} else {
			e.a = func(fr *frame) any { return complex(re(fr), im(fr)) }
		}
		return e
	case "real", "imag":
		z := c.expr(args[0]).anyFn()
		e := c.mk(t)
		isReal := name == "real"
		e.f = func(fr *frame) float64 {
			var v complex128
			switch x := z(fr).(type) {
			case complex64:
				v = complex128(x)
			case complex128:
				v = x
			}
			if isReal {
				return real(v)
			}
			return imag(v)
		}
		return e
	}
	c.fail(x, "unsupported builtin "+name)
	return nil
}

func (c *compiler) chargeAppend(fr *frame, sq seqOps, s any, n int, size int64) {
	l, cp := sq.length(s), sq.capacity(s)
	if l+n > cp {
		fr.th.allocBytes(int64(max(2*cp, l+n)) * size)
	} else {
		fr.th.useGas(int64(n))
		fr.th.checkSeq(s)
	}
}

// printValue formats a value as the print builtins do.
func printValue(t *rtype, v any) string {
	switch t.kind {
	case kFloat32, kFloat64:
		return printFloat(toFloat(v))
	case kComplex64, kComplex128:
		var z complex128
		switch x := v.(type) {
		case complex64:
			z = complex128(x)
		case complex128:
			z = x
		}
		return "(" + printFloat(real(z)) + printFloat(imag(z)) + "i)"
	case kInterface:
		if v == nil {
			return "(0x0,0x0)"
		}
		return fmt.Sprintf("(%s) %v", t.prog.typeOfIface(v).name, "0xc000000000")
	case kPointer, kMap, kFunc, kSlice:
		if isNilValue(v) {
			return "0x0"
		}
		return "0xc000000000"
	}
	return fmt.Sprint(v)
}

// reallocated gives a slice of structs or arrays that append moved to a
// new backing array its own copies of the old elements, as Go's copy of
// the backing array does.
func reallocated(st *rtype, old, grown any) any {
	if !st.elem.needsClone() {
		return grown
	}
	o, _ := old.([]any)
	g := grown.([]any)
	if len(o) == 0 || &o[:1][0] == &g[:1][0] {
		return grown
	}
	for i := range o {
		g[i] = cloneValue(st.elem, g[i])
	}
	return grown
}

// appendFast specialises append(s, x) for the common native element types.
func (c *compiler) appendFast(st *rtype, s func(*frame) any, x *expr) func(*frame) any {
	grow := func(fr *frame, n int, size int64) {
		if n > 0 {
			fr.th.allocBytes(int64(2*n) * size)
		} else {
			fr.th.allocBytes(size)
		}
	}
	switch st.elem.kind {
	case kInt:
		v := x.intFn()
		return func(fr *frame) any {
			a, _ := s(fr).([]int)
			if len(a) == cap(a) {
				grow(fr, cap(a), 8)
			} else {
				fr.th.useGas(1)
				fr.th.checkSeq(a)
			}
			return append(a, int(v(fr)))
		}
	case kUint8:
		v := x.intFn()
		return func(fr *frame) any {
			a, _ := s(fr).([]byte)
			if len(a) == cap(a) {
				grow(fr, cap(a), 1)
			} else {
				fr.th.useGas(1)
				fr.th.checkSeq(a)
			}
			return append(a, byte(v(fr)))
		}
	case kString:
		v := x.strFn()
		return func(fr *frame) any {
			a, _ := s(fr).([]string)
			if len(a) == cap(a) {
				grow(fr, cap(a), 16)
			} else {
				fr.th.useGas(1)
				fr.th.checkSeq(a)
			}
			return append(a, v(fr))
		}
	case kFloat64:
		v := x.floatFn()
		return func(fr *frame) any {
			a, _ := s(fr).([]float64)
			if len(a) == cap(a) {
				grow(fr, cap(a), 8)
			} else {
				fr.th.useGas(1)
				fr.th.checkSeq(a)
			}
			return append(a, v(fr))
		}
	}
	return nil
}
