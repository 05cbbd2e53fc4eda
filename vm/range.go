package vm

import (
	"go/ast"
	"go/token"
	"go/types"
	"unicode/utf8"
)

// rangeStmt compiles for-range over integers, strings, arrays, slices,
// pointers to arrays, maps (ascending key order) and iterator functions.
func (c *compiler) rangeStmt(s *ast.RangeStmt, label string) stmtFn {
	xt := c.typeOf(s.X).Underlying()
	define := s.Tok == token.DEFINE
	var keySet, valSet func(*frame, any)
	var keyDecl, valDecl func(*frame)
	mkSet := func(x ast.Expr, t types.Type) (func(*frame, any), func(*frame)) {
		if x == nil || isBlank(x) {
			return nil, nil
		}
		if define {
			obj := c.info.Defs[x.(*ast.Ident)]
			loc := c.declareVar(obj)
			return c.storeVar(loc), c.zeroVar(loc)
		}
		return c.storeConverted(x, t), nil
	}
	var body stmtFn
	loop := func(fr *frame, r ctl) (stop bool, out ctl) {
		if r == ctlNext {
			return false, ctlNext
		}
		switch loopCtl(fr, r, label) {
		case 0:
			return false, ctlNext
		case 1:
			return true, ctlNext
		}
		return true, r
	}
	decl := func(fr *frame) {
		if keyDecl != nil {
			keyDecl(fr)
		}
		if valDecl != nil {
			valDecl(fr)
		}
	}
	switch u := xt.(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			keySet, keyDecl = mkSet(s.Key, types.Typ[types.Int])
			valSet, valDecl = mkSet(s.Value, types.Typ[types.Rune])
			body = c.block(s.Body.List)
			str := c.expr(s.X).strFn()
			return func(fr *frame) ctl {
				v := str(fr)
				th := fr.th
				for i := 0; i < len(v); {
					r, n := utf8.DecodeRuneInString(v[i:])
					th.useGas(1)
					decl(fr)
					if keySet != nil {
						keySet(fr, i)
					}
					if valSet != nil {
						valSet(fr, int32(r))
					}
					i += n
					if stop, out := loop(fr, body(fr)); stop {
						return out
					}
				}
				return ctlNext
			}
		}
		// range over an integer
		kt := c.typeOf(s.X)
		if s.Key != nil && !isBlank(s.Key) {
			kt = c.typeOf(s.Key)
		}
		krt := c.rt(kt)
		n := c.expr(s.X).intFn()
		var keyLoc *varLoc
		if define && s.Key != nil && !isBlank(s.Key) {
			keyLoc = c.declareVar(c.info.Defs[s.Key.(*ast.Ident)])
		}
		body = c.block(s.Body.List)
		if keyLoc != nil && keyLoc.kind == vSlot {
			idx := keyLoc.idx
			return func(fr *frame) ctl {
				end := n(fr)
				th := fr.th
				for i := int64(0); i < end; i++ {
					th.gas--
					if th.gas < 0 {
						th.outOfGas()
					}
					fr.I[idx] = i
					if r := body(fr); r != ctlNext {
						if stop, out := loop(fr, r); stop {
							return out
						}
					}
				}
				return ctlNext
			}
		}
		if keyLoc != nil {
			keySet, keyDecl = c.storeVar(keyLoc), c.zeroVar(keyLoc)
		} else {
			keySet, keyDecl = mkSet(s.Key, kt)
		}
		return func(fr *frame) ctl {
			end := n(fr)
			th := fr.th
			for i := int64(0); i < end; i++ {
				th.useGas(1)
				decl(fr)
				if keySet != nil {
					keySet(fr, fromInt(krt.kind, i))
				}
				if stop, out := loop(fr, body(fr)); stop {
					return out
				}
			}
			return ctlNext
		}
	case *types.Slice, *types.Array, *types.Pointer:
		var elem types.Type
		isArray := false
		switch u := u.(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
			isArray = true
		case *types.Pointer:
			elem = u.Elem().Underlying().(*types.Array).Elem()
		}
		ert := c.rt(elem)
		sq := seqFor(ert)
		keySet, keyDecl = mkSet(s.Key, types.Typ[types.Int])
		valSet, valDecl = mkSet(s.Value, elem)
		body = c.block(s.Body.List)
		sv := c.seqValue(s.X)
		var keyIdx = -1
		if define && s.Key != nil && !isBlank(s.Key) {
			if loc := c.fb.vars[c.info.Defs[s.Key.(*ast.Ident)]]; loc.kind == vSlot {
				keyIdx = loc.idx
			}
		}
		copyArr := isArray && s.Value != nil && !isBlank(s.Value)
		return func(fr *frame) ctl {
			v := sv(fr)
			if copyArr {
				v = sq.clone(v) // ranging over an array ranges over a copy
			}
			n := sq.length(v)
			th := fr.th
			for i := 0; i < n; i++ {
				th.gas--
				if th.gas < 0 {
					th.outOfGas()
				}
				decl(fr)
				if keyIdx >= 0 {
					fr.I[keyIdx] = int64(i)
				} else if keySet != nil {
					keySet(fr, i)
				}
				if valSet != nil {
					valSet(fr, sq.get(v, i))
				}
				if r := body(fr); r != ctlNext {
					if stop, out := loop(fr, r); stop {
						return out
					}
				}
			}
			return ctlNext
		}
	case *types.Map:
		keySet, keyDecl = mkSet(s.Key, u.Key())
		valSet, valDecl = mkSet(s.Value, u.Elem())
		body = c.block(s.Body.List)
		mv := c.expr(s.X).anyFn()
		return func(fr *frame) ctl {
			m, _ := mv(fr).(*Map)
			keys := m.sortedKeys()
			th := fr.th
			for _, k := range keys {
				th.useGas(2)
				v, ok := m.get(k)
				if !ok {
					continue // deleted during iteration
				}
				decl(fr)
				if keySet != nil {
					keySet(fr, k)
				}
				if valSet != nil {
					valSet(fr, v)
				}
				if stop, out := loop(fr, body(fr)); stop {
					return out
				}
			}
			return ctlNext
		}
	case *types.Signature:
		// range over func(yield func(K, V) bool)
		ys := u.Params().At(0).Type().Underlying().(*types.Signature)
		var kt, vt types.Type
		if ys.Params().Len() > 0 {
			kt = ys.Params().At(0).Type()
		}
		if ys.Params().Len() > 1 {
			vt = ys.Params().At(1).Type()
		}
		keySet, keyDecl = mkSet(s.Key, kt)
		valSet, valDecl = mkSet(s.Value, vt)
		body = c.block(s.Body.List)
		fv := c.expr(s.X).anyFn()
		np := ys.Params().Len()
		boolT := c.prog.basic[kBool]
		return func(fr *frame) ctl {
			seq, _ := fv(fr).(*Closure)
			var result ctl
			done, bodyPanicked := false, false
			yield := nativeClosure("yield", func(th *Thread, args []any) []any {
				if done {
					panic(runtimeError("range function continued iteration after function for loop body returned false"))
				}
				panicking := true
				defer func() {
					if panicking {
						bodyPanicked = true
					}
				}()
				th.useGas(1)
				decl(fr)
				if keySet != nil {
					keySet(fr, args[0])
				}
				if valSet != nil {
					valSet(fr, args[1])
				}
				r := body(fr)
				panicking = false
				if stop, out := loop(fr, r); stop {
					done = true
					result = out
					return []any{false}
				}
				return []any{true}
			}, np, []*rtype{boolT})
			yield.fn.isMethod = false
			yield.fn.realm = fr.fn.realm // the loop body runs as the code around it
			fr.th.callClosure(seq, []any{yield}, nil)
			if bodyPanicked {
				panic(runtimeError("range function recovered a loop body panic and did not resume panicking"))
			}
			done = true
			return result
		}
	}
	c.fail(s, "unsupported range expression")
	return nil
}
