package explorer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/amigo-platform/amigo/client"
)

// Options configure the explorer.
type Options struct {
	// Client reads from and writes to the node. Required.
	Client *client.Client
	// Profile is the node's profile. On "dev" the forms of state-changing
	// functions run the call; on any other profile (where the browser
	// holds no key) they show the amigo call command to run instead.
	// Empty: the profile the node reports in its status.
	Profile string
	// Logger receives the explorer's logs (default: discard).
	Logger *slog.Logger

	// state overrides where the State tab reads (tests).
	state stateSource
}

// requestTimeout bounds the API calls of one page.
const requestTimeout = 15 * time.Second

// server is the explorer's handler.
type server struct {
	c      *client.Client
	opts   Options
	log    *slog.Logger
	mux    *http.ServeMux
	tmpl   *templates
	md     *markdown
	source *sourceCache
	status *statusCache
	index  *packageIndex
	state  stateSource
}

// New returns the explorer's handler. It does not contact the node.
func New(opts Options) (http.Handler, error) {
	if opts.Client == nil {
		return nil, errors.New("explorer: Options.Client is required")
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	tmpl, err := parseTemplates()
	if err != nil {
		return nil, fmt.Errorf("explorer: %w", err)
	}
	s := &server{
		c:      opts.Client,
		opts:   opts,
		log:    log,
		mux:    http.NewServeMux(),
		tmpl:   tmpl,
		md:     newMarkdown(),
		source: newSourceCache(256),
		status: &statusCache{c: opts.Client, ttl: 5 * time.Second},
		index:  &packageIndex{c: opts.Client},
		state:  opts.state,
	}
	if s.state == nil {
		s.state = opts.Client
	}
	s.routes()
	return s, nil
}

func (s *server) routes() {
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", staticHandler()))
	s.mux.HandleFunc("GET /{$}", s.home)
	s.mux.HandleFunc("GET /packages", s.packages)
	s.mux.HandleFunc("GET /txs", s.txs)
	s.mux.HandleFunc("GET /txs/{hash}", s.tx)
	s.mux.HandleFunc("GET /events", s.events)
	s.mux.HandleFunc("GET /network", s.network)
	s.mux.HandleFunc("GET /network/{section}", s.network)
	s.mux.HandleFunc("GET /blocks/{height}", s.block)
	s.mux.HandleFunc("GET /search", s.search)
	s.mux.HandleFunc("GET /login", s.login)
	s.mux.HandleFunc("POST /login", s.loginPost)
	s.mux.HandleFunc("POST /logout", s.logout)
	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, assetURL("favicon.svg"), http.StatusMovedPermanently)
	})
	// Everything else is a package (/{pkg}), a package's Render page
	// (/{pkg}:{path}) or not found.
	s.mux.HandleFunc("/", s.pkgRoute)
}

// reserved are the first path segments the explorer (and the node: /v1,
// /metrics) keeps for itself; a package whose path starts with one is
// linked with a trailing colon.
var reserved = map[string]bool{
	"packages": true, "txs": true, "events": true, "network": true, "search": true,
	"static": true, "blocks": true, "services": true, "v1": true, "metrics": true,
	"login": true, "logout": true, "oauth2": true,
}

// contentSecurityPolicy allows the node's own scripts, styles, images and
// connections only: no inline script or style, no plugins, no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// ServeHTTP sets the security headers, recovers a handler's panic and
// routes the request.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	start := time.Now()
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("explorer handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
		s.log.Debug("explorer request", "method", r.Method, "path", r.URL.Path, "duration", time.Since(start))
	}()
	s.mux.ServeHTTP(w, withSession(r))
}

// ctx bounds the API calls of a request.
func (s *server) ctx(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), requestTimeout)
}

// profile is the node's profile: the configured one, else the node's.
func (s *server) profile(ctx context.Context) string {
	if s.opts.Profile != "" {
		return s.opts.Profile
	}
	if st := s.status.get(ctx); st != nil {
		return st.Profile
	}
	return ""
}

// pkgURL is the explorer's URL of a package.
func pkgURL(pkg string) string {
	first, _, _ := strings.Cut(pkg, "/")
	if reserved[first] {
		return "/" + pkg + ":"
	}
	return "/" + pkg
}

// renderURL is the explorer's URL of Render(path) of pkg.
func renderURL(pkg, path string) string {
	if path == "" {
		return pkgURL(pkg)
	}
	return "/" + pkg + ":" + path
}

// isPkgPath reports whether p has the syntax of a package path:
// [a-z][a-z0-9_]* segments joined by "/".
func isPkgPath(p string) bool {
	if p == "" {
		return false
	}
	for seg := range strings.SplitSeq(p, "/") {
		if seg == "" {
			return false
		}
		for i := 0; i < len(seg); i++ {
			c := seg[i]
			if !(c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '_')) {
				return false
			}
		}
	}
	return true
}
