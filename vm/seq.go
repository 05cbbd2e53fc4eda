package vm

// seqOps are the operations on the host slice that represents an array or
// slice type: []T for basic element types, []any otherwise.
type seqOps interface {
	make(n, c int) any
	nilSlice() any
	length(s any) int
	capacity(s any) int
	get(s any, i int) any
	set(s any, i int, v any)
	ptr(s any, i int) Pointer
	slice(s any, lo, hi int) any
	slice3(s any, lo, hi, max int) any
	appendOne(s any, v any) any
	appendSeq(s, t any) any
	copy(dst, src any) int
	clone(s any) any
	isNil(s any) bool
	// elemSize is the size in bytes charged for one element.
	elemSize() int64
}

type seqT[T any] struct{ size int64 }

func (o seqT[T]) make(n, c int) any { return make([]T, n, c) }
func (o seqT[T]) nilSlice() any     { return []T(nil) }
func (o seqT[T]) length(s any) int {
	x, _ := s.([]T)
	return len(x)
}
func (o seqT[T]) capacity(s any) int {
	x, _ := s.([]T)
	return cap(x)
}
func (o seqT[T]) get(s any, i int) any {
	x, _ := s.([]T)
	return x[i]
}
func (o seqT[T]) set(s any, i int, v any) {
	x, _ := s.([]T)
	x[i] = as[T](v)
}
func (o seqT[T]) ptr(s any, i int) Pointer {
	x, _ := s.([]T)
	return elemPtr[T]{&x[i]}
}

// elemPtr points at an element of a slice or array.
type elemPtr[T any] struct{ p *T }

func (p elemPtr[T]) Load() any   { return *p.p }
func (p elemPtr[T]) Store(v any) { *p.p = as[T](v) }
func (o seqT[T]) slice(s any, lo, hi int) any {
	x, _ := s.([]T)
	if hi < 0 {
		return x[lo:]
	}
	return x[lo:hi]
}
func (o seqT[T]) slice3(s any, lo, hi, max int) any {
	x, _ := s.([]T)
	return x[lo:hi:max]
}
func (o seqT[T]) appendOne(s any, v any) any {
	x, _ := s.([]T)
	return append(x, as[T](v))
}
func (o seqT[T]) appendSeq(s, t any) any {
	x, _ := s.([]T)
	y, _ := t.([]T)
	return append(x, y...)
}
func (o seqT[T]) copy(dst, src any) int {
	x, _ := dst.([]T)
	y, _ := src.([]T)
	return copy(x, y)
}
func (o seqT[T]) clone(s any) any {
	x, _ := s.([]T)
	if x == nil {
		return x
	}
	return append([]T(nil), x...)
}
func (o seqT[T]) isNil(s any) bool {
	x, _ := s.([]T)
	return x == nil
}
func (o seqT[T]) elemSize() int64 { return o.size }

var seqByKind = map[kind]seqOps{
	kBool: seqT[bool]{1}, kInt: seqT[int]{8}, kInt8: seqT[int8]{1}, kInt16: seqT[int16]{2},
	kInt32: seqT[int32]{4}, kInt64: seqT[int64]{8}, kUint: seqT[uint]{8}, kUint8: seqT[uint8]{1},
	kUint16: seqT[uint16]{2}, kUint32: seqT[uint32]{4}, kUint64: seqT[uint64]{8},
	kUintptr: seqT[uintptr]{8}, kFloat32: seqT[float32]{4}, kFloat64: seqT[float64]{8},
	kComplex64: seqT[complex64]{8}, kComplex128: seqT[complex128]{16}, kString: seqT[string]{16},
}

var anySeq seqOps = seqT[any]{16}

// seqFor returns the host slice operations for elements of type t.
func seqFor(elem *rtype) seqOps {
	if o, ok := seqByKind[elem.kind]; ok {
		return o
	}
	return anySeq
}

// seq returns the operations for an array or slice type.
func (t *rtype) seq() seqOps { return seqFor(t.elem) }

// makeSeq makes a slice (or array) value of type t with zeroed elements.
func (t *rtype) makeSeq(n, c int) any {
	s := t.seq().make(n, c)
	if a, ok := s.([]any); ok {
		for i := range a[:c] {
			a[:c][i] = t.elem.zero()
		}
	}
	return s
}

func (t *rtype) makeNilSlice() any { return t.seq().nilSlice() }

func isNilSlice(v any) bool {
	switch v := v.(type) {
	case []any:
		return v == nil
	case []int:
		return v == nil
	case []byte:
		return v == nil
	case []string:
		return v == nil
	case []bool:
		return v == nil
	case []int8:
		return v == nil
	case []int16:
		return v == nil
	case []int32:
		return v == nil
	case []int64:
		return v == nil
	case []uint:
		return v == nil
	case []uint16:
		return v == nil
	case []uint32:
		return v == nil
	case []uint64:
		return v == nil
	case []uintptr:
		return v == nil
	case []float32:
		return v == nil
	case []float64:
		return v == nil
	case []complex64:
		return v == nil
	case []complex128:
		return v == nil
	}
	return false
}

// as converts a host value to T; nil becomes T's zero value (nil
// interfaces, pointers and functions are held as untyped nil).
func as[T any](v any) T {
	if v == nil {
		var z T
		return z
	}
	return v.(T)
}
