package vm

import (
	"go/types"
)

// kind is the runtime shape of a value, derived from its type's underlying type.
type kind uint8

const (
	kInvalid kind = iota
	kBool
	kInt
	kInt8
	kInt16
	kInt32
	kInt64
	kUint
	kUint8
	kUint16
	kUint32
	kUint64
	kUintptr
	kFloat32
	kFloat64
	kComplex64
	kComplex128
	kString
	kStruct
	kArray
	kSlice
	kMap
	kPointer
	kFunc
	kInterface
)

func (k kind) isInt() bool      { return k >= kInt && k <= kUintptr }
func (k kind) isUnsigned() bool { return k >= kUint && k <= kUintptr }
func (k kind) isFloat() bool    { return k == kFloat32 || k == kFloat64 }
func (k kind) isComplex() bool  { return k == kComplex64 || k == kComplex128 }
func (k kind) isBasic() bool    { return k >= kBool && k <= kString }

// rtype is the VM's runtime view of a Go type. There is one *rtype per
// identical type in a program, so pointer equality is type identity.
type rtype struct {
	T      types.Type
	kind   kind
	elem   *rtype // array, slice, pointer, map value
	key    *rtype // map key
	len    int    // array length
	fields []rfield
	name   string // as %T prints it
	// methods is the method set used for interface dispatch, built on first use.
	methods map[string]*Closure
	prog    *Program
	zeroFn  func() any
	size    int64       // bytes a value occupies in Go (types.Sizes for gc/amd64), -1 if unknown yet
	ptrTo   *rtype      // *T, made on first use
	json    []jsonField // encoding/json's view of a struct type, made on first use
}

// pointerTo returns the type *t.
func (t *rtype) pointerTo() *rtype {
	if t.ptrTo == nil {
		t.ptrTo = t.prog.rtypeOf(types.NewPointer(t.T))
	}
	return t.ptrTo
}

// bytes is the Go size of a value of the type, charged when one is made.
func (t *rtype) bytes() int64 {
	if t.size < 0 {
		t.size = safeSizeof(t.T)
	}
	return t.size
}

// safeSizeof is types.Sizes.Sizeof that reports an overflowing size as -1.
func safeSizeof(t types.Type) (n int64) {
	defer func() {
		if recover() != nil {
			n = -1
		}
	}()
	return gcSizes.Sizeof(t)
}

type rfield struct {
	name     string
	typ      *rtype
	embedded bool
	exported bool
	tag      string
}

var basicKinds = map[types.BasicKind]kind{
	types.Bool: kBool, types.UntypedBool: kBool,
	types.Int: kInt, types.UntypedInt: kInt,
	types.Int8: kInt8, types.Int16: kInt16, types.Int32: kInt32, types.UntypedRune: kInt32,
	types.Int64: kInt64, types.Uint: kUint, types.Uint8: kUint8, types.Uint16: kUint16,
	types.Uint32: kUint32, types.Uint64: kUint64, types.Uintptr: kUintptr,
	types.Float32: kFloat32, types.Float64: kFloat64, types.UntypedFloat: kFloat64,
	types.Complex64: kComplex64, types.Complex128: kComplex128, types.UntypedComplex: kComplex128,
	types.String: kString, types.UntypedString: kString,
	types.UntypedNil: kInterface,
}

func kindOf(t types.Type) kind {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return basicKinds[u.Kind()]
	case *types.Struct:
		return kStruct
	case *types.Array:
		return kArray
	case *types.Slice:
		return kSlice
	case *types.Map:
		return kMap
	case *types.Pointer:
		return kPointer
	case *types.Signature:
		return kFunc
	case *types.Interface:
		return kInterface
	}
	return kInvalid
}

// typeTable canonicalises types.Type values to *rtype.
type typeTable struct {
	prog    *Program
	byPtr   map[types.Type]*rtype
	buckets map[string][]*rtype
}

