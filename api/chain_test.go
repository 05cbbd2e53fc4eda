package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// fakeChain is a chain backend over the fake.
type fakeChain struct {
	*fakeBackend
	got []byte
}

func (f *fakeChain) BroadcastTx(ctx context.Context, tx []byte, wait bool) (*TxSubmitResult, error) {
	f.got = tx
	if string(tx) == "bad" {
		return nil, Errorf(CodeUnauthorized, "transaction rejected (code 2): bad signature")
	}
	return &TxSubmitResult{Hash: "h", TxHash: "H"}, nil
}
func (f *fakeChain) Account(ctx context.Context, addr string) (*Account, error) {
	return &Account{Address: addr, Sequence: 3, PendingSequence: 4}, nil
}
func (f *fakeChain) Blocks(ctx context.Context, before int64, limit int) (*BlockList, error) {
	return &BlockList{Blocks: []Block{{Height: before - 1}}, Next: before - 1}, nil
}
func (f *fakeChain) Block(ctx context.Context, h int64) (*Block, error) {
	if h > 10 {
		return nil, Errorf(CodeNotFound, "no block %d", h)
	}
	return &Block{Height: h, Txs: []string{}}, nil
}
func (f *fakeChain) Validators(ctx context.Context) (*ValidatorList, error) {
	return &ValidatorList{Validators: []Validator{{Address: "A", Power: 1}}}, nil
}

func TestChainRoutes(t *testing.T) {
	// a backend that is not a chain: 404 with a reason
	h := NewHandler(newFake(), Options{})
	for _, p := range []string{"/v1/blocks", "/v1/blocks/1", "/v1/validators", "/v1/accounts/x"} {
		w := do(t, h, "GET", p, "")
		if w.Code != http.StatusNotFound || !strings.Contains(errorOf(t, w.Body.Bytes()).Error.Message, "not a chain node") {
			t.Errorf("GET %s on a dev backend: %d %s", p, w.Code, w.Body)
		}
	}
	f := &fakeChain{fakeBackend: newFake()}
	h = NewHandler(f, Options{})
	w := do(t, h, "POST", "/v1/txs", `{"tx":"YWJj","async":true}`)
	if w.Code != http.StatusAccepted || string(f.got) != "abc" {
		t.Fatalf("POST /v1/txs async: %d %s (got %q)", w.Code, w.Body, f.got)
	}
	if w := do(t, h, "POST", "/v1/txs", `{"tx":"YmFk"}`); w.Code != http.StatusUnauthorized {
		t.Fatalf("bad signature: %d %s", w.Code, w.Body)
	}
	if w := do(t, h, "POST", "/v1/txs", `{}`); w.Code != http.StatusBadRequest {
		t.Fatalf("no tx: %d %s", w.Code, w.Body)
	}
	if w := do(t, h, "GET", "/v1/accounts/nope", ""); w.Code != http.StatusBadRequest {
		t.Fatalf("bad address: %d %s", w.Code, w.Body)
	}
	if w := do(t, h, "GET", "/v1/blocks/0", ""); w.Code != http.StatusBadRequest {
		t.Fatalf("height 0: %d", w.Code)
	}
	if w := do(t, h, "GET", "/v1/blocks/11", ""); w.Code != http.StatusNotFound {
		t.Fatalf("missing block: %d", w.Code)
	}
	if w := do(t, h, "GET", "/v1/blocks?limit=101", ""); w.Code != http.StatusBadRequest {
		t.Fatalf("limit over the max: %d", w.Code)
	}
	var bl BlockList
	w = do(t, h, "GET", "/v1/blocks?before=5", "")
	if json.Unmarshal(w.Body.Bytes(), &bl); w.Code != 200 || len(bl.Blocks) != 1 || bl.Next != 4 {
		t.Fatalf("blocks: %d %s", w.Code, w.Body)
	}
	var vl ValidatorList
	w = do(t, h, "GET", "/v1/validators", "")
	if json.Unmarshal(w.Body.Bytes(), &vl); len(vl.Validators) != 1 || !strings.Contains(w.Body.String(), `"proposer_priority":0`) {
		t.Fatalf("validators: %s", w.Body)
	}
}
