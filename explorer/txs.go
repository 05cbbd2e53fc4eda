package explorer

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/amigo-platform/amigo/node/engine"
)

// txsPage lists transactions, newest first.
type txsPage struct {
	page
	Txs      []*engine.Receipt
	Before   int64
	NewerURL string
	OlderURL string
}

const txsPerPage = 25

func (s *server) txs(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	before, _ := strconv.ParseInt(r.URL.Query().Get("before"), 10, 64)
	before = max(before, 0)
	list, err := s.c.Txs(ctx, before, txsPerPage)
	if err != nil {
		s.fail(ctx, w, r, err, "")
		return
	}
	apiURL := "/v1/txs?limit=" + strconv.Itoa(txsPerPage)
	if before > 0 {
		apiURL += "&before=" + strconv.FormatInt(before, 10)
	}
	d := &txsPage{
		page: page{Title: "Transactions", Nav: "txs", API: []apiLink{{"GET", apiURL}}},
		Txs:  list.Txs, Before: before,
	}
	if list.Next > 0 {
		d.OlderURL = "/txs?before=" + strconv.FormatInt(list.Next, 10)
	}
	if before > 0 {
		d.NewerURL = "/txs?before=" + strconv.FormatInt(before+txsPerPage, 10)
	}
	// The permalink pins the page: the same transactions however many
	// come after.
	switch {
	case before > 0:
		d.Permalink = "/txs?before=" + strconv.FormatInt(before, 10)
	case len(list.Txs) > 0:
		d.Permalink = "/txs?before=" + strconv.FormatInt(list.Txs[0].Seq+1, 10)
	default:
		d.Permalink = "/txs"
	}
	s.show(ctx, w, r, http.StatusOK, "txs", d, list)
}

// txPage is one transaction's receipt.
type txPage struct {
	page
	Rc     *engine.Receipt
	PosURL string
}

func (s *server) tx(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	hash := strings.ToLower(r.PathValue("hash"))
	rc, err := s.c.Tx(ctx, hash)
	if err != nil {
		if isNotFound(err) {
			s.notFound(ctx, w, r, "no transaction "+hash, "A transaction hash is 64 hexadecimal digits; the list of transactions is under Transactions.")
			return
		}
		s.fail(ctx, w, r, err, "")
		return
	}
	d := &txPage{
		page: page{Title: "Transaction " + short(hash), Nav: "txs", Permalink: "/txs/" + hash,
			API: []apiLink{{"GET", "/v1/txs/" + hash}}},
		Rc: rc,
	}
	if rc.Pos != "" {
		d.PosURL = posURL(rc.Package, rc.Pos)
	}
	s.show(ctx, w, r, http.StatusOK, "tx", d, rc)
}
