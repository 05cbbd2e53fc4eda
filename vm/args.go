package vm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// Param is a parameter or result of an exported function.
type Param struct {
	Name string `json:"name,omitempty"`
	Type string `json:"type"`
}

// FuncInfo describes an exported package-level function of a package.
type FuncInfo struct {
	Name      string  `json:"name"`
	Signature string  `json:"signature"` // as in source: func Transfer(to amigo.Address, amount uint64) error
	Doc       string  `json:"doc,omitempty"`
	Params    []Param `json:"params"`
	Results   []Param `json:"results"`
	Variadic  bool    `json:"variadic,omitempty"`
}

// Funcs lists the exported, non-generic package-level functions of the
// main package, in source order.
func (p *Program) Funcs() []FuncInfo {
	var out []FuncInfo
	pi := p.main
	qual := types.RelativeTo(pi.types)
	for _, f := range pi.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || !fd.Name.IsExported() {
				continue
			}
			obj, _ := pi.info.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			sig := obj.Type().(*types.Signature)
			if sig.TypeParams().Len() > 0 {
				continue
			}
			fi := FuncInfo{Name: obj.Name(), Variadic: sig.Variadic(), Params: []Param{}, Results: []Param{}}
			if fd.Doc != nil {
				fi.Doc = strings.TrimSpace(fd.Doc.Text())
			}
			fi.Signature = "func " + obj.Name() + strings.TrimPrefix(types.TypeString(sig, qual), "func")
			for i := range sig.Params().Len() {
				v := sig.Params().At(i)
				fi.Params = append(fi.Params, Param{v.Name(), types.TypeString(v.Type(), qual)})
			}
			for i := range sig.Results().Len() {
				v := sig.Results().At(i)
				fi.Results = append(fi.Results, Param{v.Name(), types.TypeString(v.Type(), qual)})
			}
			out = append(out, fi)
		}
	}
	return out
}

// Imports lists the deployed (non-standard) packages the main package
// imports directly.
func (p *Program) Imports() []string {
	var out []string
	for _, imp := range p.main.types.Imports() {
		if pi := p.pkgs[imp.Path()]; pi != nil && pi.persisted() {
			out = append(out, imp.Path())
		}
	}
	return out
}

// ArgError is a call argument that does not fit its parameter.
type ArgError struct{ Msg string }

func (e *ArgError) Error() string { return e.Msg }

// exportedFunc finds an exported, non-generic function of the main package.
func (p *Program) exportedFunc(name string) (*types.Func, *types.Signature, error) {
	obj, ok := p.main.types.Scope().Lookup(name).(*types.Func)
	if !ok || !obj.Exported() {
		return nil, nil, &ArgError{fmt.Sprintf("package %s has no exported function %s", p.main.path, name)}
	}
	sig := obj.Type().(*types.Signature)
	if sig.TypeParams().Len() > 0 {
		return nil, nil, &ArgError{fmt.Sprintf("%s.%s is generic and cannot be called directly", p.main.path, name)}
	}
	return obj, sig, nil
}

// ParseArgs converts call arguments to host values for the parameters of
// the exported function name: a basic-typed parameter takes its value as
// text (bob, 100, true, 1.5); any parameter takes JSON (structs, slices,
// maps, pointers; "quoted" for strings). Errors name the parameter and
// the type it expects.
func (p *Program) ParseArgs(th *Thread, name string, args []string) ([]any, error) {
	_, sig, err := p.exportedFunc(name)
	if err != nil {
		return nil, err
	}
	params := sig.Params()
	n := params.Len()
	qual := types.RelativeTo(p.main.types)
	describe := func() string {
		var ps []string
		for i := range n {
			t := params.At(i).Type()
			if sig.Variadic() && i == n-1 {
				ps = append(ps, params.At(i).Name()+" ..."+types.TypeString(t.(*types.Slice).Elem(), qual))
				continue
			}
			ps = append(ps, params.At(i).Name()+" "+types.TypeString(t, qual))
		}
		return strings.Join(ps, ", ")
	}
	if (!sig.Variadic() && len(args) != n) || (sig.Variadic() && len(args) < n-1) {
		min := n
		want := ""
		if sig.Variadic() {
			min, want = n-1, "at least "
		}
		want += fmt.Sprintf("%d argument", min)
		if min != 1 {
			want += "s"
		}
		return nil, &ArgError{fmt.Sprintf("%s.%s takes %s (%s), got %d", p.main.path, name, want, describe(), len(args))}
	}
	out := make([]any, 0, n)
	for i := range n {
		v := params.At(i)
		t := p.rtypeOf(v.Type())
		if sig.Variadic() && i == n-1 {
			et := t.elem
			rest := t.makeSeq(0, len(args)-i)
			sq := t.seq()
			for j, a := range args[i:] {
				x, err := p.parseArg(th, et, a)
				if err != nil {
					return nil, &ArgError{fmt.Sprintf("argument %d (%s ...%s): %v", i+j+1, v.Name(), types.TypeString(et.T, qual), err)}
				}
				rest = sq.appendOne(rest, x)
			}
			out = append(out, rest)
			break
		}
		x, err := p.parseArg(th, t, args[i])
		if err != nil {
			return nil, &ArgError{fmt.Sprintf("argument %d (%s %s): %v", i+1, v.Name(), types.TypeString(v.Type(), qual), err)}
		}
		out = append(out, x)
	}
	return out, nil
}

