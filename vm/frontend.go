package vm

import (
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/address"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"path"
	"sort"
	"strings"
)

// File is one source file of a package.
type File struct {
	Name string
	Src  []byte
}

// Resolver supplies the source of packages that are not standard: on a node,
// the deployed packages. It returns (nil, nil) when the path is unknown.
type Resolver func(path string) ([]File, error)

// forbiddenImports maps packages a contract may not import to a hint.
var forbiddenImports = map[string]string{
	"math/rand":    "use amigo.Rand, seeded from the transaction",
	"math/rand/v2": "use amigo.Rand, seeded from the transaction",
	"crypto/rand":  "use amigo.Rand, seeded from the transaction",
	"os":           "contracts have no file system or environment",
	"io":           "contracts do no I/O; use fmt for output",
	"net":          "contracts have no network access",
	"net/http":     "contracts have no network access",
	"syscall":      "not available in contracts",
	"unsafe":       "unsafe is not supported in contracts",
	"reflect":      "reflect is not supported in contracts",
	"runtime":      "not available in contracts",
	"sync":         "contracts run single-threaded; no synchronisation is needed",
	"sync/atomic":  "contracts run single-threaded; no synchronisation is needed",
	"C":            "cgo is not supported in contracts",
}

// forbiddenSelectors maps qualified identifiers that standard packages have
// in Go but not in the VM to a hint.
var forbiddenSelectors = map[string]string{
	"time.Now":          "use amigo.Now, the transaction's time",
	"time.Since":        "use amigo.Now().Sub(t)",
	"time.Until":        "use t.Sub(amigo.Now())",
	"time.Sleep":        "contracts cannot sleep",
	"time.After":        "timers are not supported in contracts",
	"time.Tick":         "timers are not supported in contracts",
	"time.NewTimer":     "timers are not supported in contracts",
	"time.NewTicker":    "timers are not supported in contracts",
	"time.AfterFunc":    "timers are not supported in contracts",
	"time.Local":        "use time.UTC",
	"time.LoadLocation": "time zones are not supported in contracts; use time.UTC or time.FixedZone",
}

// checkNesting scans src and fails if brackets nest deeper than max, so
// that pathological input never reaches the recursive parser.
func checkNesting(fset *token.FileSet, name string, src []byte, max int) error {
	var s scanner.Scanner
	f := fset.AddFile(name+"#scan", -1, len(src))
	s.Init(f, src, nil, 0)
	depth := 0
	for {
		pos, tok, _ := s.Scan()
		switch tok {
		case token.EOF:
			return nil
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
			if depth > max {
				p := f.Position(pos)
				p.Filename = name
				return Diagnostic{Pos: p, Msg: fmt.Sprintf("nesting deeper than %d levels", max)}
			}
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		}
	}
}

// parseFiles parses a package's files after the size and nesting caps.
func parseFiles(fset *token.FileSet, files []File, cfg Config) ([]*ast.File, error) {
	total := 0
	for _, f := range files {
		total += len(f.Src)
	}
	if total > cfg.MaxSourceBytes {
		return nil, &CheckError{Diags: []Diagnostic{{Msg: fmt.Sprintf("source is %d bytes, more than the limit of %d", total, cfg.MaxSourceBytes)}}}
	}
	var diags []Diagnostic
	var out []*ast.File
	for _, f := range files {
		if err := checkNesting(fset, f.Name, f.Src, cfg.MaxNesting); err != nil {
			diags = append(diags, err.(Diagnostic))
			continue
		}
		af, err := parser.ParseFile(fset, f.Name, f.Src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			var el scanner.ErrorList
			if errors.As(err, &el) {
				for _, e := range el {
					diags = append(diags, Diagnostic{Pos: e.Pos, Msg: e.Msg})
				}
			} else {
				diags = append(diags, Diagnostic{Msg: err.Error()})
			}
			continue
		}
		out = append(out, af)
	}
	if len(diags) > 0 {
		return nil, &CheckError{Diags: diags}
	}
	return out, nil
}

// forbiddenSyntax reports constructs the VM does not run, with hints.
func forbiddenSyntax(fset *token.FileSet, files []*ast.File) []Diagnostic {
	var diags []Diagnostic
	add := func(n ast.Node, msg, hint string) {
		diags = append(diags, Diagnostic{Pos: fset.Position(n.Pos()), Msg: msg, Hint: hint})
	}
	for _, f := range files {
		for _, imp := range f.Imports {
			p := strings.Trim(imp.Path.Value, "\"`")
			if h, ok := forbiddenImports[p]; ok {
				add(imp, fmt.Sprintf("import %q is not allowed", p), h)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GoStmt:
				add(n, "go statement: goroutines are not supported in contracts", "call the function directly")
			case *ast.SelectStmt:
				add(n, "select statement: channels are not supported in contracts", "")
				return false
			case *ast.SendStmt:
				add(n, "send statement: channels are not supported in contracts", "")
			case *ast.ChanType:
				add(n, "channel type: channels are not supported in contracts", "use a slice as a queue")
				return false
			case *ast.UnaryExpr:
				if n.Op == token.ARROW {
					add(n, "receive operation: channels are not supported in contracts", "")
				}
			case *ast.SelectorExpr:
				if id, ok := n.X.(*ast.Ident); ok {
					if h, ok := forbiddenSelectors[id.Name+"."+n.Sel.Name]; ok {
						add(n, id.Name+"."+n.Sel.Name+" is not available in contracts", h)
					}
				}
			}
			return true
		})
	}
	return diags
}

