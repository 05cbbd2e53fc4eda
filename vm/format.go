package vm

import (
	"fmt"
	"go/types"
	"strings"
	"unicode/utf8"
)

// maxFormatDepth bounds the nesting fmt follows: a slice that contains
// itself through an interface would otherwise recurse until the host's
// stack overflows.
const maxFormatDepth = 1000

// fmtVal adapts a VM value to Go's fmt: Go's own formatting handles basic
// values, and this Formatter handles structure, named types and methods.
type fmtVal struct {
	th      *Thread
	t       *rtype
	v       any
	depth   int
	methods bool
}

// fmtArg prepares an interface value for Go's fmt.
func (th *Thread) fmtArg(v any, depth int, methods bool) any {
	if v == nil {
		return nil
	}
	t := th.prog.typeOfIface(v)
	return th.fmtTyped(t, ifaceValue(v), depth, methods)
}

func (th *Thread) fmtTyped(t *rtype, v any, depth int, methods bool) any {
	if depth > maxFormatDepth {
		panic(runtimeErrorPlain("fmt: value nested more than " + itoa(maxFormatDepth) + " levels deep (a cycle?)"))
	}
	if t.kind == kInterface {
		if v == nil {
			return nil
		}
		return th.fmtArg(v, depth, methods)
	}
	if t.isPredeclared() {
		return v
	}
	return &fmtVal{th: th, t: t, v: v, depth: depth, methods: methods}
}

// directive rebuilds the format directive that led to Format.
func directive(f fmt.State, verb rune) string {
	var b strings.Builder
	b.WriteByte('%')
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			b.WriteRune(c)
		}
	}
	if w, ok := f.Width(); ok {
		b.WriteString(itoa(w))
	}
	if p, ok := f.Precision(); ok {
		b.WriteByte('.')
		b.WriteString(itoa(p))
	}
	b.WriteRune(verb)
	return b.String()
}

func (v *fmtVal) Format(f fmt.State, verb rune) {
	th, t := v.th, v.t
	sharp := f.Flag('#') && verb == 'v'
	plus := f.Flag('+') && verb == 'v'
	if v.methods && !sharp {
		switch verb {
		case 'v', 's', 'x', 'X', 'q':
			for _, name := range []string{"Error", "String"} {
				m := t.method(name)
				if m == nil || !isStringMethod(m) {
					continue
				}
				if t.kind == kPointer && isNilValue(v.v) {
					// Go prints <nil> for a nil pointer receiver that panics
					if s, ok := safeCallString(th, m, v.v); ok {
						fmt.Fprintf(f, directive(f, verb), s)
					} else {
						fmt.Fprint(f, "<nil>")
					}
					return
				}
				res := th.callClosure(&Closure{fn: m.fn, env: m.env, recv: v.v, bound: true}, nil, nil)
				fmt.Fprintf(f, directive(f, verb), res[0].(string))
				return
			}
		}
	}
	dir := directive(f, verb)
	sub := func(ft *rtype, x any) any {
		if r := th.fmtTyped(ft, x, v.depth+1, true); r != nil {
			return r
		}
		return nilAngle{ft.name}
	}
	switch t.kind {
	case kStruct:
		s := v.v.(*Struct)
		if sharp {
			f.Write([]byte(t.name + "{"))
		} else {
			f.Write([]byte("{"))
		}
		for i, fl := range t.fields {
			if i > 0 {
				if sharp {
					f.Write([]byte(", "))
				} else {
					f.Write([]byte(" "))
				}
			}
			if plus || sharp {
				f.Write([]byte(fl.name + ":"))
			}
			x := s.F[i]
			if fl.typ.kind == kInterface && x == nil && sharp {
				f.Write([]byte("interface {}(nil)"))
				continue
			}
			fmt.Fprintf(f, dir, th.fmtTyped(fl.typ, x, v.depth+1, fl.exported))
		}
		f.Write([]byte("}"))
	case kPointer:
		if isNilValue(v.v) {
			if sharp {
				fmt.Fprintf(f, "(%s)(nil)", t.name)
				return
			}
			fmt.Fprint(f, "<nil>")
			return
		}
		if v.depth == 0 && (t.elem.kind == kStruct || t.elem.kind == kArray || t.elem.kind == kSlice || t.elem.kind == kMap) {
			f.Write([]byte("&"))
			fmt.Fprintf(f, dir, th.fmtTyped(t.elem, loadPtr(v.v), v.depth+1, true))
			return
		}
		fmt.Fprint(f, "0xc000010000")
	case kSlice, kArray:
		sq := t.seq()
		if t.elem.kind == kUint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
			b, _ := v.v.([]byte)
			fmt.Fprintf(f, dir, b)
			return
		}
		if sharp {
			if t.kind == kSlice && sq.isNil(v.v) {
				f.Write([]byte(t.name + "(nil)"))
				return
			}
			f.Write([]byte(t.name + "{"))
		} else {
			f.Write([]byte("["))
		}
		n := sq.length(v.v)
		for i := range n {
			if i > 0 {
				if sharp {
					f.Write([]byte(", "))
				} else {
					f.Write([]byte(" "))
				}
			}
			fmt.Fprintf(f, dir, sub(t.elem, sq.get(v.v, i)))
		}
		if sharp {
			f.Write([]byte("}"))
		} else {
			f.Write([]byte("]"))
		}
	case kMap:
		m, _ := v.v.(*Map)
		if sharp {
			if m == nil {
				f.Write([]byte(t.name + "(nil)"))
				return
			}
			f.Write([]byte(t.name + "{"))
		} else {
			f.Write([]byte("map["))
		}
		for i, k := range m.sortedKeys() {
			if i > 0 {
				if sharp {
					f.Write([]byte(", "))
				} else {
					f.Write([]byte(" "))
				}
			}
			val, _ := m.get(k)
			fmt.Fprintf(f, dir, sub(t.key, k))
			f.Write([]byte(":"))
			fmt.Fprintf(f, dir, sub(t.elem, val))
		}
		if sharp {
			f.Write([]byte("}"))
		} else {
			f.Write([]byte("]"))
		}
	case kFunc:
		if isNilValue(v.v) {
			fmt.Fprint(f, "<nil>")
			return
		}
		fmt.Fprint(f, "0x47b0e0")
	case kInterface:
		fmt.Fprintf(f, dir, th.fmtArg(v.v, v.depth, true))
	default:
		if sharp {
			fmt.Fprintf(f, "%#v", v.v)
			return
		}
		if !verbOK(t.kind, verb) {
			fmt.Fprintf(f, "%%!%c(%s=%v)", verb, t.name, v.v)
			return
		}
		fmt.Fprintf(f, dir, v.v)
	}
}

