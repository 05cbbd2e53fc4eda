package stdlib

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// vmNatives are implemented inside package vm, not here.
var vmNatives = map[string]bool{
	"fmt.Sprintf": true, "fmt.Sprint": true, "fmt.Sprintln": true,
	"fmt.wrapIndexes": true, "fmt.write": true,
	"errors.comparable": true, "errors.assignTo": true,
}

type srcImporter struct {
	fset  *token.FileSet
	files map[string][]*ast.File
	pkgs  map[string]*types.Package
	errs  []error
}

func (im *srcImporter) Import(path string) (*types.Package, error) {
	if p, ok := im.pkgs[path]; ok {
		return p, nil
	}
	files, ok := im.files[path]
	if !ok {
		return nil, &types.Error{Msg: "no package " + path}
	}
	conf := types.Config{Importer: im, Error: func(err error) { im.errs = append(im.errs, err) }}
	p, _ := conf.Check(path, im.fset, files, nil)
	im.pkgs[path] = p
	return p, nil
}

var _ = importer.Default

func TestSources(t *testing.T) {
	fset := token.NewFileSet()
	im := &srcImporter{fset: fset, files: map[string][]*ast.File{}, pkgs: map[string]*types.Package{}}
	declared := map[string]bool{}
	for path, fs := range Sources() {
		for _, f := range fs {
			if !strings.HasPrefix(string(f.Src), "//go:build ignore\n") {
				t.Errorf("%s: missing //go:build ignore line", f.Name)
			}
			af, err := parser.ParseFile(fset, f.Name, f.Src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			im.files[path] = append(im.files[path], af)
			for _, d := range af.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body != nil {
					continue
				}
				name := path + "." + fd.Name.Name
				if fd.Recv != nil {
					rt := fd.Recv.List[0].Type
					if s, ok := rt.(*ast.StarExpr); ok {
						rt = s.X
					}
					name = path + "." + rt.(*ast.Ident).Name + "." + fd.Name.Name
				}
				declared[name] = true
				if _, ok := Natives[name]; !ok && !vmNatives[name] {
					t.Errorf("%s has no body and no native", name)
				}
			}
		}
	}
	var names []string
	for name := range Natives {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if !declared[name] {
			t.Errorf("native %s has no body-less declaration", name)
		}
	}
	var paths []string
	for p := range im.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		im.Import(p)
	}
	for _, err := range im.errs {
		t.Error(err)
	}
}

var basicHost = map[types.BasicKind]reflect.Type{
	types.Bool: reflect.TypeFor[bool](), types.Int: reflect.TypeFor[int](),
	types.Int8: reflect.TypeFor[int8](), types.Int16: reflect.TypeFor[int16](),
	types.Int32: reflect.TypeFor[int32](), types.Int64: reflect.TypeFor[int64](),
	types.Uint: reflect.TypeFor[uint](), types.Uint8: reflect.TypeFor[uint8](),
	types.Uint16: reflect.TypeFor[uint16](), types.Uint32: reflect.TypeFor[uint32](),
	types.Uint64: reflect.TypeFor[uint64](), types.Uintptr: reflect.TypeFor[uintptr](),
	types.Float32: reflect.TypeFor[float32](), types.Float64: reflect.TypeFor[float64](),
	types.Complex64: reflect.TypeFor[complex64](), types.Complex128: reflect.TypeFor[complex128](),
	types.String: reflect.TypeFor[string](),
}

// hostType is the Go type a value of VM type t has when passed to or from
// a native, or nil if natives may not take such values.
func hostType(t types.Type) reflect.Type {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return basicHost[u.Kind()]
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && basicHost[b.Kind()] != nil {
			return reflect.SliceOf(basicHost[b.Kind()])
		}
	case *types.Array:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && basicHost[b.Kind()] != nil {
			return reflect.SliceOf(basicHost[b.Kind()])
		}
	}
	return nil
}

// TestNativeShapes calls every native with zero arguments of the declared
// types and checks the number and host types of its results.
func TestNativeShapes(t *testing.T) {
	fset := token.NewFileSet()
	im := &srcImporter{fset: fset, files: map[string][]*ast.File{}, pkgs: map[string]*types.Package{}}
	for path, fs := range Sources() {
		for _, f := range fs {
			af, err := parser.ParseFile(fset, f.Name, f.Src, 0)
			if err != nil {
				t.Fatal(err)
			}
			im.files[path] = append(im.files[path], af)
		}
	}
	checked := 0
	defer func() { t.Logf("checked %d natives", checked) }()
	for path, files := range im.files {
		pkg, _ := im.Import(path)
		if pkg == nil {
			continue
		}
		for _, af := range files {
			for _, d := range af.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body != nil {
					continue
				}
				var fn *types.Func
				name := path + "." + fd.Name.Name
				if fd.Recv == nil {
					fn, _ = pkg.Scope().Lookup(fd.Name.Name).(*types.Func)
				} else {
					rt := fd.Recv.List[0].Type
					if s, ok := rt.(*ast.StarExpr); ok {
						rt = s.X
					}
					tn := pkg.Scope().Lookup(rt.(*ast.Ident).Name)
					name = path + "." + tn.Name() + "." + fd.Name.Name
					obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, pkg, fd.Name.Name)
					fn, _ = obj.(*types.Func)
				}
				if vmNatives[name] {
					continue
				}
				nat := Natives[name]
				if fn == nil || nat == nil {
					continue // reported by TestSources
				}
				sig := fn.Type().(*types.Signature)
				var params []types.Type
				if sig.Recv() != nil {
					params = append(params, sig.Recv().Type())
				}
				for i := range sig.Params().Len() {
					params = append(params, sig.Params().At(i).Type())
				}
				var args []any
				for _, p := range params {
					ht := hostType(p)
					if ht == nil {
						t.Errorf("%s: parameter type %s is not a host type", name, p)
						continue
					}
					args = append(args, reflect.Zero(ht).Interface())
				}
				var res []any
				func() {
					defer func() {
						if r := recover(); r != nil {
							res = nil
							if sig.Results().Len() > 0 {
								res = []any{fmt.Sprint("panic: ", r)}
							}
						}
					}()
					res = nat(args)
				}()
				checked++
				if len(res) == 1 {
					if s, ok := res[0].(string); ok && strings.HasPrefix(s, "panic: ") {
						continue // panics on zero arguments (e.g. division by zero)
					}
				}
				if len(res) != sig.Results().Len() {
					t.Errorf("%s: %d results, want %d", name, len(res), sig.Results().Len())
					continue
				}
				for i := range res {
					want := hostType(sig.Results().At(i).Type())
					if want == nil {
						t.Errorf("%s: result type %s is not a host type", name, sig.Results().At(i).Type())
					} else if res[i] != nil && reflect.TypeOf(res[i]) != want {
						t.Errorf("%s: result %d is %T, want %s", name, i, res[i], want)
					} else if res[i] == nil && want.Kind() != reflect.Slice {
						t.Errorf("%s: result %d is nil, want %s", name, i, want)
					}
				}
			}
		}
	}
}
