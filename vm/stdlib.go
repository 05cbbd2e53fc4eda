package vm

import "github.com/amigo-platform/amigo/vm/stdlib"

var stdlibSources = loadStdlib()

func loadStdlib() map[string][]File {
	out := map[string][]File{}
	for p, fs := range stdlib.Sources() {
		for _, f := range fs {
			out[p] = append(out[p], File{Name: f.Name, Src: f.Src})
		}
	}
	return out
}

// allocEstimates bound, before the call, what natives whose output can be
// far larger than their input will allocate, so that a program cannot make
// the host allocate past MaxAlloc.
var allocEstimates = map[string]func(args []any) int64{
	"strings.repeat": func(a []any) int64 { return int64(len(a[0].(string))) * toInt(a[1]) },
	"bytes.repeat": func(a []any) int64 {
		b, _ := a[0].([]byte)
		return int64(len(b)) * toInt(a[1])
	},
	"strconv.FormatFloat": func(a []any) int64 { return max(toInt(a[2]), 0) + 32 },
}

// hostSize is the size in bytes of a native's result, for charging.
func hostSize(v any) int64 {
	switch v := v.(type) {
	case string:
		return int64(len(v))
	case []byte:
		return int64(len(v))
	case []string:
		n := int64(16 * len(v))
		for _, s := range v {
			n += int64(len(s))
		}
		return n
	case []int:
		return int64(8 * len(v))
	case []int32:
		return int64(4 * len(v))
	}
	return 0
}

func init() {
	for name, f := range stdlib.Natives {
		if _, ok := natives[name]; ok {
			continue
		}
		est := allocEstimates[name]
		natives[name] = func(th *Thread, args []any) []any {
			if est != nil {
				th.allocBytes(est(args))
			}
			res := f(args)
			if est == nil {
				for _, r := range res {
					if n := hostSize(r); n > 0 {
						th.allocBytes(n)
					}
				}
			}
			return res
		}
	}
}
