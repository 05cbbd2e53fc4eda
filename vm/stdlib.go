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

func init() {
	for name, f := range stdlib.Natives {
		if _, ok := natives[name]; ok {
			continue
		}
		natives[name] = func(th *Thread, args []any) []any { return f(args) }
	}
}
