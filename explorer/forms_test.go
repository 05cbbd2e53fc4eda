package explorer

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

func postForm(tn *testNode, path string, v url.Values, site string) (*http.Response, string) {
	h := http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}
	if site != "" {
		h.Set("Sec-Fetch-Site", site)
	}
	return tn.do("POST", path, strings.NewReader(v.Encode()), h)
}

// TestFormsWithoutJavaScript posts the function forms as a browser
// without JavaScript does.
func TestFormsWithoutJavaScript(t *testing.T) {
	tn := startNode(t, "", Options{})
	tn.seed()

	// A query runs and changes nothing.
	resp, body := postForm(tn, "/board", url.Values{"func": {"Count"}, "action": {"query"}}, "same-origin")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("query: %s\n%s", resp.Status, clip(body))
	}
	contains(t, "query Count", body, `<div class="outcome-label">query</div>`, `<pre class="json">2</pre>`, "gas ")

	// A call on the dev profile is a transaction, with its events.
	resp, body = postForm(tn, "/board", url.Values{"func": {"Add"}, "action": {"call"}, "arg": {"Third", "<b>bold</b>"}}, "same-origin")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("call: %s\n%s", resp.Status, clip(body))
	}
	contains(t, "call Add", body, `<div class="outcome-label">call</div>`, `<pre class="json">3</pre>`, `class="txlink mono" href="/txs/`,
		`<td class="evtype">posted</td>`, `value="Third"`, `value="&lt;b&gt;bold&lt;/b&gt;"`)
	if n, _ := tn.c.Query(context.Background(), "board.Count"); string(n.Result) != "3" {
		t.Errorf("after the call, Count = %s", n.Result)
	}

	// A failing call shows its error and position.
	_, body = postForm(tn, "/board", url.Values{"func": {"Add"}, "action": {"query"}, "arg": {"only one"}}, "")
	contains(t, "bad args", body, `class="outcome err"`, "takes 2 arguments")

	// Another site's form is refused.
	resp, _ = postForm(tn, "/board", url.Values{"func": {"Add"}, "action": {"call"}, "arg": {"x", "y"}}, "cross-site")
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site form: %s, want 403", resp.Status)
	}
	if n, _ := tn.c.Query(context.Background(), "board.Count"); string(n.Result) != "3" {
		t.Errorf("after the refused call, Count = %s", n.Result)
	}
}

// TestCallCommand: where the browser holds no key, Call shows the command
// and does not call.
func TestCallCommand(t *testing.T) {
	tn := startNode(t, "", Options{Profile: "cluster"})
	tn.seed()
	_, body := tn.get("/board")
	contains(t, "cluster page", body, `data-profile="cluster"`, "shows the <code>amigo call</code> command")
	_, body = postForm(tn, "/board", url.Values{"func": {"Add"}, "action": {"call"}, "arg": {"It's", "-5"}}, "same-origin")
	contains(t, "command", body, `<pre class="command">amigo call --remote `+tn.url+` board.Add -- &#39;It&#39;\&#39;&#39;s&#39; -5</pre>`)
	if n, _ := tn.c.Query(context.Background(), "board.Count"); string(n.Result) != "2" {
		t.Errorf("the command page called: Count = %s", n.Result)
	}
	// Queries still run.
	_, body = postForm(tn, "/board", url.Values{"func": {"Titles"}, "action": {"query"}}, "same-origin")
	contains(t, "query on cluster", body, "&#34;Hello&#34;", "&#34;Second&#34;")
}

// TestUntrustedContent: what a contract writes (Render, doc, source,
// results, event attributes, arguments) reaches pages escaped.
func TestUntrustedContent(t *testing.T) {
	tn := startNode(t, "", Options{})
	tn.seed()
	rc := tn.call("evil.Shout", "<script>window.__pwned='arg'</script>")
	for _, p := range []string{"/evil", "/evil?tab=source", "/events", "/events?package=evil", "/txs", "/txs/" + rc.Hash, "/evil:x"} {
		resp, body := tn.get(p)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", p, resp.Status)
		}
		checkSafePage(t, p, body)
	}
	_, body := tn.get("/txs/" + rc.Hash)
	contains(t, "tx of evil", body, "&lt;script&gt;window.__pwned=&#39;arg&#39;&lt;/script&gt;", "shout&lt;script&gt;")
	// A POSTed form's result is escaped too.
	_, body = postForm(tn, "/evil", url.Values{"func": {"Shout"}, "action": {"query"}, "arg": {"<script>x</script>"}}, "")
	checkSafePage(t, "form result", body)
}

var (
	scriptTag    = regexp.MustCompile(`(?i)<script[^>]*>`)
	eventHandler = regexp.MustCompile(`(?i)<[a-z][^>]*\son[a-z]+\s*=`)
)

// checkSafePage fails when a page holds a script other than the
// explorer's own, an event handler attribute, or a URL of a scheme other
// than http, https and mailto.
func checkSafePage(t *testing.T, what, body string) {
	t.Helper()
	for _, tag := range scriptTag.FindAllString(body, -1) {
		if !strings.HasPrefix(tag, `<script src="/static/app.js?v=`) {
			t.Errorf("%s: script tag %s", what, tag)
		}
	}
	if m := eventHandler.FindString(body); m != "" {
		t.Errorf("%s: event handler in %s", what, m)
	}
	for _, m := range attrURL.FindAllStringSubmatch(body, -1) {
		u := strings.ToLower(html.UnescapeString(m[2]))
		if i := strings.IndexByte(u, ':'); i >= 0 && !strings.ContainsAny(u[:i], "/?#") {
			switch u[:i] {
			case "http", "https", "mailto":
			default:
				t.Errorf("%s: %s=%q", what, m[1], m[2])
			}
		}
	}
}

// TestImportersFollowDeploys: the importers index notices a package
// deployed after it was built.
func TestImportersFollowDeploys(t *testing.T) {
	tn := startNode(t, "", Options{})
	tn.deploy("board", "board")
	_, body := tn.get("/board")
	contains(t, "before", body, "No package imports it.")
	tn.call("board.Add", "a", "b") // a call: the index stays
	tn.deploy("fans", "fans")
	_, body = tn.get("/board")
	contains(t, "after", body, `<li><a href="/fans" class="pkgpath">fans</a></li>`)
}

// TestRevertedTx: a reverted call's page says why and links the position
// to its source line.
func TestRevertedTx(t *testing.T) {
	tn := startNode(t, "", Options{})
	tn.seed()
	rc, err := tn.c.Call(context.Background(), "evil.Divide", "0")
	if err == nil || rc == nil || rc.Pos == "" {
		t.Fatalf("Divide(0): %v %+v", err, rc)
	}
	_, body := tn.get("/txs/" + rc.Hash)
	line := strings.Split(rc.Pos, ":")[1]
	contains(t, "reverted tx", body, `<span class="badge err"`, "integer divide by zero", "reverted: none of its writes persisted",
		`href="/evil?file=evil.go&amp;tab=source#L`+line+`"`)
	_, body = tn.get("/txs")
	contains(t, "txs", body, ">panic</span>")
	// The same through a form: the error and its position.
	_, body = postForm(tn, "/evil", url.Values{"func": {"Divide"}, "action": {"query"}, "arg": {"0"}}, "")
	contains(t, "form", body, "integer divide by zero", `href="/evil?file=evil.go&amp;tab=source#L`+line+`"`)
}
