package api

import (
	"encoding/json"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
)

type openapiDocument struct {
	OpenAPI    string                                `json:"openapi"`
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components map[string]map[string]json.RawMessage `json:"components"`
}

func loadOpenAPI(t *testing.T) (openapiDocument, any) {
	t.Helper()
	var doc openapiDocument
	if err := json.Unmarshal(openapiDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	var tree any
	_ = json.Unmarshal(openapiDoc, &tree)
	return doc, tree
}

type openapiParam struct {
	Ref  string `json:"$ref"`
	Name string `json:"name"`
	In   string `json:"in"`
}

// openapiPath turns a mux path pattern into an OpenAPI path template.
func openapiPath(p string) string { return strings.ReplaceAll(p, "...}", "}") }

// TestOpenAPIRoutes checks that the document describes exactly the routes
// of the route table, and that the mux serves each of them.
func TestOpenAPIRoutes(t *testing.T) {
	doc, _ := loadOpenAPI(t)
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	s := newServer(newFake(), Options{})
	served := map[string]bool{}
	for _, rt := range s.routes() {
		key := rt.method + " " + openapiPath(rt.path)
		served[key] = true
		op, ok := doc.Paths[openapiPath(rt.path)][strings.ToLower(rt.method)]
		if !ok {
			t.Errorf("route %s is not in openapi.json", key)
			continue
		}
		// The mux routes a request of that shape to the route.
		url := regexp.MustCompile(`\{[a-z]+\.\.\.\}`).ReplaceAllString(rt.path, "a/b")
		url = strings.ReplaceAll(url, "{hash}", strings.Repeat("0", 64))
		_, pattern := s.mux.Handler(httptest.NewRequest(rt.method, url, nil))
		if pattern != rt.method+" "+rt.path {
			t.Errorf("%s %s is served by %q", rt.method, url, pattern)
		}
		// Every path parameter of the template is declared.
		var o struct {
			Parameters []openapiParam             `json:"parameters"`
			Responses  map[string]json.RawMessage `json:"responses"`
		}
		if err := json.Unmarshal(op, &o); err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		for _, m := range regexp.MustCompile(`\{(\w+)\}`).FindAllStringSubmatch(openapiPath(rt.path), -1) {
			if !slices.ContainsFunc(o.Parameters, func(p openapiParam) bool {
				return p.Name == m[1] && p.In == "path"
			}) {
				t.Errorf("%s: path parameter %s is not declared", key, m[1])
			}
		}
		if _, ok := o.Responses["default"]; !ok {
			t.Errorf("%s: no default (error) response", key)
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if key := strings.ToUpper(method) + " " + path; !served[key] {
				t.Errorf("openapi.json describes %s, which the handler does not serve", key)
			}
		}
	}
}

// TestOpenAPIRefs checks that every $ref of the document resolves.
func TestOpenAPIRefs(t *testing.T) {
	doc, tree := loadOpenAPI(t)
	var walk func(v any)
	n := 0
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok {
				n++
				parts := strings.Split(strings.TrimPrefix(ref, "#/components/"), "/")
				if !strings.HasPrefix(ref, "#/components/") || len(parts) != 2 || doc.Components[parts[0]][parts[1]] == nil {
					t.Errorf("unresolved $ref %q", ref)
				}
			}
			for _, e := range v {
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(tree)
	if n == 0 {
		t.Fatal("no $ref found")
	}
	// Every error code is in the ErrorCode enum.
	var ec struct {
		Enum []ErrorCode `json:"enum"`
	}
	_ = json.Unmarshal(doc.Components["schemas"]["ErrorCode"], &ec)
	for c := range codeStatus {
		if !slices.Contains(ec.Enum, c) {
			t.Errorf("ErrorCode enum lacks %s", c)
		}
	}
}
