package api

import (
	"encoding/hex"
	"errors"
	"fmt"
	"go/token"
	"net/http"
	"strconv"
	"strings"

	"github.com/amigo-platform/amigo/node/engine"
)

// route is one entry of the route table: the mux registers it and the
// OpenAPI test checks the document against it, so the two cannot drift.
type route struct {
	method string
	path   string // ServeMux path pattern; {name...} matches the rest, slashes included
	handle http.HandlerFunc
	stream bool // long-lived: no handler timeout
	perm   string
}

// routes is the route table of the API.
func (s *server) routes() []route {
	return append([]route{
		{method: "GET", path: "/v1/status", handle: s.status, perm: "read"},
		{method: "GET", path: "/v1/packages", handle: s.packages, perm: "read"},
		{method: "GET", path: "/v1/packages/{path...}", handle: s.pkg, perm: "read"},
		{method: "POST", path: "/v1/deploy", handle: s.deploy, perm: "deploy"},
		{method: "POST", path: "/v1/call", handle: s.call, perm: "call"},
		{method: "POST", path: "/v1/query", handle: s.query, perm: "read"},
		{method: "POST", path: "/v1/render", handle: s.renderPost, perm: "read"},
		{method: "GET", path: "/v1/render/{package...}", handle: s.renderGet, perm: "read"},
		{method: "GET", path: "/v1/txs", handle: s.txs, perm: "read"},
		{method: "GET", path: "/v1/txs/{hash}", handle: s.tx, perm: "read"},
		{method: "GET", path: "/v1/events", handle: s.events, stream: true, perm: "read"},
		{method: "GET", path: "/v1/peers", handle: s.peers, perm: "read"},
		{method: "GET", path: "/v1/services", handle: s.services, perm: "read"},
		{method: "GET", path: "/v1/state/{package...}", handle: s.state, perm: "read"},
		{method: "GET", path: "/v1/objects/{id}", handle: s.object, perm: "read"},
		{method: "GET", path: "/v1/openapi.json", handle: s.openapi},
	}, s.chainRoutes()...)
}

// Page sizes of the list routes.
const (
	defaultPackagesLimit = 100
	maxPackagesLimit     = 1000
	defaultTxsLimit      = 20
	maxTxsLimit          = 100
	defaultObjectLimit   = 100
	maxObjectLimit       = 1000
)

