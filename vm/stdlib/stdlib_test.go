package stdlib

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
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
