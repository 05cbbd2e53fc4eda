package explorer

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// TestPages opens every page of a node with packages and transactions:
// status, the content it must show, the security headers, no inline
// script or style, and a JSON twin.
func TestPages(t *testing.T) {
	tn := startNode(t, "", Options{})
	add1, add2 := tn.seed()

	pages := []struct {
		path string
		want []string
	}{
		{"/", []string{"Recent transactions", "board", add2.Hash[:10], "Recently deployed", "dev:"}},
		{"/packages", []string{"board", "evil", "fans", "3 packages", "is a small message board"}},
		{"/packages?q=small", []string{"board", "1–1 of 1 package matching", `matching “small”`}},
		{"/board", []string{`<span class="kw">package</span> board`, `Render("")`, `<a href="/board:posts/1">Hello</a>`,
			`id="fn-Add"`, "func Add(title string, body string) int", "Add posts a message", `name="arg"`, `value="query"`,
			`href="/fans"`, "Imported by", "board.go", "/board?file=board.go&amp;tab=source"}},
		{"/board?tab=source", []string{`id="L1"`, `href="#L12"`, "board.go", `class="chroma"`}},
		{"/board?tab=source&file=board.go", []string{`id="L30"`}},
		{"/board:posts/1", []string{"<h1>Hello</h1>", "The first post.", `href="/board"`, `href="/board:posts/2"`, "/v1/render/board?path=posts%2F1"}},
		{"/board:posts/2", []string{"<em>emphasis</em>"}},
		{"/fans", []string{`href="/board"`, "Imports"}},
		{"/txs", []string{add1.Hash[:10], add2.Hash[:10], "deploy", "Add"}},
		{"/txs/" + add1.Hash, []string{add1.Hash, "posted", "Hello", "Gas used", "title"}},
		{"/events", []string{"posted", "Hello", "Second", `data-stream="/v1/events"`}},
		{"/events?package=fans", []string{"No events yet from fans", `data-stream="/v1/events?package=fans"`}},
		{"/network", []string{"This node", "/ip4/127.0.0.1/tcp/", "Connected peers"}},
		{"/network/blocks", []string{"Blocks", "chain profile"}},
		{"/network/validators", []string{"Validators", "chain profile"}},
		{"/network/services", []string{"Services", "this node", "network", "board", "/v1/services"}},
		{"/network/services?kind=relay", []string{"No services known of kind relay"}},
		{"/board?tab=state", []string{"Variables", "posts", "byTitle", "count"}},
	}
	inlineStyle := regexp.MustCompile(`\sstyle=`)
	inlineScript := regexp.MustCompile(`<script(?:\s[^>]*)?>[^<]`)
	for _, p := range pages {
		resp, body := tn.get(p.path)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s\n%s", p.path, resp.Status, clip(body))
			continue
		}
		contains(t, p.path, body, p.want...)
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: Content-Security-Policy %q", p.path, csp)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", p.path, ct)
		}
		if inlineStyle.MatchString(body) {
			t.Errorf("GET %s: an inline style attribute (the CSP blocks it): %s", p.path, inlineStyle.FindString(body))
		}
		if inlineScript.MatchString(body) {
			t.Errorf("GET %s: an inline script", p.path)
		}
		contains(t, p.path, body, `rel="bookmark"`, "format=json", `class="api"`)

		// The JSON twin.
		resp, body = tn.get(withQuery(p.path, "format", "json"))
		var v any
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" || json.Unmarshal([]byte(body), &v) != nil {
			t.Errorf("GET %s?format=json: %s %s\n%s", p.path, resp.Status, resp.Header.Get("Content-Type"), clip(body))
		}
	}
}

func TestTwins(t *testing.T) {
	tn := startNode(t, "", Options{})
	add1, _ := tn.seed()
	var rc struct {
		Hash string `json:"hash"`
		Func string `json:"func"`
	}
	_, body := tn.get("/txs/" + add1.Hash + "?format=json")
	if err := json.Unmarshal([]byte(body), &rc); err != nil || rc.Hash != add1.Hash || rc.Func != "Add" {
		t.Errorf("tx twin: %v %+v", err, rc)
	}
	var pt struct {
		Package   struct{ Path string } `json:"package"`
		Importers []string              `json:"importers"`
		Render    struct{ Markdown string }
	}
	_, body = tn.get("/board?format=json")
	if err := json.Unmarshal([]byte(body), &pt); err != nil || pt.Package.Path != "board" || len(pt.Importers) != 1 || pt.Importers[0] != "fans" || !strings.Contains(pt.Render.Markdown, "# Board") {
		t.Errorf("package twin: %v %+v", err, pt)
	}
}

