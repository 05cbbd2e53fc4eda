package vm

import "go/types"

// Slices whose elements are held as []any in the host grow by Go's rule for
// the element's real size, so that cap() after append is what Go reports.
// (Slices of basic types are native Go slices and grow by Go's own append.)

var gcSizes = types.SizesFor("gc", "amd64")

// sizeClasses are the Go runtime's malloc size classes (runtime/sizeclasses.go).
var sizeClasses = [...]int64{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

const (
	maxSmallSize           = 32768
	mallocHeaderSize       = 8
	minSizeForMallocHeader = 512
	pageSize               = 8192
)

// roundupsize is the runtime's: the size malloc really gives for size bytes.
func roundupsize(size int64, noscan bool) int64 {
	req := size
	if req <= maxSmallSize-mallocHeaderSize {
		if !noscan && req > minSizeForMallocHeader {
			req += mallocHeaderSize
		}
		for _, c := range sizeClasses[1:] {
			if c >= req {
				return c - (req - size)
			}
		}
	}
	req += pageSize - 1
	if req < size {
		return size
	}
	return req &^ (pageSize - 1)
}

// nextSliceCap is the runtime's growth rule before rounding.
func nextSliceCap(newLen, oldCap int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		newcap += (newcap + 3*threshold) >> 2
		if uint(newcap) >= uint(newLen) {
			break
		}
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// goGrowCap is the capacity Go's append gives when growing a slice of
// elements of the given size from oldCap to hold newLen elements.
func goGrowCap(newLen, oldCap int, size int64, noscan bool) int {
	newcap := nextSliceCap(newLen, oldCap)
	if size == 0 {
		return newcap
	}
	mem := roundupsize(int64(newcap)*size, noscan)
	return int(mem / size)
}

func hasPointers(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String || u.Kind() == types.UnsafePointer
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	}
	return true
}

// growth describes how appends to a slice type must grow its host slice:
// nil when the host slice already grows as Go would.
type growth struct {
	size   int64
	noscan bool
}

func (t *rtype) growth() *growth {
	if t.kind != kSlice || seqFor(t.elem) != anySeq || t.elem.kind == kInterface {
		return nil
	}
	return &growth{size: gcSizes.Sizeof(t.elem.T), noscan: !hasPointers(t.elem.T)}
}

// reserve makes room for n more elements in s (a []any), growing it the way
// Go grows a slice of the real element type.
func (g *growth) reserve(s any, n int) any {
	a, _ := s.([]any)
	if len(a)+n <= cap(a) {
		return s
	}
	nc := goGrowCap(len(a)+n, cap(a), g.size, g.noscan)
	b := make([]any, len(a), nc)
	copy(b, a)
	return b
}