func (tt *typeTable) rtypeOf(t types.Type) *rtype {
	t = types.Unalias(t)
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped == 0 {
		t = types.Typ[b.Kind()] // byte is uint8, rune is int32
	}
	if rt, ok := tt.byPtr[t]; ok {
		return rt
	}
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	key := typeName(t) // byte and rune print as uint8 and int32
	for _, rt := range tt.buckets[key] {
		if types.Identical(rt.T, t) {
			tt.byPtr[t] = rt
			return rt
		}
	}
	rt := &rtype{T: t, kind: kindOf(t), prog: tt.prog, size: -1}
	rt.name = typeName(t)
	tt.byPtr[t] = rt
	tt.buckets[key] = append(tt.buckets[key], rt)
	switch u := t.Underlying().(type) {
	case *types.Array:
		rt.len = int(u.Len())
		rt.elem = tt.rtypeOf(u.Elem())
	case *types.Slice:
		rt.elem = tt.rtypeOf(u.Elem())
	case *types.Pointer:
		rt.elem = tt.rtypeOf(u.Elem())
	case *types.Map:
		rt.key = tt.rtypeOf(u.Key())
		rt.elem = tt.rtypeOf(u.Elem())
	case *types.Struct:
		rt.fields = make([]rfield, u.NumFields())
		for i := range u.NumFields() {
			f := u.Field(i)
			rt.fields[i] = rfield{name: f.Name(), typ: tt.rtypeOf(f.Type()), embedded: f.Embedded(), exported: f.Exported(), tag: u.Tag(i)}
		}
	}
	rt.zeroFn = zeroFunc(rt)
	return rt
}

// zero returns a fresh zero value of the type in its host representation.
func (t *rtype) zero() any { return t.zeroFn() }

func zeroFunc(t *rtype) func() any {
	switch t.kind {
	case kBool:
		return func() any { return false }
	case kInt:
		return func() any { return int(0) }
	case kInt8:
		return func() any { return int8(0) }
	case kInt16:
		return func() any { return int16(0) }
	case kInt32:
		return func() any { return int32(0) }
	case kInt64:
		return func() any { return int64(0) }
	case kUint:
		return func() any { return uint(0) }
	case kUint8:
		return func() any { return uint8(0) }
	case kUint16:
		return func() any { return uint16(0) }
	case kUint32:
		return func() any { return uint32(0) }
	case kUint64:
		return func() any { return uint64(0) }
	case kUintptr:
		return func() any { return uintptr(0) }
	case kFloat32:
		return func() any { return float32(0) }
	case kFloat64:
		return func() any { return float64(0) }
	case kComplex64:
		return func() any { return complex64(0) }
	case kComplex128:
		return func() any { return complex128(0) }
	case kString:
		return func() any { return "" }
	case kStruct:
		return func() any {
			s := &Struct{T: t, F: make([]any, len(t.fields))}
			for i, f := range t.fields {
				s.F[i] = f.typ.zero()
			}
			return s
		}
	case kArray:
		return func() any { return t.makeSeq(t.len, t.len) }
	case kSlice:
		nilSlice := t.makeNilSlice()
		return func() any { return nilSlice }
	case kMap:
		return func() any { return (*Map)(nil) }
	case kFunc:
		return func() any { return (*Closure)(nil) }
	}
	return func() any { return nil }
}

// String returns the type as %T prints it.
func (t *rtype) String() string { return t.name }

// named reports whether values of this type in an interface keep their
// host representation alone (predeclared basic types).
func (t *rtype) isPredeclared() bool {
	b, ok := t.T.(*types.Basic)
	return ok && b.Kind() != types.UnsafePointer
}

// pkgName returns "main" for "main.T" types, "" for unnamed.
func (t *rtype) pkgName() string {
	if n, ok := t.T.(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name()
	}
	return ""
}

// needsClone reports whether values of the type are held by reference in the
// host and must be copied to keep Go's value semantics.
func (t *rtype) needsClone() bool { return t.kind == kStruct || t.kind == kArray }
