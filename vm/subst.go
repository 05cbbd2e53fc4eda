package vm

import "go/types"

// substMap replaces type parameters by type arguments in an instance of a
// generic function: the VM compiles one instance per type-argument list.
type substMap struct {
	m map[*types.TypeParam]types.Type
}

func newSubst(tps *types.TypeParamList, targs []types.Type) *substMap {
	sm := &substMap{m: map[*types.TypeParam]types.Type{}}
	for i := range tps.Len() {
		if i < len(targs) {
			sm.m[tps.At(i)] = targs[i]
		}
	}
	return sm
}

func (c *compiler) subst(t types.Type) types.Type {
	if c.sm == nil || len(c.sm.m) == 0 {
		return t
	}
	return c.sm.apply(t)
}

func (sm *substMap) apply(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.TypeParam:
		if r, ok := sm.m[t]; ok {
			return r
		}
		return t
	case *types.Basic:
		return t
	case *types.Pointer:
		return types.NewPointer(sm.apply(t.Elem()))
	case *types.Slice:
		return types.NewSlice(sm.apply(t.Elem()))
	case *types.Array:
		return types.NewArray(sm.apply(t.Elem()), t.Len())
	case *types.Map:
		return types.NewMap(sm.apply(t.Key()), sm.apply(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), sm.apply(t.Elem()))
	case *types.Tuple:
		if t == nil {
			return t
		}
		vs := make([]*types.Var, t.Len())
		for i := range t.Len() {
			v := t.At(i)
			vs[i] = types.NewVar(v.Pos(), v.Pkg(), v.Name(), sm.apply(v.Type()))
		}
		return types.NewTuple(vs...)
	case *types.Signature:
		params := sm.apply(t.Params()).(*types.Tuple)
		results := sm.apply(t.Results()).(*types.Tuple)
		var recv *types.Var
		if r := t.Recv(); r != nil {
			recv = types.NewVar(r.Pos(), r.Pkg(), r.Name(), sm.apply(r.Type()))
		}
		return types.NewSignatureType(recv, nil, nil, params, results, t.Variadic())
	case *types.Struct:
		fs := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range t.NumFields() {
			f := t.Field(i)
			fs[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), sm.apply(f.Type()), f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fs, tags)
	case *types.Interface:
		return t
	case *types.Named:
		targs := t.TypeArgs()
		if targs.Len() == 0 {
			return t
		}
		args := make([]types.Type, targs.Len())
		changed := false
		for i := range targs.Len() {
			args[i] = sm.apply(targs.At(i))
			if args[i] != targs.At(i) {
				changed = true
			}
		}
		if !changed {
			return t
		}
		inst, err := types.Instantiate(nil, t.Origin(), args, false)
		if err != nil {
			return t
		}
		return inst
	case *types.Alias:
		return sm.apply(types.Unalias(t))
	}
	return t
}
