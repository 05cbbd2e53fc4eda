package explorer

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strconv"
	"testing"

	"github.com/amigo-platform/amigo/api"
)

var refLink = regexp.MustCompile(`<a class="ref" href="([^"]+)">(\w+) #\d+</a>`)

// refs maps the kinds of the object links of a page to their URLs.
func refs(body string) map[string]string {
	out := map[string]string{}
	for _, m := range refLink.FindAllStringSubmatch(body, -1) {
		out[m[2]] = html.UnescapeString(m[1])
	}
	return out
}

// TestState browses the board's state over the node's /v1/state and
// /v1/objects: variables, then a map, a slice, a pointer, a struct.
func TestState(t *testing.T) {
	tn := startNode(t, "", Options{})
	tn.seed()
	_, body := tn.get("/board?tab=state")
	contains(t, "vars", body, `id="var-count"`, `<span class="val val-int">2</span>`, "map[string]int", "[]*board.Post")
	r := refs(body)
	if r["map"] == "" || r["slice"] == "" || r["pointer"] == "" {
		t.Fatalf("object links: %v", r)
	}

	_, body = tn.get(r["map"])
	contains(t, "map", body, `<span class="val val-string">&#34;Hello&#34;</span>`, `<span class="val val-string">&#34;Second&#34;</span>`, "len 2")

	_, body = tn.get(r["slice"])
	contains(t, "slice", body, `<td class="num mono">0</td>`, `<td class="num mono">1</td>`)

	resp, body := tn.get(r["pointer"])
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("pointer: %s", resp.Status)
	}
	// A pointer opens its target: the latest post, a struct, or a cell
	// holding it.
	if inner := refs(body); inner["struct"] != "" {
		_, body = tn.get(inner["struct"])
	}
	contains(t, "post", body, "&#34;Second&#34;", "Title", "Author")

	resp, _ = tn.get("/board?tab=state&object=x")
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("object=x: %s, want 400", resp.Status)
	}
}

// bigMap is a fake state: one variable holding a map of a million
// entries, served a page at a time in key order like /v1/objects.
type bigMap struct{ calls []string }

const bigMapLen = 1_000_000

func (b *bigMap) State(ctx context.Context, pkg string) (*api.StateView, error) {
	return &api.StateView{Package: pkg, Vars: []api.VarView{
		{Name: "balances", Type: "map[string]int", Value: api.ValueView{Type: "map[string]int", Kind: "map", Ref: 7, Len: bigMapLen}},
		{Name: "owner", Type: "string", Value: api.ValueView{Type: "string", Kind: "string", Value: "amigo1owner"}},
	}}, nil
}

func (b *bigMap) Object(ctx context.Context, id uint64, cursor string, limit int) (*api.ObjectView, error) {
	b.calls = append(b.calls, fmt.Sprintf("%d/%s/%d", id, cursor, limit))
	if id != 7 {
		return nil, &clientError{Status: http.StatusNotFound, Code: api.CodeNotFound, Message: "no object"}
	}
	start := 0
	if cursor != "" {
		n, err := strconv.Atoi(cursor[1:])
		if err != nil {
			return nil, err
		}
		start = n + 1
	}
	ov := &api.ObjectView{ID: 7, Kind: "map", Type: "map[string]int", Owner: "bank", Len: bigMapLen}
	for i := start; i < min(start+limit, bigMapLen); i++ {
		ov.Entries = append(ov.Entries, api.EntryView{
			Key:   api.ValueView{Type: "string", Kind: "string", Value: fmt.Sprintf("k%07d", i)},
			Value: api.ValueView{Type: "int", Kind: "int", Value: json.Number(strconv.Itoa(i))},
		})
	}
	if start+limit < bigMapLen {
		ov.Next = fmt.Sprintf("k%07d", start+limit-1)
	}
	return ov, nil
}

// TestStatePaging opens a million-entry map one page at a time.
func TestStatePaging(t *testing.T) {
	fake := &bigMap{}
	tn := startNode(t, "", Options{state: fake})
	tn.deploy("board", "board")
	_, body := tn.get("/board?tab=state")
	contains(t, "vars", body, "len 1000000", "&#34;amigo1owner&#34;", `href="/board?object=7&amp;tab=state"`)

	_, body = tn.get("/board?tab=state&object=7")
	contains(t, "page 1", body, "&#34;k0000000&#34;", "&#34;k0000049&#34;", "len 1,000,000", "owner bank",
		`href="/board?cursor=k0000049&amp;object=7&amp;tab=state" rel="next"`, "/v1/objects/7?limit=50")
	lacks(t, "page 1", body, "k0000050")

	_, body = tn.get("/board?tab=state&object=7&cursor=k0000049")
	contains(t, "page 2", body, "&#34;k0000050&#34;", "&#34;k0000099&#34;", "← First page", "cursor=k0000099")

	var ov api.ObjectView
	_, body = tn.get("/board?tab=state&object=7&cursor=k0000049&format=json")
	if err := json.Unmarshal([]byte(body), &ov); err != nil || len(ov.Entries) != objectPage || ov.Next != "k0000099" {
		t.Errorf("twin: %v, %d entries, next %q", err, len(ov.Entries), ov.Next)
	}
	for _, c := range fake.calls {
		if c[len(c)-3:] != "/50" {
			t.Errorf("object read with %s: not one page", c)
		}
	}
	resp, _ := tn.get("/board?tab=state&object=8")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown object: %s", resp.Status)
	}
}