func (s *server) status(w http.ResponseWriter, r *http.Request) {
	st, err := s.b.Status(r.Context())
	if err == nil && st == nil {
		err = errors.New("backend returned no status")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := *st // the backend's value is not ours to change
	if out.Version == "" {
		out.Version = s.opts.Version
	}
	s.writeJSON(w, r, http.StatusOK, &out)
}

func (s *server) packages(w http.ResponseWriter, r *http.Request) {
	limit, ok := s.intParam(w, r, "limit", defaultPackagesLimit, 1, maxPackagesLimit)
	if !ok {
		return
	}
	offset, ok := s.intParam(w, r, "offset", 0, 0, -1)
	if !ok {
		return
	}
	list, err := s.b.Packages(r.Context(), r.URL.Query().Get("q"), int(limit), int(offset))
	if err == nil && list == nil {
		err = errors.New("backend returned no package list")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := *list
	if out.Packages == nil {
		out.Packages = []engine.PackageInfo{} // [] rather than null
	}
	s.writeJSON(w, r, http.StatusOK, &out)
}

func (s *server) pkg(w http.ResponseWriter, r *http.Request) {
	path := r.PathValue("path")
	if path == "" {
		s.fail(w, r, CodeBadRequest, "path: a package path is required (/v1/packages/{path})")
		return
	}
	pi, err := s.b.Package(r.Context(), path)
	if err == nil && pi == nil {
		err = errors.New("backend returned no package")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, pi)
}

func (s *server) deploy(w http.ResponseWriter, r *http.Request) {
	var req DeployRequest
	if !s.decode(w, r, &req) {
		return
	}
	switch {
	case req.Package == "":
		s.fail(w, r, CodeBadRequest, "package: a package path is required")
		return
	case len(req.Files) == 0:
		s.fail(w, r, CodeBadRequest, "files: at least one source file is required")
		return
	case req.GasLimit < 0:
		s.fail(w, r, CodeBadRequest, "gas_limit: must not be negative")
		return
	}
	if !s.authCaller(w, r, &req.Caller) {
		return
	}
	tx := engine.Tx{Kind: engine.KindDeploy, Caller: req.Caller, Package: req.Package, Files: req.Files, GasLimit: req.GasLimit}
	s.submit(w, r, tx, req.Async)
}

func (s *server) call(w http.ResponseWriter, r *http.Request) {
	var req CallRequest
	if !s.decode(w, r, &req) || !s.checkCall(w, r, &req) {
		return
	}
	if !s.authCaller(w, r, &req.Caller) {
		return
	}
	tx := engine.Tx{Kind: engine.KindCall, Caller: req.Caller, Package: req.Package, Func: req.Func, Args: req.Args, GasLimit: req.GasLimit}
	s.submit(w, r.WithContext(WithNetwork(r.Context(), req.Network)), tx, req.Async)
}

// submit orders tx and answers with its receipt, or 202 with its hash
// when the request is async.
func (s *server) submit(w http.ResponseWriter, r *http.Request, tx engine.Tx, async bool) {
	rc, err := s.b.Submit(r.Context(), tx, !async)
	if err == nil && rc == nil {
		err = errors.New("backend returned no receipt")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if async {
		s.writeJSON(w, r, http.StatusAccepted, rc)
		return
	}
	s.writeReceipt(w, r, rc, tx.Kind == engine.KindDeploy)
}

func (s *server) query(w http.ResponseWriter, r *http.Request) {
	var req CallRequest
	if !s.decode(w, r, &req) || !s.checkCall(w, r, &req) {
		return
	}
	if req.Async {
		s.fail(w, r, CodeBadRequest, "async: a query is answered at once, it cannot be async")
		return
	}
	if !s.authCaller(w, r, &req.Caller) {
		return
	}
	tx := engine.Tx{Kind: engine.KindCall, Caller: req.Caller, Package: req.Package, Func: req.Func, Args: req.Args, GasLimit: req.GasLimit}
	rc, err := s.b.Query(WithNetwork(r.Context(), req.Network), tx)
	if err == nil && rc == nil {
		err = errors.New("backend returned no receipt")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeReceipt(w, r, rc, false)
}

// authCaller puts the caller Options.Authenticate established in
// *caller; a request that names another caller is refused (403).
func (s *server) authCaller(w http.ResponseWriter, r *http.Request, caller *string) bool {
	c, ok := CallerFrom(r.Context())
	if !ok {
		return true
	}
	if *caller != "" && *caller != c {
		s.fail(w, r, CodeForbidden, fmt.Sprintf("caller %q: this node takes the caller from the bearer token (%s); leave caller empty", *caller, c))
		return false
	}
	*caller = c
	return true
}

// checkCall resolves req.Target into Package and Func and validates the
// request; on failure it answers 400 naming the field.
func (s *server) checkCall(w http.ResponseWriter, r *http.Request, req *CallRequest) bool {
	if req.Target != "" {
		pkg, fn, err := SplitTarget(req.Target)
		switch {
		case err != nil:
			s.fail(w, r, CodeBadRequest, "target: "+err.Error())
			return false
		case req.Package != "" && req.Package != pkg, req.Func != "" && req.Func != fn:
			s.fail(w, r, CodeBadRequest, fmt.Sprintf("target: %q disagrees with package %q and func %q; give one or the other", req.Target, req.Package, req.Func))
			return false
		}
		req.Package, req.Func = pkg, fn
	}
	switch {
	case req.Package == "":
		s.fail(w, r, CodeBadRequest, `package: a package path is required (or target "package.Func")`)
		return false
	case req.Func == "":
		s.fail(w, r, CodeBadRequest, `func: a function name is required (or target "package.Func")`)
		return false
	case !exportedName(req.Func):
		s.fail(w, r, CodeBadRequest, fmt.Sprintf("func: %q is not an exported function name", req.Func))
		return false
	case req.GasLimit < 0:
		s.fail(w, r, CodeBadRequest, "gas_limit: must not be negative")
		return false
	}
	return true
}

// SplitTarget splits "package.Func" at its last dot, so package paths may
// hold dots and slashes: "alice/token.Transfer" is package "alice/token",
// function "Transfer".
func SplitTarget(target string) (pkg, fn string, err error) {
	i := strings.LastIndexByte(target, '.')
	if i <= 0 || i == len(target)-1 {
		return "", "", fmt.Errorf("%q is not of the form package.Func", target)
	}
	return target[:i], target[i+1:], nil
}

func exportedName(name string) bool { return token.IsIdentifier(name) && token.IsExported(name) }

func (s *server) renderPost(w http.ResponseWriter, r *http.Request) {
	var req RenderRequest
	if !s.decode(w, r, &req) {
		return
	}
	s.render(w, r.WithContext(WithNetwork(r.Context(), req.Network)), req.Package, req.Path)
}

func (s *server) renderGet(w http.ResponseWriter, r *http.Request) {
	s.render(w, r.WithContext(WithNetwork(r.Context(), r.URL.Query().Get("network"))), r.PathValue("package"), r.URL.Query().Get("path"))
}

func (s *server) render(w http.ResponseWriter, r *http.Request, pkg, path string) {
	if pkg == "" {
		s.fail(w, r, CodeBadRequest, "package: a package path is required")
		return
	}
	out, err := s.b.Render(r.Context(), pkg, path)
	if err == nil && out == nil {
		err = errors.New("backend returned no render")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, out)
}

func (s *server) txs(w http.ResponseWriter, r *http.Request) {
	before, ok := s.intParam(w, r, "before", 0, 0, -1)
	if !ok {
		return
	}
	limit, ok := s.intParam(w, r, "limit", defaultTxsLimit, 1, maxTxsLimit)
	if !ok {
		return
	}
	list, err := s.b.Txs(r.Context(), before, int(limit))
	if err == nil && list == nil {
		err = errors.New("backend returned no transaction list")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := *list
	if out.Txs == nil {
		out.Txs = []*engine.Receipt{}
	}
	s.writeJSON(w, r, http.StatusOK, &out)
}

func (s *server) tx(w http.ResponseWriter, r *http.Request) {
	hash := r.PathValue("hash")
	if b, err := hex.DecodeString(hash); err != nil || len(b) != 32 {
		s.fail(w, r, CodeBadRequest, fmt.Sprintf("hash: %q is not a transaction hash (64 hex digits)", hash))
		return
	}
	rc, err := s.b.Tx(r.Context(), strings.ToLower(hash))
	if err == nil && rc == nil {
		err = errors.New("backend returned no receipt")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, rc)
}

func (s *server) state(w http.ResponseWriter, r *http.Request) {
	pkg := r.PathValue("package")
	if pkg == "" {
		s.fail(w, r, CodeBadRequest, "package: missing (GET /v1/state/PACKAGE)")
		return
	}
	st, err := s.b.State(r.Context(), pkg)
	if err == nil && st == nil {
		err = errors.New("backend returned no state")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, st)
}

func (s *server) object(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil || id == 0 {
		s.fail(w, r, CodeBadRequest, fmt.Sprintf("id: %q is not an object id (a positive integer)", r.PathValue("id")))
		return
	}
	limit, ok := s.intParam(w, r, "limit", defaultObjectLimit, 1, maxObjectLimit)
	if !ok {
		return
	}
	ov, err := s.b.Object(r.Context(), id, r.URL.Query().Get("cursor"), int(limit))
	if err == nil && ov == nil {
		err = errors.New("backend returned no object")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, ov)
}

func (s *server) peers(w http.ResponseWriter, r *http.Request) {
	list, err := s.b.Peers(r.Context())
	if err == nil && list == nil {
		err = errors.New("backend returned no peer list")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := *list
	if out.Peers == nil {
		out.Peers = []Peer{}
	}
	s.writeJSON(w, r, http.StatusOK, &out)
}

// intParam reads the integer query parameter name: def when absent, else
// at least lo and (for hi >= 0) at most hi. On failure it answers 400
// naming the parameter and returns false.
func (s *server) intParam(w http.ResponseWriter, r *http.Request, name string, def, lo, hi int64) (int64, bool) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, true
	}
	n, err := strconv.ParseInt(v, 10, 64)
	switch {
	case err != nil:
		s.fail(w, r, CodeBadRequest, fmt.Sprintf("%s: %q is not an integer", name, v))
		return 0, false
	case n < lo:
		s.fail(w, r, CodeBadRequest, fmt.Sprintf("%s: must be at least %d", name, lo))
		return 0, false
	case hi >= 0 && n > hi:
		s.fail(w, r, CodeBadRequest, fmt.Sprintf("%s: must be at most %d", name, hi))
		return 0, false
	}
	return n, true
}
