package client_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
)

// backend is a minimal api.Backend, to hold the client to the real
// handler's answers.
type backend struct {
	events chan api.Event
}

func (b *backend) Status(ctx context.Context) (*api.Status, error) {
	return &api.Status{Profile: "dev", Height: 7}, nil
}
func (b *backend) Packages(ctx context.Context, q string, limit, offset int) (*api.PackageList, error) {
	return &api.PackageList{}, nil
}
func (b *backend) Package(ctx context.Context, path string) (*engine.PackageInfo, error) {
	return nil, engine.ErrNotDeployed
}
func (b *backend) Submit(ctx context.Context, tx engine.Tx, wait bool) (*engine.Receipt, error) {
	rc := &engine.Receipt{Hash: strings.Repeat("1", 64), Height: 8, Kind: tx.Kind, Package: tx.Package, Func: tx.Func, GasUsed: 3}
	switch tx.Func {
	case "Fail":
		rc.Error, rc.ErrorKind, rc.Pos = "boom", "panic", "p.go:3:4"
	case "Args":
		rc.Error, rc.ErrorKind = "argument n: want int", "args"
	default:
		rc.Result = []byte(`42`)
	}
	return rc, nil
}
func (b *backend) Query(ctx context.Context, tx engine.Tx) (*engine.Receipt, error) {
	return b.Submit(ctx, tx, true)
}
func (b *backend) Render(ctx context.Context, pkg, path string) (*api.RenderResponse, error) {
	return nil, &api.ReceiptError{Receipt: &engine.Receipt{Kind: "query", Package: pkg, Func: "Render", Error: "render failed", ErrorKind: "panic"}}
}
func (b *backend) Tx(ctx context.Context, hash string) (*engine.Receipt, error) {
	return nil, api.Errorf(api.CodeNotFound, "transaction %s not found", hash)
}
func (b *backend) Txs(ctx context.Context, before int64, limit int) (*api.TxList, error) {
	return &api.TxList{}, nil
}
func (b *backend) Subscribe(ctx context.Context, pkg string) (<-chan api.Event, error) {
	return b.events, nil
}
func (b *backend) Peers(ctx context.Context) (*api.PeerList, error) { return &api.PeerList{}, nil }

func (b *backend) State(ctx context.Context, pkg string) (*api.StateView, error) {
	return &api.StateView{Package: pkg, Vars: []api.VarView{{Name: "n", Type: "int", Value: api.ValueView{Type: "int", Kind: "int", Value: "1"}}}}, nil
}

func (b *backend) Object(ctx context.Context, id uint64, cursor string, limit int) (*api.ObjectView, error) {
	return &api.ObjectView{ID: id, Kind: "map", Type: "map[string]int", Owner: "x", Len: 2, Entries: []api.EntryView{{Key: api.ValueView{Type: "string", Kind: "string", Value: "a"}, Value: api.ValueView{Type: "int", Kind: "int", Value: "1"}}}, Next: "6200"}, nil
}

// exercise runs the client against the real handler through c.
func exercise(t *testing.T, c *client.Client, b *backend) {
	if st, err := c.State(context.Background(), "x/y"); err != nil || st.Package != "x/y" || st.Vars[0].Value.Value != "1" {
		t.Fatalf("State: %+v %v", st, err)
	}
	if ov, err := c.Object(context.Background(), 7, "61", 1); err != nil || ov.ID != 7 || ov.Next != "6200" || len(ov.Entries) != 1 {
		t.Fatalf("Object: %+v %v", ov, err)
	}
	ctx := ctxT(t)
	st, err := c.Status(ctx)
	if err != nil || st.Height != 7 {
		t.Fatalf("status %+v, %v", st, err)
	}
	rc, err := c.Call(ctx, "p.Ok")
	if err != nil || string(rc.Result) != "42" {
		t.Fatalf("call %+v, %v", rc, err)
	}
	rc, err = c.Call(ctx, "p.Fail")
	var cf *client.CallFailed
	var e *client.Error
	if !errors.As(err, &cf) || rc == nil || err.Error() != "boom at p.go:3:4" {
		t.Fatalf("reverted: %v, %+v", err, rc)
	}
	rc, err = c.Call(ctx, "p.Args", "x")
	if !errors.As(err, &cf) || !errors.As(err, &e) || e.Code != api.CodeBadRequest || rc == nil || rc.ErrorKind != "args" {
		t.Fatalf("args: %v, %+v", err, rc)
	}
	if _, err := c.Package(ctx, "p"); !errors.As(err, &e) || e.Code != api.CodeNotFound {
		t.Fatalf("package: %v", err)
	}
	if _, err := c.Render(ctx, "p", ""); !errors.As(err, &e) || e.Receipt == nil || e.Receipt.Error != "render failed" {
		t.Fatalf("render: %v", err)
	}
	ectx, cancel := context.WithCancel(ctx)
	events, errc := c.Events(ectx, "")
	defer func() {
		cancel()
		for range events {
		}
		if err := <-errc; err != nil {
			t.Errorf("events after cancel: %v", err)
		}
	}()
	b.events <- api.Event{Height: 9, Pkg: "p", Type: "t"}
	select {
	case ev := <-events:
		if ev.Height != 9 || ev.Type != "t" {
			t.Fatalf("event %+v", ev)
		}
	case err := <-errc:
		t.Fatalf("events: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no event")
	}
}

func TestRealHandler(t *testing.T) {
	b := &backend{events: make(chan api.Event, 1)}
	srv := httptest.NewServer(api.NewHandler(b, api.Options{}))
	defer srv.Close()
	exercise(t, newClient(t, srv.URL), b)
}

func TestLibp2p(t *testing.T) {
	ctx := ctxT(t)
	h, err := p2p.New(ctx, p2p.Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	b := &backend{events: make(chan api.Event, 1)}
	srv := &http.Server{Handler: api.NewHandler(b, api.Options{})}
	go srv.Serve(p2p.Listen(h, api.Protocol))
	defer srv.Close()

	addr := p2p.Addrs(h)[0]
	c, err := client.New(addr)
	if err != nil {
		t.Fatal(err)
	}
	if c.Endpoint() != addr {
		t.Errorf("endpoint %q", c.Endpoint())
	}
	exercise(t, c, b)
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	// A peer that is gone is unreachable.
	h2, err := p2p.New(ctx, p2p.Config{ListenAddrs: []string{"/ip4/127.0.0.1/tcp/0"}})
	if err != nil {
		t.Fatal(err)
	}
	gone := p2p.Addrs(h2)[0]
	h2.Close()
	c2 := newClient(t, gone)
	_, err = c2.Status(ctx)
	if !errors.Is(err, client.ErrUnreachable) || !strings.Contains(err.Error(), "the node at "+gone+" is unreachable") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("gone peer: %v", err)
	}
}
