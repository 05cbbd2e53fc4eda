package cli

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/amigo-platform/amigo/vm"
)

// A contract directory's package path is its base name, or what its
// amigo.mod file says on a line `path PATH`. When a test imports a package
// that is not standard, it is found in a directory of that path under the
// contract's directory's ancestors: examples/dex importing "token" finds
// examples/token, importing "alice/token" finds examples/alice/token.

// contractPath is the package path of the contract in dir.
func contractPath(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if f, err := os.Open(filepath.Join(abs, "amigo.mod")); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if p, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "path "); ok {
				p = strings.TrimSpace(p)
				if err := vm.ValidPackagePath(p); err != nil {
					return "", fmt.Errorf("%s: %w", filepath.Join(dir, "amigo.mod"), err)
				}
				return p, nil
			}
		}
	}
	return filepath.Base(abs), nil
}

// localResolver finds imported packages in directories beside dir's
// ancestors (their non-test files).
func localResolver(dir string) vm.Resolver {
	abs, _ := filepath.Abs(dir)
	return func(path string) ([]vm.File, error) {
		for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
			cand := filepath.Join(d, filepath.FromSlash(path))
			if cand != abs {
				if st, err := os.Stat(cand); err == nil && st.IsDir() {
					if files, err := vm.ReadDir(cand, false); err == nil && len(files) > 0 {
						return files, nil
					}
				}
			}
			if parent := filepath.Dir(d); parent == d {
				return nil, nil
			}
		}
	}
}

// expandDirs turns DIR/... into every directory under DIR holding .go
// files, in order; other arguments are themselves.
func expandDirs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		root, ok := strings.CutSuffix(filepath.ToSlash(a), "/...")
		if !ok {
			out = append(out, a)
			continue
		}
		if root == "." || root == "" {
			root = "."
		}
		var dirs []string
		seen := map[string]bool{}
		err := filepath.WalkDir(filepath.FromSlash(root), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != filepath.FromSlash(root) && (strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "_") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".go") {
				if dir := filepath.Dir(p); !seen[dir] {
					seen[dir] = true
					dirs = append(dirs, dir)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(dirs) == 0 {
			return nil, fmt.Errorf("%s: no packages", a)
		}
		sort.Strings(dirs)
		out = append(out, dirs...)
	}
	return out, nil
}

// isMainPackage reports whether the files declare package main.
func isMainPackage(files []vm.File) bool {
	for _, f := range files {
		if strings.HasSuffix(f.Name, "_test.go") {
			continue
		}
		for _, line := range strings.Split(string(f.Src), "\n") {
			line = strings.TrimSpace(line)
			if strings.HasPrefix(line, "package ") {
				return strings.TrimSpace(strings.TrimPrefix(line, "package ")) == "main"
			}
		}
	}
	return false
}
