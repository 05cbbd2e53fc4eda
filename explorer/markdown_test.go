package explorer

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

func TestMarkdownLinks(t *testing.T) {
	m := newMarkdown()
	tests := []struct {
		md   string
		want string // in the HTML
	}{
		{"[a](hello:posts/1)", `<a href="/hello:posts/1">a</a>`},
		{"[a](alice/token:balances/bob)", `<a href="/alice/token:balances/bob">a</a>`},
		{"[a](hello:)", `<a href="/hello">a</a>`},
		{"[a](events:x)", `<a href="/events:x">a</a>`},
		{"[a](events:)", `<a href="/events:">a</a>`},
		{"[a](:posts/2)", `<a href="/board:posts/2">a</a>`},
		{"[a](/txs)", `<a href="/txs">a</a>`},
		{"[a](posts/1)", `<a href="posts/1">a</a>`},
		{"[a](?page=2)", `<a href="?page=2">a</a>`},
		{"[a](#top)", `<a href="#top">a</a>`},
		{"[a](https://example.com/x?y=1&z=2)", `<a href="https://example.com/x?y=1&amp;z=2" rel="nofollow noopener noreferrer" class="ext">a</a>`},
		{"[a](mailto:bob@example.com)", `<a href="mailto:bob@example.com" rel="nofollow noopener noreferrer" class="ext">a</a>`},
		{"<https://example.com>", `<a href="https://example.com" rel="nofollow noopener noreferrer" class="ext">https://example.com</a>`},
		{"see www.example.com", `<a href="http://www.example.com" rel="nofollow noopener noreferrer" class="ext">www.example.com</a>`},
		{"![logo](/static/favicon.svg)", `<img src="/static/favicon.svg" alt="logo">`},
		{"![pixel](https://example.com/p.png)", `<a href="https://example.com/p.png" rel="nofollow noopener noreferrer" class="ext image">pixel</a>`},
		{"| a | b |\n|---|---|\n| 1 | 2 |", "<table>"},
		// Refused: the text stays, without a link.
		{"[x](javascript:alert(1))", "<p>x</p>"},
		{"[x](JaVaScRiPt:alert(1))", "<p>x</p>"},
		{"[x](javascript&#58;alert(1))", "<p>x</p>"},
		{"[x](javascript&amp;#58;alert(1))", "<p>x</p>"},
		{"[x](java&#x09;script:alert(1))", "<p>x</p>"},
		{"[x](vbscript:msgbox)", "<p>x</p>"},
		{"[x](data:text/html,<b>)", "<p>x</p>"},
		{"[x](<javascript:alert(1)>)", "<p>x</p>"},
		{"[x](\\javascript:alert(1))", "<p>x</p>"},
		{"[x](ja\\vascript:alert(1))", "<p>x</p>"},
		{"[x]: javascript:alert(1)\n\n[y][x]", "<p>y</p>"},
		{"<javascript:alert(1)>", "<p>javascript:alert(1)</p>"},
		{"![x](javascript:alert(1))", "<p>x</p>"},
		{"[x](Hello:1)", "<p>x</p>"},
		{"[x](ftp://example.com/a)", "<p>x</p>"},
		{"[x](board:posts?page=2)", `<a href="/board:posts?page=2">x</a>`},
		// Raw HTML is dropped.
		{"<script>alert(1)</script>", "<!-- raw HTML omitted -->"},
		{"a <img src=x onerror=alert(1)> b", "<p>a <!-- raw HTML omitted --> b</p>"},
		{`<a href="javascript:alert(1)">x</a>`, "<!-- raw HTML omitted -->x<!-- raw HTML omitted -->"},
	}
	for _, tt := range tests {
		got, err := m.render("board", tt.md)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(got), tt.want) {
			t.Errorf("%q:\n got %s\nwant %s", tt.md, got, tt.want)
		}
		checkSafeHTML(t, tt.md, string(got))
	}
}

var attrURL = regexp.MustCompile(`(?i)\s(href|src|action|formaction)="([^"]*)"`)

// checkSafeHTML fails when rendered markdown holds a tag that runs
// script or a URL of a scheme other than http, https and mailto.
func checkSafeHTML(t *testing.T, what, out string) {
	t.Helper()
	low := strings.ToLower(out)
	for _, bad := range []string{"<script", "<img src=x", "onerror", "<iframe", "<object", "<embed", "style="} {
		if strings.Contains(low, bad) {
			t.Errorf("%q: %q in %s", what, bad, out)
		}
	}
	for _, m := range attrURL.FindAllStringSubmatch(out, -1) {
		u := strings.ToLower(html.UnescapeString(m[2]))
		if i := strings.IndexByte(u, ':'); i >= 0 && !strings.ContainsAny(u[:i], "/?#") {
			switch u[:i] {
			case "http", "https", "mailto":
			default:
				t.Errorf("%q: %s=%q has scheme %q", what, m[1], m[2], u[:i])
			}
		}
	}
}

func TestDocComment(t *testing.T) {
	got := string(docHTML("evil", []string{"board"}, []string{"Shout"}, "Doc <script>alert(1)</script> text.\n\n[x]: javascript:alert(1)\n\nSee [x] and https://example.com and [board.Add], [Shout], [strings.Builder].\n"))
	checkSafeHTML(t, "doc", got)
	for _, want := range []string{"&lt;script&gt;", `href="https://example.com"`, `href="/board#fn-Add"`, `href="/evil#fn-Shout"`} {
		if !strings.Contains(got, want) {
			t.Errorf("doc: no %q in %s", want, got)
		}
	}
}

func TestHighlightEscapes(t *testing.T) {
	h, err := highlight([]byte("package x\n\nconst s = \"</pre></code><script>alert(1)</script>\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(h), "<script>") || !strings.Contains(string(h), "&lt;script&gt;") {
		t.Errorf("source not escaped: %s", h)
	}
	if !strings.Contains(string(h), `id="L3"`) || !strings.Contains(string(h), `href="#L3"`) {
		t.Errorf("no line anchors: %s", h)
	}
	if strings.Contains(string(h), "style=") {
		t.Errorf("inline style in highlighted source: %s", h)
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"":          "''",
		"bob":       "bob",
		"-1":        "-1",
		"a b":       "'a b'",
		"it's":      `'it'\''s'`,
		`{"x":1}`:   `'{"x":1}'`,
		"$(rm -rf)": "'$(rm -rf)'",
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
	if got, want := callCommand("calc.Add", []string{"-1", "2"}, "http://127.0.0.1:8888"), "amigo call --remote http://127.0.0.1:8888 calc.Add -- -1 2"; got != want {
		t.Errorf("callCommand = %s, want %s", got, want)
	}
}
