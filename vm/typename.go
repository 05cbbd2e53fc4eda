package vm

import (
	"go/types"
	"strconv"
	"strings"
)

// typeName formats a type as Go's reflect (and so %T and panics) does.
func typeName(t types.Type) string {
	var b strings.Builder
	writeTypeName(&b, t)
	return b.String()
}

func writeTypeName(b *strings.Builder, t types.Type) {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		b.WriteString(types.Typ[t.Kind()].Name())
	case *types.Named:
		if p := t.Obj().Pkg(); p != nil {
			b.WriteString(p.Name() + ".")
		}
		b.WriteString(t.Obj().Name())
		if ta := t.TypeArgs(); ta.Len() > 0 {
			b.WriteByte('[')
			for i := range ta.Len() {
				if i > 0 {
					b.WriteByte(',')
				}
				writeTypeName(b, ta.At(i))
			}
			b.WriteByte(']')
		}
	case *types.Pointer:
		b.WriteByte('*')
		writeTypeName(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeTypeName(b, t.Elem())
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		writeTypeName(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeTypeName(b, t.Key())
		b.WriteByte(']')
		writeTypeName(b, t.Elem())
	case *types.Chan:
		b.WriteString("chan ")
		writeTypeName(b, t.Elem())
	case *types.Struct:
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := range t.NumFields() {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeTypeName(b, f.Type())
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if t.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface { ")
		for i := range t.NumMethods() {
			if i > 0 {
				b.WriteString("; ")
			}
			m := t.Method(i)
			b.WriteString(m.Name())
			writeSig(b, m.Type().(*types.Signature))
		}
		b.WriteString(" }")
	case *types.Signature:
		b.WriteString("func")
		writeSig(b, t)
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	default:
		b.WriteString(t.String())
	}
}

func writeSig(b *strings.Builder, s *types.Signature) {
	b.WriteByte('(')
	for i := range s.Params().Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := s.Params().At(i).Type()
		if s.Variadic() && i == s.Params().Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeTypeName(b, pt)
	}
	b.WriteByte(')')
	switch n := s.Results().Len(); n {
	case 0:
	case 1:
		b.WriteByte(' ')
		writeTypeName(b, s.Results().At(0).Type())
	default:
		b.WriteString(" (")
		for i := range n {
			if i > 0 {
				b.WriteString(", ")
			}
			writeTypeName(b, s.Results().At(i).Type())
		}
		b.WriteByte(')')
	}
}