// verbOK reports whether fmt accepts verb for a basic kind.
func verbOK(k kind, verb rune) bool {
	var ok string
	switch {
	case k == kBool:
		ok = "tv"
	case k.isInt():
		ok = "bcdoOqxXUv"
	case k.isFloat(), k.isComplex():
		ok = "beEfFgGxXv"
	case k == kString:
		ok = "sqxXv"
	default:
		return true
	}
	return strings.ContainsRune(ok, verb)
}

func isStringMethod(m *Closure) bool {
	fn := m.fn
	if fn.sig != nil {
		return fn.sig.Params().Len() == 0 && fn.sig.Results().Len() == 1 && types.Identical(fn.sig.Results().At(0).Type(), types.Typ[types.String])
	}
	return len(fn.results) == 1
}

// sprintf formats like fmt.Sprintf over VM interface values. It rewrites
// the format into a positional one (explicit [n] indexes resolved here) so
// that %T can be given the VM type name, then lets Go's fmt do the rest.
func (th *Thread) sprintf(format string, args []any) string {
	var nf strings.Builder
	out := make([]any, 0, len(args))
	argi := 0
	reordered := false
	// index parses "[n]" at format[j:], returning the new position and
	// whether it was well formed and in range.
	index := func(j int) (int, bool) {
		end := strings.IndexByte(format[j:], ']')
		if end < 0 {
			return len(format), false
		}
		n := 0
		digits := format[j+1 : j+end]
		ok := digits != ""
		for _, c := range digits {
			if c < '0' || c > '9' || n > 1e6 {
				ok = false
				break
			}
			n = n*10 + int(c-'0')
		}
		reordered = true
		if !ok || n < 1 || n > len(args) {
			return j + end + 1, false
		}
		argi = n - 1
		return j + end + 1, true
	}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			nf.WriteByte(format[i])
			continue
		}
		var d strings.Builder
		d.WriteByte('%')
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0", format[j]) >= 0 {
			d.WriteByte(format[j])
			j++
		}
		good := true
		star := func() {
			if argi < len(args) {
				out = append(out, ifaceValue(args[argi]))
				argi++
			} else {
				out = append(out, badArg{})
			}
			d.WriteByte('*')
			j++
		}
		if j < len(format) && format[j] == '[' {
			var ok bool
			j, ok = index(j)
			good = good && ok
		}
		if j < len(format) && format[j] == '*' {
			star()
		}
		for j < len(format) && format[j] >= '0' && format[j] <= '9' {
			d.WriteByte(format[j])
			j++
		}
		if j < len(format) && format[j] == '.' {
			d.WriteByte('.')
			j++
			if j < len(format) && format[j] == '[' {
				var ok bool
				j, ok = index(j)
				good = good && ok
			}
			if j < len(format) && format[j] == '*' {
				star()
			}
			for j < len(format) && format[j] >= '0' && format[j] <= '9' {
				d.WriteByte(format[j])
				j++
			}
		}
		if j < len(format) && format[j] == '[' {
			var ok bool
			j, ok = index(j)
			good = good && ok
		}
		if j >= len(format) {
			nf.WriteString(d.String())
			break
		}
		verb, size := utf8.DecodeRuneInString(format[j:])
		i = j + size - 1
		switch {
		case verb == '%':
			nf.WriteString("%%")
			continue
		case !good:
			nf.WriteString("%%!" + string(verb) + "(BADINDEX)")
			continue
		case argi >= len(args):
			nf.WriteString("%%!" + string(verb) + "(MISSING)")
			continue
		}
		a := args[argi]
		argi++
		switch verb {
		case 'T':
			d.WriteByte('s')
			if t := th.prog.typeOfIface(a); t != nil {
				out = append(out, t.name)
			} else {
				out = append(out, "<nil>")
			}
		case 'w':
			d.WriteByte('v')
			if a == nil {
				out = append(out, badNilW{})
			} else if t := th.prog.typeOfIface(a); t.method("Error") == nil {
				out = append(out, badW{t.name, th.fmtArg(a, 0, true)})
			} else {
				out = append(out, th.fmtArg(a, 0, true))
			}
		default:
			d.WriteRune(verb)
			out = append(out, th.fmtArg(a, 0, true))
		}
		nf.WriteString(d.String())
	}
	if !reordered && argi < len(args) {
		// Go reports unused operands as %!(EXTRA type=value, ...)
		nf.WriteString("%%!(EXTRA ")
		for k, a := range args[argi:] {
			if k > 0 {
				nf.WriteString(", ")
			}
			name := "<nil>"
			if t := th.prog.typeOfIface(a); t != nil {
				name = t.name
			}
			nf.WriteString(strings.ReplaceAll(name, "%", "%%") + "=%v")
			out = append(out, th.fmtArg(a, 0, true))
		}
		nf.WriteString(")")
	}
	s := fmt.Sprintf(nf.String(), out...)
	th.allocBytes(int64(len(s)))
	return s
}

