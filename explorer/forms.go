package explorer

import (
	"context"
	"errors"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// funcForm is an exported function with its form.
type funcForm struct {
	vm.FuncInfo
	Pkg     string
	Target  string // pkg.Func
	Anchor  string // fn-Name
	DocHTML template.HTML
	Fields  []argField
	Result  *formResult
	Remote  string
}

// argField is one input of a function's form.
type argField struct {
	Name     string
	Type     string
	Variadic bool // the last parameter: one value per line
	Value    string
}

// formResult is the outcome of a form run without JavaScript.
type formResult struct {
	Func    string
	Action  string // query or call
	Receipt *engine.Receipt
	Err     string
	Command string // the amigo call to run, when the explorer does not call
}

func funcForms(info *engine.PackageInfo, res *formResult, remote string) []*funcForm {
	var out []*funcForm
	pkg, names := info.Path, funcNames(info)
	for _, f := range info.Funcs {
		ff := &funcForm{
			FuncInfo: f, Pkg: pkg, Target: pkg + "." + f.Name, Anchor: "fn-" + f.Name,
			DocHTML: docHTML(pkg, info.Imports, names, f.Doc), Remote: remote,
		}
		for i, p := range f.Params {
			name := p.Name
			if name == "" || name == "_" {
				name = "arg" + strconv.Itoa(i+1)
			}
			fld := argField{Name: name, Type: p.Type}
			if f.Variadic && i == len(f.Params)-1 {
				fld.Variadic = true
				fld.Type = "..." + strings.TrimPrefix(p.Type, "[]")
			}
			ff.Fields = append(ff.Fields, fld)
		}
		if res != nil && res.Func == f.Name {
			ff.Result = res
			if res.Receipt != nil {
				for i := range ff.Fields {
					if i < len(res.Receipt.Args) && !ff.Fields[i].Variadic {
						ff.Fields[i].Value = res.Receipt.Args[i]
					}
				}
			}
		}
		out = append(out, ff)
	}
	return out
}

// runForm runs a function form posted without JavaScript: a query always,
// a call only on the dev profile (elsewhere it returns the command).
func (s *server) runForm(ctx context.Context, r *http.Request, pkg string) *formResult {
	if err := r.ParseForm(); err != nil {
		return &formResult{Err: err.Error()}
	}
	fn := r.PostForm.Get("func")
	action := r.PostForm.Get("action")
	args := r.PostForm["arg"]
	if va, ok := r.PostForm["varg"]; ok && len(va) > 0 {
		for _, l := range strings.Split(strings.ReplaceAll(va[0], "\r\n", "\n"), "\n") {
			if l != "" {
				args = append(args, l)
			}
		}
	}
	res := &formResult{Func: fn, Action: action}
	req := client.CallRequest{Package: pkg, Func: fn, Args: args}
	var rc *engine.Receipt
	var err error
	switch {
	case action == "call" && s.profile(ctx) != "dev":
		res.Command = callCommand(pkg+"."+fn, args, origin(r))
		return res
	case action == "call":
		rc, err = s.c.CallWith(ctx, req)
	default:
		res.Action = "query"
		rc, err = s.c.QueryWith(ctx, req)
	}
	res.Receipt = rc
	var cf *client.CallFailed
	if err != nil && !errors.As(err, &cf) {
		res.Err = err.Error()
	}
	if rc == nil && res.Err == "" {
		res.Err = "no receipt"
	}
	return res
}

// callCommand is the amigo command line that makes a call.
func callCommand(target string, args []string, remote string) string {
	parts := []string{"amigo", "call", "--remote", shellQuote(remote), shellQuote(target)}
	for _, a := range args {
		if strings.HasPrefix(a, "-") {
			parts = append(parts, "--")
			break
		}
	}
	for _, a := range args {
		parts = append(parts, shellQuote(a))
	}
	return strings.Join(parts, " ")
}

// shellQuote quotes s for a POSIX shell, leaving plain words as they are.
func shellQuote(s string) string {
	if s == "" {
		return "''"
	}
	plain := true
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("_-./:@%+=,", c)) {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