func TestNotFound(t *testing.T) {
	tn := startNode(t, "", Options{})
	tn.deploy("board", "board")
	for _, p := range []string{
		"/nothere", "/Board", "/no-such!", "/txs/" + strings.Repeat("0", 64), "/packages/x", "/board?tab=nope",
		"/board?tab=source&file=nope.go", "/network/nope", "/static/nope.css",
	} {
		resp, body := tn.get(p)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %s, want 404\n%s", p, resp.Status, clip(body))
		}
	}
	// A Render page of an unknown package says so.
	resp, body := tn.get("/nothere:page")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /nothere:page: %s", resp.Status)
	}
	contains(t, "/nothere:page", body, "Render failed")
	// JSON twins of errors are the API's errors.
	_, body = tn.get("/nothere?format=json")
	contains(t, "twin of 404", body, `"code": "not_found"`)
}

func TestSearch(t *testing.T) {
	tn := startNode(t, "", Options{})
	add1, _ := tn.seed()
	for q, want := range map[string]string{
		"board":                    "/board",
		"board:posts/1":            "/board:posts/1",
		strings.ToUpper(add1.Hash): "/txs/" + add1.Hash,
		"boa":                      "/packages?q=boa",
		"":                         "/packages",
		"<script>":                 "/packages?q=%3Cscript%3E",
	} {
		resp, _ := tn.get("/search?q=" + url.QueryEscape(q))
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != want {
			t.Errorf("search %q: %s to %q, want %q", q, resp.Status, resp.Header.Get("Location"), want)
		}
	}
}

// TestReservedPackage: a package named like one of the explorer's pages is
// reached with a trailing colon, and linked that way.
func TestReservedPackage(t *testing.T) {
	tn := startNode(t, "", Options{})
	tn.deploy("board", "board")
	tn.deploy("events", "fans") // any source will do: it imports board
	resp, body := tn.get("/events:")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /events: %s", resp.Status)
	}
	contains(t, "/events:", body, `<span class="kw">package</span> fans`)
	_, body = tn.get("/board")
	contains(t, "/board importers", body, `href="/events:"`)
}

func TestStaticAssets(t *testing.T) {
	tn := startNode(t, "", Options{})
	for name, ct := range map[string]string{"app.js": "text/javascript", "style.css": "text/css", "chroma.css": "text/css", "favicon.svg": "image/svg+xml"} {
		resp, body := tn.get(assetURL(name))
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), ct) || len(body) == 0 {
			t.Errorf("%s: %s %s", name, resp.Status, resp.Header.Get("Content-Type"))
		}
		if !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: Cache-Control %q", name, resp.Header.Get("Cache-Control"))
		}
	}
}

// TestNetworkPeers: a connected peer is listed with its addresses and
// protocols.
func TestNetworkPeers(t *testing.T) {
	tn := startNode(t, "", Options{})
	other := startNode(t, "", Options{})
	h := other.n.Host()
	if err := tn.n.Host().Connect(context.Background(), peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}); err != nil {
		t.Fatal(err)
	}
	// Protocols are known once identify has run.
	deadline := time.Now().Add(5 * time.Second)
	var body string
	for time.Now().Before(deadline) {
		_, body = tn.get("/network")
		if strings.Contains(body, "/amigo/api/1") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	contains(t, "/network", body, "Connected peers <span class=\"muted\">1</span>", short(h.ID().String()), "/ip4/127.0.0.1/tcp/", "/amigo/api/1", "/ipfs/id/1.0.0")
}

// TestNetworkServices: the services page lists a package another peer
// announced, and the peers page shows it beside that peer; an unknown kind
// is not found.
func TestNetworkServices(t *testing.T) {
	tn := startNode(t, "", Options{})
	other := startNode(t, "", Options{})
	other.seed()
	h := other.n.Host()
	if err := tn.n.Host().Connect(context.Background(), peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}); err != nil {
		t.Fatal(err)
	}
	// The peer's records are fetched once identify has run.
	deadline := time.Now().Add(10 * time.Second)
	var body string
	for time.Now().Before(deadline) {
		_, body = tn.get("/network/services?kind=package")
		if strings.Contains(body, "board") && strings.Contains(body, "fans") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	contains(t, "/network/services?kind=package", body, "board", "fans", short(h.ID().String()), "dev:"+h.ID().String(), "/p2p/"+h.ID().String())
	_, body = tn.get("/network")
	contains(t, "/network", body, `<span class="muted">package</span> <span class="mono">board</span>`, `<span class="muted">network</span>`)
	if resp, _ := tn.get("/network/services?kind=oracle"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown kind: %s", resp.Status)
	}
	_, body = tn.get("/network/services?format=json")
	var twin struct {
		Services struct {
			Services []struct{ Kind, Name, Peer string }
		}
	}
	if err := json.Unmarshal([]byte(body), &twin); err != nil || len(twin.Services.Services) < 4 {
		t.Errorf("JSON twin: %v %s", err, clip(body))
	}
}

// TestRenderQuery: a Render page's query is part of the path it renders.
func TestRenderQuery(t *testing.T) {
	tn := startNode(t, "", Options{})
	tn.seed()
	_, body := tn.get("/board:posts/1?x=1")
	contains(t, "query in path", body, "No post posts/1?x=1.")
	_, body = tn.get("/board:posts/1?format=json")
	contains(t, "twin", body, `"path": "posts/1"`, `"markdown": "# Hello`)
}