// badArg is a missing '*' operand.
type badArg struct{}

func (badArg) Format(f fmt.State, verb rune) { f.Write([]byte("%!(BADWIDTH)")) }

func (th *Thread) sprint(args []any, ln bool) string {
	var b strings.Builder
	isStr := func(v any) bool {
		t := th.prog.typeOfIface(v)
		return t != nil && t.kind == kString
	}
	for i, a := range args {
		if i > 0 && (ln || !isStr(args[i-1]) && !isStr(a)) {
			b.WriteByte(' ')
		}
		fmt.Fprint(&b, th.fmtArg(a, 0, true))
	}
	if ln {
		b.WriteByte('\n')
	}
	th.allocBytes(int64(b.Len()))
	return b.String()
}

func wrapIndexes(format string) []int {
	var out []int
	argi := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*", format[j]) >= 0 {
			if format[j] == '*' {
				argi++
			}
			j++
		}
		if j >= len(format) {
			break
		}
		switch format[j] {
		case '%':
		case 'w':
			out = append(out, argi)
			argi++
		default:
			argi++
		}
		i = j
	}
	return out
}

// nilAngle prints as <nil> whatever the verb, as fmt does for a nil
// interface inside a composite value.
type nilAngle struct{ typ string }

func (n nilAngle) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		f.Write([]byte(n.typ + "(nil)"))
		return
	}
	f.Write([]byte("<nil>"))
}

// badNilW prints a nil %w operand as fmt.Errorf does.
type badNilW struct{}

func (badNilW) Format(f fmt.State, verb rune) { f.Write([]byte("%!w(<nil>)")) }

// badW prints a %w operand that is not an error as fmt does.
type badW struct {
	typ string
	v   any
}

func (b badW) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "%%!w(%s=%v)", b.typ, b.v) }
