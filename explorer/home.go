package explorer

import (
	"net/http"
	"sync"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
)

// homePage is the node at a glance.
type homePage struct {
	page
	Status   *api.Status
	Txs      []*engine.Receipt
	Packages []engine.PackageInfo // deployed last
}

// homeTwin is the home page as JSON.
type homeTwin struct {
	Status   *api.Status          `json:"status"`
	Txs      []*engine.Receipt    `json:"txs"`
	Packages []engine.PackageInfo `json:"recent_packages"`
}

const homeTxs = 12

// home builds the node's figures from cheap calls: the head from the
// newest receipt, the package count from the package index, the peers
// from /v1/peers, and the rest (network, profile, version, addresses) from
// the cached status. /v1/status itself lists every package to count them,
// which is too slow for a page with a thousand packages.
func (s *server) home(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	var (
		wg     sync.WaitGroup
		txs    *api.TxList
		recent []engine.PackageInfo
		count  int
		peers  *api.PeerList
		errs   [3]error
	)
	wg.Go(func() { txs, errs[0] = s.c.Txs(ctx, 0, homeTxs) })
	wg.Go(func() { recent, count, errs[1] = s.index.recent(ctx, 6) })
	wg.Go(func() { peers, errs[2] = s.c.Peers(ctx) })
	cached := s.status.get(ctx)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			s.fail(ctx, w, r, err, "")
			return
		}
	}
	if cached == nil {
		var err error
		if cached, err = s.status.fresh(ctx); err != nil {
			s.fail(ctx, w, r, err, "")
			return
		}
	}
	st := *cached
	st.Height, st.Time, st.StateHash = 0, time.Time{}, ""
	if len(txs.Txs) > 0 {
		head := txs.Txs[0]
		st.Height, st.Time, st.StateHash = head.Height, head.Time, head.StateHash
	}
	st.Packages, st.Peers = count, len(peers.Peers)
	d := &homePage{
		page: page{Title: "Amigo explorer", Nav: "home",
			API: []apiLink{{"GET", "/v1/status"}, {"GET", "/v1/txs?limit=12"}}},
		Status: &st, Txs: txs.Txs, Packages: recent,
	}
	s.show(ctx, w, r, http.StatusOK, "home", d, homeTwin{&st, txs.Txs, recent})
}
