package api

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/node/engine"
)

// servicesFake is the fake backend with a registry; it records the
// network each request named.
type servicesFake struct {
	*fakeBackend
	networks []string
}

func (f *servicesFake) Services(ctx context.Context, kind, name string) (*ServiceList, error) {
	if kind == "oracle" {
		return nil, Errorf(CodeBadRequest, "kind: unknown kind %q", kind)
	}
	all := []Service{{Kind: "package", Name: "hello", Network: "dev:x", Peer: "12D3KooWX", Addrs: []string{"/ip4/127.0.0.1/tcp/1/p2p/12D3KooWX"}, Expires: time.Unix(2000000000, 0).UTC()}}
	out := &ServiceList{}
	for _, s := range all {
		if (kind == "" || s.Kind == kind) && (name == "" || s.Name == name) {
			out.Services = append(out.Services, s)
		}
	}
	return out, nil
}

func (f *servicesFake) Query(ctx context.Context, tx engine.Tx) (*engine.Receipt, error) {
	f.networks = append(f.networks, NetworkFrom(ctx))
	return f.fakeBackend.Query(ctx, tx)
}

func TestServices(t *testing.T) {
	// A backend without a registry: 404 naming why.
	w := do(t, NewHandler(newFake(), Options{}), "GET", "/v1/services", "")
	if e := errorOf(t, w.Body.Bytes()); w.Code != 404 || !strings.Contains(e.Error.Message, "registry") {
		t.Fatalf("no registry: %d %+v", w.Code, e)
	}
	f := &servicesFake{fakeBackend: newFake()}
	h := NewHandler(f, Options{})
	w = do(t, h, "GET", "/v1/services?kind=package&name=hello", "")
	var sl ServiceList
	if err := json.Unmarshal(w.Body.Bytes(), &sl); err != nil || w.Code != 200 || len(sl.Services) != 1 || sl.Services[0].Peer != "12D3KooWX" {
		t.Fatalf("services: %d %s", w.Code, w.Body)
	}
	w = do(t, h, "GET", "/v1/services?name=nothing", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"services":[]`) {
		t.Fatalf("no match: %d %s", w.Code, w.Body)
	}
	w = do(t, h, "GET", "/v1/services?kind=oracle", "")
	if w.Code != 400 {
		t.Fatalf("bad kind: %d %s", w.Code, w.Body)
	}
	// The network a query names reaches the backend through the context.
	do(t, h, "POST", "/v1/query", `{"target":"hello.Greet","args":["x"],"network":"chain:test"}`)
	do(t, h, "POST", "/v1/query", `{"target":"hello.Greet","args":["x"]}`)
	if len(f.networks) != 2 || f.networks[0] != "chain:test" || f.networks[1] != "" {
		t.Fatalf("networks seen: %q", f.networks)
	}
}
