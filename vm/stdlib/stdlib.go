// Package stdlib holds the standard packages a contract may import: their
// Go source under src/<import path>/, run by the VM, and the host functions
// that implement the declarations there that have no body.
//
// A native here sees and returns host values only (bool, numbers, string,
// []byte, []string and other slices of basic types): natives that need the
// VM itself (formatting VM values, calling back into VM code) live in
// package vm. Errors are built in the Go source from what a native returns,
// so that they are ordinary VM values (errors.Is and As work on them).
//
// Much of src/ is adapted from the Go standard library (sort and slices
// algorithms, fmt scanning, unicode tables, ...): Copyright 2009 The Go
// Authors, used under the BSD-style license in src/LICENSE.
package stdlib

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed src
var srcFS embed.FS

// File is one source file of a standard package.
type File struct {
	Name string
	Src  []byte
}

// Sources returns the source files of every standard package by import path.
func Sources() map[string][]File {
	out := map[string][]File{}
	fs.WalkDir(srcFS, "src", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		src, err := srcFS.ReadFile(p)
		if err != nil {
			return nil
		}
		pkg := strings.TrimPrefix(path.Dir(p), "src/")
		out[pkg] = append(out[pkg], File{Name: "$GOROOT/src/" + pkg + "/" + path.Base(p), Src: src})
		return nil
	})
	for _, fs := range out {
		sort.Slice(fs, func(i, j int) bool { return fs[i].Name < fs[j].Name })
	}
	return out
}

// Native is a host implementation of a body-less function: "path.Func" or
// "path.Type.Method" (the receiver is args[0]).
type Native func(args []any) []any

// Natives maps qualified names to host implementations.
var Natives = map[string]Native{}

func register(m map[string]Native) {
	for k, v := range m {
		if _, dup := Natives[k]; dup {
			panic("stdlib: native " + k + " registered twice")
		}
		Natives[k] = v
	}
}