func (p *Program) parseArg(th *Thread, t *rtype, s string) (any, error) {
	k := t.kind
	bad := func() error { return fmt.Errorf("%q is not a valid %s", s, t.name) }
	switch {
	case k == kString:
		return s, nil
	case k == kBool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return nil, bad()
		}
		return b, nil
	case k.isInt():
		bits := 64
		if sz := t.bytes(); sz > 0 {
			bits = int(sz * 8)
		}
		if k.isUnsigned() {
			u, err := strconv.ParseUint(s, 10, bits)
			if err != nil {
				return nil, bad()
			}
			return fromInt(k, int64(u)), nil
		}
		i, err := strconv.ParseInt(s, 10, bits)
		if err != nil {
			return nil, bad()
		}
		return fromInt(k, i), nil
	case k.isFloat():
		bits := 64
		if k == kFloat32 {
			bits = 32
		}
		f, err := strconv.ParseFloat(s, bits)
		if err != nil {
			return nil, bad()
		}
		return fromFloat(k, f), nil
	case k.isComplex():
		c, err := strconv.ParseComplex(s, 128)
		if err != nil {
			return nil, bad()
		}
		if k == kComplex64 {
			return complex64(c), nil
		}
		return c, nil
	case k == kFunc:
		return nil, fmt.Errorf("a function cannot be passed as an argument")
	}
	if !json.Valid([]byte(s)) {
		return nil, fmt.Errorf("%q is not valid JSON for %s", s, t.name)
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%q: %v", s, err)
	}
	var out any
	err := th.protect(func() {
		d := &jsonDecoder{th: th}
		out = d.assign(t, t.zero(), raw, []byte(s))
		if d.err != nil {
			if d.err.custom != "" {
				panic(abort{kind: ErrPanic, msg: d.err.custom})
			}
			msg := "cannot use JSON " + d.err.value + " as " + d.err.typ
			if d.err.field != "" {
				msg += " in field " + d.err.strct + "." + d.err.field
			}
			panic(abort{kind: ErrPanic, msg: msg})
		}
	})
	if err != nil {
		if re, ok := err.(*RunError); ok {
			return nil, fmt.Errorf("%s", re.Msg)
		}
		return nil, err
	}
	return out, nil
}

// Call runs the exported function name with host-value args (from
// ParseArgs) and returns its results as JSON: the single result, or an
// array of them, without a trailing error result. A non-nil error result
// is returned as *CallError; the state changes of the call are then to be
// discarded, as for a panic.
func (p *Program) Call(th *Thread, name string, args []any) (result []byte, err error) {
	_, sig, err := p.exportedFunc(name)
	if err != nil {
		return nil, err
	}
	res, err := p.CallFunc(th, name, args...)
	if err != nil {
		return nil, err
	}
	rs := sig.Results()
	n := rs.Len()
	if n > 0 && types.Identical(rs.At(n-1).Type(), types.Universe.Lookup("error").Type()) {
		if ev := res[n-1]; ev != nil {
			var msg string
			if perr := th.protect(func() { msg = p.panicMessageSafe(ev, th) }); perr != nil {
				msg = "error value whose Error method failed: " + perr.Error()
			}
			return nil, &CallError{Msg: msg, GasUsed: th.GasUsed()}
		}
		n--
	}
	var parts [][]byte
	for i := range n {
		var b []byte
		e := &jsonEncoder{th: th}
		perr := th.protect(func() {
			if je := e.value(p.rtypeOf(rs.At(i).Type()), res[i], false); je != nil {
				panic(abort{kind: ErrPanic, msg: "result " + strconv.Itoa(i+1) + ": " + je.msg})
			}
			b = e.buf.Bytes()
		})
		if perr != nil {
			return nil, perr
		}
		parts = append(parts, b)
	}
	switch len(parts) {
	case 0:
		return []byte("null"), nil
	case 1:
		return parts[0], nil
	}
	return append(append([]byte("["), bytes.Join(parts, []byte(","))...), ']'), nil
}

// CallError is a call whose function returned a non-nil error.
type CallError struct {
	Msg     string
	GasUsed int64
}

func (e *CallError) Error() string { return e.Msg }