// ValidPackagePath reports whether p is a valid path for a deployed package:
// lowercase segments [a-z][a-z0-9_]* joined by '/', not a standard package
// and not "amigo".
func ValidPackagePath(p string) error {
	if p == "" {
		return fmt.Errorf("empty package path")
	}
	if p == "amigo" || p == "main" || strings.HasPrefix(p, "amigo/") {
		return fmt.Errorf("package path %q is reserved", p)
	}
	if _, ok := stdlibSources[p]; ok {
		return fmt.Errorf("package path %q is a standard package", p)
	}
	if _, ok := forbiddenImports[p]; ok {
		return fmt.Errorf("package path %q is a standard package", p)
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == "" {
			return fmt.Errorf("package path %q has an empty segment", p)
		}
		for i, c := range seg {
			ok := c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '_')
			if !ok {
				return fmt.Errorf("package path %q: segment %q must match [a-z][a-z0-9_]*", p, seg)
			}
		}
	}
	return nil
}

// loader type-checks a program: the main package and everything it imports.
// It is the one importer: standard packages from the VM's own sources, the
// amigo package, and packages found by the Resolver.
type loader struct {
	cfg      Config
	fset     *token.FileSet
	resolve  Resolver
	pkgs     map[string]*pkgInfo
	order    []*pkgInfo // dependency order, dependencies first
	visiting map[string]bool
}

// pkgInfo is one checked package.
type pkgInfo struct {
	path  string
	files []*ast.File
	types *types.Package
	info  *types.Info
	std   bool
	realm *realm       // nil for standard packages
	vars  []*types.Var // named package variables, by name (made on first use)
}

func newLoader(cfg Config, fset *token.FileSet, resolve Resolver) *loader {
	return &loader{cfg: cfg, fset: fset, resolve: resolve, pkgs: map[string]*pkgInfo{}, visiting: map[string]bool{}}
}

// Import implements types.Importer.
func (l *loader) Import(p string) (*types.Package, error) {
	pi, err := l.load(p)
	if err != nil {
		return nil, err
	}
	return pi.types, nil
}

func (l *loader) load(p string) (*pkgInfo, error) {
	if pi, ok := l.pkgs[p]; ok {
		return pi, nil
	}
	if l.visiting[p] {
		return nil, fmt.Errorf("import cycle through %q", p)
	}
	if h, ok := forbiddenImports[p]; ok {
		return nil, fmt.Errorf("package %q is not allowed in contracts: %s", p, h)
	}
	var files []File
	std := false
	if p == amigoTestingPath && !l.cfg.Tests {
		return nil, fmt.Errorf("package %s is only for tests (_test.go files run by amigo test)", p)
	}
	if src, ok := stdlibSources[p]; ok {
		files, std = src, true
	} else if l.resolve != nil {
		fs, err := l.resolve(p)
		if err != nil {
			return nil, err
		}
		files = fs
	}
	if files == nil {
		return nil, fmt.Errorf("package %q is not available (allowed: the standard packages %s, amigo, and deployed packages)", p, strings.Join(StdPackages(), ", "))
	}
	l.visiting[p] = true
	defer delete(l.visiting, p)
	pi, err := l.check(p, files, std)
	if err != nil {
		return nil, err
	}
	return pi, nil
}

// check parses and type-checks one package, collecting every error.
func (l *loader) check(p string, files []File, std bool) (*pkgInfo, error) {
	cfg := l.cfg
	if std {
		cfg.MaxSourceBytes = 1 << 30
		cfg.MaxNesting = 1 << 20
	}
	asts, err := parseFiles(l.fset, files, cfg)
	if err != nil {
		return nil, err
	}
	var diags []Diagnostic
	if !std {
		diags = forbiddenSyntax(l.fset, asts)
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	seen := map[string]bool{}
	for _, d := range diags {
		seen[d.Pos.String()] = true
	}
	tc := types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if !std && (strings.HasPrefix(path, "internal/") || strings.Contains(path, "/internal/")) {
				return nil, fmt.Errorf("use of internal package %q not allowed", path)
			}
			return l.Import(path)
		}),
		GoVersion:   "go1.26",
		FakeImportC: false,
		Error: func(err error) {
			te, ok := err.(types.Error)
			if !ok {
				diags = append(diags, Diagnostic{Msg: err.Error()})
				return
			}
			pos := l.fset.Position(te.Pos)
			if seen[pos.String()] {
				return // already reported with a hint
			}
			d := Diagnostic{Pos: pos, Msg: te.Msg}
			for sel, h := range forbiddenSelectors {
				if strings.Contains(te.Msg, "undefined: "+sel) {
					d.Hint = h
				}
			}
			diags = append(diags, d)
		},
	}
	tpkg, _ := tc.Check(p, l.fset, asts, info)
	if !std && len(diags) == 0 {
		diags = foreignWrites(l.fset, asts, info)
	}
	if len(diags) > 0 {
		sort.SliceStable(diags, func(i, j int) bool {
			a, b := diags[i].Pos, diags[j].Pos
			if a.Filename != b.Filename {
				return a.Filename < b.Filename
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Column < b.Column
		})
		return nil, &CheckError{Diags: diags}
	}
	pi := &pkgInfo{path: p, files: asts, types: tpkg, info: info, std: std}
	if !std {
		pi.realm = &realm{path: p, addr: address.ForPackage(p)}
	}
	l.pkgs[p] = pi
	l.order = append(l.order, pi)
	return pi, nil
}

// StdPackages lists the standard packages a contract may import.
func StdPackages() []string {
	var ps []string
	for p := range stdlibSources {
		if !strings.HasPrefix(path.Base(p), "_") && !strings.HasPrefix(p, "internal/") && p != "amigo" && p != "testing" {
			ps = append(ps, p)
		}
	}
	sort.Strings(ps)
	return ps
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
