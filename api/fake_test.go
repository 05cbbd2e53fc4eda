package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// fakeBackend answers from a fixed set of packages, with behaviours
// chosen by name so tests can reach every path of the handler:
//
//   - package "slow": waits for the context to end;
//   - package "broken": fails with an internal error;
//   - package "panic": panics;
//   - caller "mallory": forbidden;
//   - function "Boom": the call runs and fails (reverted);
//   - function "Greet" takes exactly one argument.
type fakeBackend struct {
	mu        sync.Mutex
	submitted []submission
	queried   []engine.Tx
	panicAll  atomic.Bool // every method panics

	events     chan Event           // what Subscribe delivers
	subscribed chan context.Context // receives each Subscribe's context
}

type submission struct {
	tx   engine.Tx
	wait bool
}

var _ Backend = (*fakeBackend)(nil)

func newFake() *fakeBackend {
	return &fakeBackend{events: make(chan Event, 16), subscribed: make(chan context.Context, 4)}
}

var fakePackages = []engine.PackageInfo{
	{Path: "alice/token", Name: "token", Funcs: []vm.FuncInfo{{Name: "Transfer", Signature: "func Transfer(to string, amount int)"}}},
	{Path: "hello", Name: "hello", Doc: "Package hello greets.", Funcs: []vm.FuncInfo{{Name: "Greet", Signature: "func Greet(name string) string"}}},
}

