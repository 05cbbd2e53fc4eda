package explorer

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/amigo-platform/amigo/api"
)

// stateSource is where the State tab reads: the client, or a fake in
// tests.
type stateSource interface {
	State(ctx context.Context, pkg string) (*api.StateView, error)
	Object(ctx context.Context, id uint64, cursor string, limit int) (*api.ObjectView, error)
}

// stateTab is a package's persisted state, one level at a time: its
// variables, or one page of one object that they reach.
type stateTab struct {
	Pkg       string
	Vars      []api.VarView
	Object    *api.ObjectView
	Cursor    string
	Base      int // the index of the first element of a slice's page
	NextURL   string
	FirstURL  string
	API       []apiLink
	Permalink string
	Twin      any
}

const objectPage = 50

// stateTab reads the variables, or the object ?object=ID from ?cursor=.
func (s *server) stateTab(ctx context.Context, r *http.Request, pkg string) (*stateTab, error) {
	q := r.URL.Query()
	t := &stateTab{Pkg: pkg}
	obj := q.Get("object")
	if obj == "" {
		sv, err := s.state.State(ctx, pkg)
		if err != nil {
			return nil, err
		}
		t.Vars, t.Twin = sv.Vars, sv
		t.API = []apiLink{{"GET", "/v1/state/" + pkg}}
		t.Permalink = pkgURL(pkg) + "?tab=state"
		return t, nil
	}
	id, err := strconv.ParseUint(obj, 10, 64)
	if err != nil {
		return nil, &clientError{Status: http.StatusBadRequest, Code: api.CodeBadRequest, Message: fmt.Sprintf("object %q: want a number", obj)}
	}
	cursor := q.Get("cursor")
	ov, err := s.state.Object(ctx, id, cursor, objectPage)
	if err != nil {
		return nil, err
	}
	t.Object, t.Twin, t.Cursor = ov, ov, cursor
	t.Base, _ = strconv.Atoi(cursor)
	apiQ := url.Values{"limit": {strconv.Itoa(objectPage)}}
	if cursor != "" {
		apiQ.Set("cursor", cursor)
	}
	t.API = []apiLink{{"GET", "/v1/objects/" + obj + "?" + apiQ.Encode()}}
	t.Permalink = objectURL(pkg, id, cursor)
	if ov.Next != "" {
		t.NextURL = objectURL(pkg, id, ov.Next)
	}
	if cursor != "" {
		t.FirstURL = objectURL(pkg, id, "")
	}
	return t, nil
}

// objectURL is the State tab of pkg opened at an object's page.
func objectURL(pkg string, id uint64, cursor string) string {
	v := url.Values{"tab": {"state"}, "object": {strconv.FormatUint(id, 10)}}
	if cursor != "" {
		v.Set("cursor", cursor)
	}
	return pkgURL(pkg) + "?" + v.Encode()
}

// valueCtx carries a value and its package into the recursive "value"
// template.
type valueCtx struct {
	Pkg string
	V   *api.ValueView
}

func valueOf(pkg string, v any) valueCtx {
	switch x := v.(type) {
	case api.ValueView:
		return valueCtx{pkg, &x}
	case *api.ValueView:
		return valueCtx{pkg, x}
	}
	return valueCtx{Pkg: pkg}
}

// basicText is a basic value as Go would write it: strings quoted.
func basicText(v *api.ValueView) string {
	if v.Kind == "string" {
		if s, ok := v.Value.(string); ok {
			return strconv.Quote(truncate(500, s))
		}
	}
	if v.Value == nil {
		switch v.Kind {
		case "bool":
			return "false"
		case "string":
			return `""`
		case "int", "uint", "float":
			return "0"
		}
		return ""
	}
	return fmt.Sprint(v.Value)
}

func isBasic(kind string) bool {
	switch kind {
	case "bool", "int", "uint", "float", "complex", "string":
		return true
	}
	return false
}

// varURL links "pkg.name", a package variable a pointer points at, to
// the State tab of its package.
func varURL(v string) string {
	i := strings.LastIndexByte(v, '.')
	if i <= 0 || !isPkgPath(v[:i]) {
		return ""
	}
	return pkgURL(v[:i]) + "?tab=state#var-" + v[i+1:]
}
