package explorer

import (
	"context"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// packagePage is a package: its tabs Overview (Render(""), doc,
// functions, files, imports, importers), Source and State.
type packagePage struct {
	page
	Pkg       *engine.PackageInfo
	URL       string // the package's explorer URL
	Tab       string // overview, source or state
	Doc       template.HTML
	HasRender bool
	Render    template.HTML
	RenderErr *renderError
	Funcs     []*funcForm
	Files     []fileEntry
	Importers []string
	File      *sourceFile // Source tab
	State     *stateTab   // State tab
	Remote    string      // the node's URL, for amigo commands
}

// renderError is a failed Render: the message and where in the contract.
type renderError struct {
	Message string
	Pos     string
}

type fileEntry struct {
	Name  string
	Size  int
	Lines int
	URL   string
}

type sourceFile struct {
	Name string
	HTML template.HTML
	Raw  string // link to the file in the API
}

// packageTwin is the package page as JSON.
type packageTwin struct {
	Package   *engine.PackageInfo `json:"package"`
	Render    *api.RenderResponse `json:"render,omitempty"`
	Importers []string            `json:"importers"`
	Result    *engine.Receipt     `json:"result,omitempty"`
}

// pkgRoute serves /{pkg}, /{pkg}: and /{pkg}:{path}.
func (s *server) pkgRoute(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	p := strings.TrimPrefix(r.URL.Path, "/")
	pkg, path, colon := strings.Cut(p, ":")
	pkg = strings.TrimSuffix(pkg, "/")
	if !isPkgPath(pkg) {
		s.notFound(ctx, w, r, "no page "+r.URL.Path, "Packages are at /PATH (/hello, /alice/token) and their Render pages at /PATH:PAGE.")
		return
	}
	first, _, _ := strings.Cut(pkg, "/")
	if !colon && reserved[first] {
		s.notFound(ctx, w, r, "no page "+r.URL.Path, "A package whose path starts with \""+first+"\" is at /"+pkg+":")
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	case http.MethodPost:
		if path == "" {
			break
		}
		fallthrough
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if path != "" {
		// A Render page's query is part of its path (Render("posts?page=2")),
		// except the explorer's own format=json.
		if q := renderQuery(r.URL.RawQuery); q != "" {
			path += "?" + q
		}
		s.renderPage(ctx, w, r, pkg, path)
		return
	}
	s.packagePage(ctx, w, r, pkg)
}

func (s *server) packagePage(ctx context.Context, w http.ResponseWriter, r *http.Request, pkg string) {
	q := r.URL.Query()
	tab := q.Get("tab")
	switch tab {
	case "", "overview":
		tab = "overview"
	case "source", "state":
	default:
		s.notFound(ctx, w, r, "no tab "+tab, "The tabs of a package are overview, source and state.")
		return
	}
	var result *formResult
	if r.Method == http.MethodPost {
		if !sameOrigin(r) {
			http.Error(w, "forbidden: a form of another site", http.StatusForbidden)
			return
		}
		result = s.runForm(ctx, r, pkg)
	}
	var (
		wg        sync.WaitGroup
		info      *engine.PackageInfo
		infoErr   error
		rendered  *api.RenderResponse
		renderErr error
		importers []string
		impErr    error
	)
	wg.Go(func() { info, infoErr = s.c.Package(ctx, pkg) })
	if tab == "overview" {
		wg.Go(func() { rendered, renderErr = s.c.Render(ctx, pkg, "") })
		wg.Go(func() { importers, impErr = s.index.importersOf(ctx, pkg) })
	}
	wg.Wait()
	if infoErr != nil {
		if isNotFound(infoErr) {
			s.notFound(ctx, w, r, "package "+pkg+" is not deployed", "Search the deployed packages with the box above.")
			return
		}
		s.fail(ctx, w, r, infoErr, "")
		return
	}
	if impErr != nil {
		s.log.Warn("explorer: importers", "package", pkg, "err", impErr)
	}
	u := pkgURL(pkg)
	d := &packagePage{
		page: page{Title: pkg, Nav: "packages",
			API: []apiLink{{"GET", "/v1/packages/" + pkg}}},
		Pkg: info, URL: u, Tab: tab, Importers: importers,
		Remote: origin(r),
	}
	if tab != "overview" {
		d.Permalink = u + "?tab=" + tab
	} else {
		d.Permalink = u
	}
	// The JSON twin is what the tab shows: the package (with its render
	// and importers), or its state.
	twin := packageTwin{Package: info, Importers: importers}
	if importers == nil {
		twin.Importers = []string{}
	}
	var twinOf any = &twin
	for _, f := range info.Files {
		d.Files = append(d.Files, fileEntry{Name: f.Name, Size: len(f.Src), Lines: strings.Count(string(f.Src), "\n"), URL: sourceURL(pkg, f.Name)})
	}
	switch tab {
	case "overview":
		d.Doc = docHTML(pkg, info.Imports, funcNames(info), info.Doc)
		d.HasRender = hasRender(info)
		if d.HasRender {
			d.API = append(d.API, apiLink{"GET", "/v1/render/" + pkg + "?path="})
			if renderErr != nil {
				d.RenderErr = describeRenderError(renderErr)
			} else {
				twin.Render = rendered
				html, err := s.md.render(pkg, rendered.Markdown)
				if err != nil {
					d.RenderErr = &renderError{Message: err.Error()}
				}
				d.Render = html
			}
		}
		d.Funcs = funcForms(info, result, d.Remote)
		if result != nil {
			twin.Result = result.Receipt
		}
	case "source":
		name := q.Get("file")
		if name == "" && len(info.Files) > 0 {
			name = info.Files[0].Name
		}
		var file *vm.File
		for i := range info.Files {
			if info.Files[i].Name == name {
				file = &info.Files[i]
			}
		}
		if file == nil {
			s.notFound(ctx, w, r, "package "+pkg+" has no file "+name, "Its files are listed on the package's page.")
			return
		}
		html, err := s.source.get(pkg, file.Name, file.Src)
		if err != nil {
			s.fail(ctx, w, r, err, "")
			return
		}
		d.File = &sourceFile{Name: file.Name, HTML: html}
		d.Permalink = sourceURL(pkg, file.Name)
	case "state":
		st, err := s.stateTab(ctx, r, pkg)
		if err != nil {
			s.fail(ctx, w, r, err, "")
			return
		}
		d.State = st
		d.API = st.API
		d.Permalink = st.Permalink
		twinOf = st.Twin
	}
	s.show(ctx, w, r, http.StatusOK, "package", d, twinOf)
}

func funcNames(p *engine.PackageInfo) []string {
	var out []string
	for _, f := range p.Funcs {
		out = append(out, f.Name)
	}
	return out
}

// hasRender reports whether a package has func Render(path string) string.
func hasRender(p *engine.PackageInfo) bool {
	for _, f := range p.Funcs {
		if f.Name == "Render" && len(f.Params) == 1 && f.Params[0].Type == "string" && len(f.Results) == 1 && f.Results[0].Type == "string" {
			return true
		}
	}
	return false
}

func describeRenderError(err error) *renderError {
	var ce *clientError
	if errors.As(err, &ce) && ce.Receipt != nil {
		return &renderError{Message: ce.Receipt.Error, Pos: ce.Receipt.Pos}
	}
	return &renderError{Message: err.Error()}
}

// renderPagePage is Render(path) of a package.
type renderPage struct {
	page
	Pkg     string
	PkgURL  string
	Path    string
	Crumbs  []crumb
	HTML    template.HTML
	GasUsed int64
	Err     *renderError
}

type crumb struct{ Name, URL string }

func (s *server) renderPage(ctx context.Context, w http.ResponseWriter, r *http.Request, pkg, path string) {
	d := &renderPage{
		page: page{Title: pkg + ":" + path, Nav: "packages", Permalink: renderURL(pkg, path),
			API: []apiLink{{"GET", "/v1/render/" + pkg + "?" + url.Values{"path": {path}}.Encode()}}},
		Pkg: pkg, PkgURL: pkgURL(pkg), Path: path,
	}
	// Breadcrumbs: each prefix of the path up to a "/".
	for i := 0; i < len(path); i++ {
		if path[i] == '/' && i > 0 {
			d.Crumbs = append(d.Crumbs, crumb{path[strings.LastIndexByte(path[:i], '/')+1 : i], renderURL(pkg, path[:i])})
		}
	}
	d.Crumbs = append(d.Crumbs, crumb{path[strings.LastIndexByte(path, '/')+1:], ""})
	rendered, err := s.c.Render(ctx, pkg, path)
	if err != nil {
		var ce *clientError
		if !errors.As(err, &ce) {
			s.fail(ctx, w, r, err, "")
			return
		}
		d.Err = describeRenderError(err)
		status := ce.Status
		s.show(ctx, w, r, status, "render", d, api.ErrorResponse{Error: api.ErrorBody{Code: ce.Code, Message: ce.Message}, Receipt: ce.Receipt})
		return
	}
	d.GasUsed = rendered.GasUsed
	html, err := s.md.render(pkg, rendered.Markdown)
	if err != nil {
		d.Err = &renderError{Message: err.Error()}
	}
	d.HTML = html
	s.show(ctx, w, r, http.StatusOK, "render", d, rendered)
}

// origin is the URL of the node the request came to, for amigo commands.
func origin(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// sameOrigin reports whether a form post comes from the explorer's own
// pages (browsers say so with Sec-Fetch-Site or Origin); requests without
// either are not from a browser form of another site.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" {
		return site == "same-origin" || site == "none"
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		return err == nil && u.Host == r.Host
	}
	return true
}

// renderQuery is a Render page's raw query without format=json.
func renderQuery(raw string) string {
	var keep []string
	for part := range strings.SplitSeq(raw, "&") {
		if part != "" && part != "format=json" {
			keep = append(keep, part)
		}
	}
	return strings.Join(keep, "&")
}