func fakeHash(tx engine.Tx) string {
	b, _ := json.Marshal(tx)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func (f *fakeBackend) hook(ctx context.Context, pkg string) error {
	if f.panicAll.Load() {
		panic("fake backend panics")
	}
	switch pkg {
	case "slow":
		<-ctx.Done()
		return fmt.Errorf("fake: waiting: %w", ctx.Err())
	case "broken":
		return errors.New("fake: the disk is on fire at /var/secret")
	case "panic":
		panic("fake: " + pkg)
	}
	return nil
}

func (f *fakeBackend) known(pkg string) bool {
	for _, p := range fakePackages {
		if p.Path == pkg {
			return true
		}
	}
	return false
}

func (f *fakeBackend) Status(ctx context.Context) (*Status, error) {
	if err := f.hook(ctx, ""); err != nil {
		return nil, err
	}
	return &Status{Network: "dev:fake", Profile: "dev", PeerID: "12D3Fake", Height: 7, StateHash: "00", Packages: len(fakePackages), Caller: "dev"}, nil
}

func (f *fakeBackend) Packages(ctx context.Context, q string, limit, offset int) (*PackageList, error) {
	if err := f.hook(ctx, q); err != nil {
		return nil, err
	}
	var out []engine.PackageInfo
	for _, p := range fakePackages {
		if strings.Contains(p.Path, q) {
			out = append(out, p)
		}
	}
	total := len(out)
	out = out[min(offset, len(out)):]
	out = out[:min(limit, len(out))]
	return &PackageList{Packages: out, Total: total}, nil
}

func (f *fakeBackend) Package(ctx context.Context, path string) (*engine.PackageInfo, error) {
	if err := f.hook(ctx, path); err != nil {
		return nil, err
	}
	for _, p := range fakePackages {
		if p.Path == path {
			return &p, nil
		}
	}
	return nil, fmt.Errorf("fake: %w: %s", engine.ErrNotDeployed, path)
}

func (f *fakeBackend) Submit(ctx context.Context, tx engine.Tx, wait bool) (*engine.Receipt, error) {
	if err := f.hook(ctx, tx.Package); err != nil {
		return nil, err
	}
	if tx.Caller == "mallory" {
		return nil, Errorf(CodeForbidden, "caller override is not allowed on this profile")
	}
	f.mu.Lock()
	f.submitted = append(f.submitted, submission{tx, wait})
	f.mu.Unlock()
	hash := fakeHash(tx)
	if !wait {
		return &engine.Receipt{Hash: hash}, nil
	}
	rc := f.run(tx)
	rc.Hash, rc.Height = hash, 8
	return rc, nil
}

// run plays tx against the fake packages.
func (f *fakeBackend) run(tx engine.Tx) *engine.Receipt {
	rc := &engine.Receipt{Kind: tx.Kind, Caller: tx.Caller, Package: tx.Package, Func: tx.Func, Args: tx.Args, GasUsed: 10}
	switch {
	case tx.Kind == engine.KindDeploy && f.known(tx.Package):
		rc.Error, rc.ErrorKind = "package "+tx.Package+" is already deployed", "exists"
	case tx.Kind == engine.KindDeploy && strings.Contains(string(tx.Files[0].Src), "syntax error"):
		rc.Error, rc.ErrorKind, rc.Pos = "a.go:1:1: expected 'package'", "check", "a.go:1:1"
	case tx.Kind == engine.KindDeploy:
	case !f.known(tx.Package):
		rc.Error, rc.ErrorKind = "package not deployed: "+tx.Package, "not_found"
	case tx.Func == "Boom":
		rc.Error, rc.ErrorKind, rc.Pos = "boom", "panic", "a.go:3:14"
	case tx.Func == "Greet" && len(tx.Args) != 1:
		rc.Error, rc.ErrorKind = fmt.Sprintf("Greet takes 1 argument, got %d", len(tx.Args)), "args"
	case tx.Func == "Greet":
		rc.Result = json.RawMessage(fmt.Sprintf(`"Hello, %s!"`, tx.Args[0]))
		rc.Events = []engine.Event{{Pkg: tx.Package, Type: "greeted", Attrs: map[string]string{"name": tx.Args[0]}, List: []string{"name", tx.Args[0]}}}
	}
	return rc
}

func (f *fakeBackend) Query(ctx context.Context, tx engine.Tx) (*engine.Receipt, error) {
	if err := f.hook(ctx, tx.Package); err != nil {
		return nil, err
	}
	f.mu.Lock()
	f.queried = append(f.queried, tx)
	f.mu.Unlock()
	rc := f.run(tx)
	rc.Kind = "query"
	return rc, nil
}

func (f *fakeBackend) Render(ctx context.Context, pkg, path string) (*RenderResponse, error) {
	if err := f.hook(ctx, pkg); err != nil {
		return nil, err
	}
	rc := &engine.Receipt{Kind: "render", Package: pkg, Func: "Render", Args: []string{path}}
	switch {
	case !f.known(pkg):
		rc.Error, rc.ErrorKind = "package not deployed: "+pkg, "not_found"
		return nil, &ReceiptError{Receipt: rc}
	case path == "boom":
		rc.Error, rc.ErrorKind, rc.Pos = "boom", "panic", "a.go:9:2"
		return nil, &ReceiptError{Receipt: rc}
	}
	return &RenderResponse{Package: pkg, Path: path, Markdown: "# " + pkg + " <" + path + ">", GasUsed: 5}, nil
}

const fakeTxHash = "0a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728ff"

func (f *fakeBackend) Tx(ctx context.Context, hash string) (*engine.Receipt, error) {
	if err := f.hook(ctx, ""); err != nil {
		return nil, err
	}
	if hash != fakeTxHash {
		return nil, Errorf(CodeNotFound, "transaction %s not found", hash)
	}
	return &engine.Receipt{Hash: hash, Height: 3, Kind: engine.KindCall, Package: "hello", Func: "Greet"}, nil
}

func (f *fakeBackend) Txs(ctx context.Context, before int64, limit int) (*TxList, error) {
	if err := f.hook(ctx, ""); err != nil {
		return nil, err
	}
	if before == 0 {
		before = 8
	}
	var list TxList
	for h := before - 1; h >= 1 && len(list.Txs) < limit; h-- {
		list.Txs = append(list.Txs, &engine.Receipt{Height: h, Kind: engine.KindCall, Package: "hello"})
	}
	if n := len(list.Txs); n > 0 && list.Txs[n-1].Height > 1 {
		list.Next = list.Txs[n-1].Height
	}
	return &list, nil
}

func (f *fakeBackend) Subscribe(ctx context.Context, pkg string) (<-chan Event, error) {
	if err := f.hook(ctx, pkg); err != nil {
		return nil, err
	}
	f.subscribed <- ctx
	out := make(chan Event)
	go func() {
		defer close(out)
		for {
			select {
			case <-ctx.Done():
				return
			case ev := <-f.events:
				if pkg != "" && ev.Pkg != pkg {
					continue
				}
				select {
				case out <- ev:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}

func (f *fakeBackend) State(ctx context.Context, pkg string) (*StateView, error) {
	if pkg != "hello" {
		return nil, Errorf(CodeNotFound, "package %s is not deployed", pkg)
	}
	return &StateView{Package: pkg, Vars: []VarView{{Name: "count", Type: "int", Value: ValueView{Type: "int", Kind: "int", Value: "3"}}}}, nil
}

func (f *fakeBackend) Object(ctx context.Context, id uint64, cursor string, limit int) (*ObjectView, error) {
	if id != 7 {
		return nil, Errorf(CodeNotFound, "no object %d", id)
	}
	return &ObjectView{ID: 7, Kind: "map", Type: "map[string]int", Owner: "hello", Len: 1, Entries: []EntryView{{Key: ValueView{Type: "string", Kind: "string", Value: "a"}, Value: ValueView{Type: "int", Kind: "int", Value: "1"}}}}, nil
}

func (f *fakeBackend) Peers(ctx context.Context) (*PeerList, error) {
	if err := f.hook(ctx, ""); err != nil {
		return nil, err
	}
	return &PeerList{}, nil
}
