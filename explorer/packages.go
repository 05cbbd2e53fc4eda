package explorer

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/amigo-platform/amigo/api"
)

// packagesPage lists packages, searched and paged.
type packagesPage struct {
	page
	Q        string
	List     *api.PackageList
	Offset   int
	Limit    int
	PrevURL  string
	NextURL  string
	FirstRow int
	LastRow  int
}

const packagesPerPage = 50

func (s *server) packages(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	offset, _ := strconv.Atoi(r.URL.Query().Get("offset"))
	offset = max(offset, 0)
	list, err := s.c.Packages(ctx, q, packagesPerPage, offset)
	if err != nil {
		s.fail(ctx, w, r, err, "")
		return
	}
	link := func(off int) string {
		v := url.Values{}
		if q != "" {
			v.Set("q", q)
		}
		if off > 0 {
			v.Set("offset", strconv.Itoa(off))
		}
		if len(v) == 0 {
			return "/packages"
		}
		return "/packages?" + v.Encode()
	}
	apiQ := url.Values{"limit": {strconv.Itoa(packagesPerPage)}, "offset": {strconv.Itoa(offset)}}
	if q != "" {
		apiQ.Set("q", q)
	}
	d := &packagesPage{
		page: page{Title: "Packages", Nav: "packages", Search: q, Permalink: link(offset),
			API: []apiLink{{"GET", "/v1/packages?" + apiQ.Encode()}}},
		Q: q, List: list, Offset: offset, Limit: packagesPerPage,
		FirstRow: offset + 1, LastRow: offset + len(list.Packages),
	}
	if offset > 0 {
		d.PrevURL = link(max(offset-packagesPerPage, 0))
	}
	if offset+len(list.Packages) < list.Total {
		d.NextURL = link(offset + packagesPerPage)
	}
	s.show(ctx, w, r, http.StatusOK, "packages", d, list)
}

// search sends the search box to what its text names: a transaction
// hash, a Render page (pkg:path), a deployed package, or else the package
// list filtered by the text.
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	to := "/packages?" + url.Values{"q": {q}}.Encode()
	switch {
	case q == "":
		to = "/packages"
	case isHash(strings.ToLower(q)):
		to = "/txs/" + strings.ToLower(q)
	default:
		pkg, path, colon := strings.Cut(strings.TrimPrefix(q, "/"), ":")
		if isPkgPath(pkg) {
			if colon {
				to = renderURL(pkg, path)
			} else if _, err := s.c.Package(ctx, pkg); err == nil {
				to = pkgURL(pkg)
			}
		}
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}
