package explorer

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/amigo-platform/amigo/api"
)

//go:embed templates/*.html
var templateFS embed.FS

// templates holds one template set per page, each the layout plus the
// page's own file.
type templates struct {
	pages map[string]*template.Template
}

func parseTemplates() (*templates, error) {
	base, err := template.New("layout").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	t := &templates{pages: map[string]*template.Template{}}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" || name == "parts" {
			continue
		}
		c, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := c.ParseFS(templateFS, n); err != nil {
			return nil, err
		}
		t.pages[name] = c
	}
	return t, nil
}

// page is what every page shows around its content.
type page struct {
	Title     string
	Nav       string      // the active navigation entry
	Permalink string      // this page's stable URL
	JSON      string      // this page's JSON twin
	API       []apiLink   // the /v1 calls the page is built from
	Node      *api.Status // the node, for the footer (may be a few seconds old)
	Profile   string
	Search    string // the search box's value
	// Session: the browser signed in (a gateway's token cookie); its
	// forms post to the explorer, which reads with the session's token.
	Session bool
}

// apiLink is a /v1 call a page is built from.
type apiLink struct {
	Method, URL string
}

func (p *page) base() *page { return p }

// pageData is a page's template data: a struct embedding page.
type pageData interface{ base() *page }

// show writes a page as HTML, or its twin as JSON when the request asks
// for ?format=json.
func (s *server) show(ctx context.Context, w http.ResponseWriter, r *http.Request, status int, name string, d pageData, twin any) {
	if r.URL.Query().Get("format") == "json" {
		writeJSON(w, status, twin)
		return
	}
	p := d.base()
	p.Node = s.status.get(ctx)
	p.Profile = s.profile(ctx)
	if c, err := r.Cookie(api.TokenCookie); err == nil && c.Value != "" {
		p.Session = true
	}
	if p.Permalink == "" {
		p.Permalink = r.URL.RequestURI()
	}
	p.JSON = withQuery(p.Permalink, "format", "json")
	t := s.tmpl.pages[name]
	if t == nil {
		panic("explorer: no template " + name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", d); err != nil {
		s.log.Error("explorer template", "page", name, "err", err)
		http.Error(w, "internal error: the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// withQuery sets k=v in the query of the relative URL u.
func withQuery(u, k, v string) string {
	pu, err := url.Parse(u)
	if err != nil {
		return u
	}
	q := pu.Query()
	q.Set(k, v)
	pu.RawQuery = q.Encode()
	return pu.String()
}

// errorPage is a page that failed: what went wrong and what to try.
type errorPage struct {
	page
	Status  int
	Message string
	Hint    string
}

// fail shows an error page; a client.Error's status is kept (a missing
// package is a 404), an unreachable node is a 502.
func (s *server) fail(ctx context.Context, w http.ResponseWriter, r *http.Request, err error, hint string) {
	status := http.StatusInternalServerError
	var ce *clientError
	switch {
	case asClientError(err, &ce):
		status = ce.Status
	case isUnreachable(err):
		status = http.StatusBadGateway
	case ctx.Err() != nil:
		status = http.StatusGatewayTimeout
	}
	if status < 400 {
		status = http.StatusInternalServerError
	}
	if status == http.StatusUnauthorized && r.URL.Query().Get("format") != "json" {
		// a gateway: the browser signs in first
		http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return
	}
	d := &errorPage{page: page{Title: http.StatusText(status)}, Status: status, Message: err.Error(), Hint: hint}
	twin := api.ErrorResponse{Error: api.ErrorBody{Code: codeOf(err), Message: err.Error()}}
	s.show(ctx, w, r, status, "error", d, twin)
}

// notFound shows a 404 page.
func (s *server) notFound(ctx context.Context, w http.ResponseWriter, r *http.Request, msg, hint string) {
	d := &errorPage{page: page{Title: "Not found"}, Status: http.StatusNotFound, Message: msg, Hint: hint}
	s.show(ctx, w, r, http.StatusNotFound, "error", d, api.ErrorResponse{Error: api.ErrorBody{Code: api.CodeNotFound, Message: msg}})
}

var funcs = template.FuncMap{
	"pkgURL":    pkgURL,
	"renderURL": renderURL,
	"txURL":     func(hash string) string { return "/txs/" + hash },
	"posURL":    posURL,
	"asset":     assetURL,
	"short":     short,
	"when":      when,
	"ago":       ago,
	"num":       num,
	"pretty":    pretty,
	"synopsis":  synopsis,
	"add":       func(a, b int) int { return a + b },
	"next":      func(h int64) int64 { return h + 1 },
	"prev":      func(h int64) int64 { return h - 1 },
	"lines":     func(s string) int { return strings.Count(s, "\n") + 1 },
	"bytesize":  bytesize,
	"querystr":  func(k, v string) string { return url.Values{k: {v}}.Encode() },
	"truncate":  truncate,
	"attrs":     attrPairs,
	"value":     valueOf,
	"objURL":    objectURL,
	"varURL":    varURL,
	"basic":     basicText,
	"isBasic":   isBasic,
}

// short abbreviates a hash or an address for tables.
func short(s string) string {
	if len(s) <= 14 {
		return s
	}
	return s[:10] + "…" + s[len(s)-4:]
}

// when formats a time for people, in UTC.
func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}

// ago is how long ago t was, coarsely.
func ago(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := time.Since(t)
	switch {
	case d < 0:
		return "just now"
	case d < time.Minute:
		return fmt.Sprintf("%ds ago", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh ago", int(d.Hours()))
	}
	return fmt.Sprintf("%dd ago", int(d.Hours()/24))
}

// num formats an integer with thousands separators.
func num(v any) string {
	var n int64
	switch x := v.(type) {
	case int:
		n = int64(x)
	case int64:
		n = x
	case uint64:
		n = int64(x)
	default:
		return fmt.Sprint(v)
	}
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func bytesize(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// pretty indents JSON; anything that is not JSON is returned as it is.
func pretty(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return string(raw)
	}
	return b.String()
}

// synopsis is the first sentence of a doc comment.
func synopsis(doc string) string {
	doc = strings.TrimSpace(doc)
	if i := strings.Index(doc, "\n\n"); i >= 0 {
		doc = doc[:i]
	}
	doc = strings.Join(strings.Fields(doc), " ")
	for i := 0; i < len(doc); i++ {
		if doc[i] == '.' && (i+1 == len(doc) || doc[i+1] == ' ') {
			return doc[:i+1]
		}
	}
	return doc
}

func truncate(n int, s string) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !validCut(s, i) {
		i--
	}
	return s[:i] + "…"
}

func validCut(s string, i int) bool { return i == len(s) || s[i] < 0x80 || s[i] >= 0xC0 }

// posURL links a position "file.go:12:9" of package pkg to its line.
func posURL(pkg, pos string) string {
	file, rest, ok := strings.Cut(pos, ":")
	if !ok || !strings.HasSuffix(file, ".go") {
		return ""
	}
	line, _, _ := strings.Cut(rest, ":")
	if _, err := strconv.Atoi(line); err != nil {
		return ""
	}
	return sourceURL(pkg, file) + "#L" + line
}

// sourceURL is the source tab of a package showing file.
func sourceURL(pkg, file string) string {
	return pkgURL(pkg) + "?" + url.Values{"tab": {"source"}, "file": {file}}.Encode()
}

// isHash reports whether s looks like a transaction hash.
func isHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range s {
		if !unicode.Is(unicode.ASCII_Hex_Digit, c) {
			return false
		}
	}
	return true
}
