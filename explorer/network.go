package explorer

import (
	"net/http"
	"sync"

	"github.com/amigo-platform/amigo/api"
)

// networkPage is the node's place in the network: its own addresses and
// its peers; the sections Blocks and Services are where the chain profile
// and the service registry will show theirs.
type networkPage struct {
	page
	Section string // peers, blocks or services
	Status  *api.Status
	Peers   *api.PeerList
}

// networkTwin is the network page as JSON.
type networkTwin struct {
	Status *api.Status   `json:"status"`
	Peers  *api.PeerList `json:"peers,omitempty"`
}

func (s *server) network(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	section := r.PathValue("section")
	switch section {
	case "":
		section = "peers"
	case "peers", "blocks", "services":
	default:
		s.notFound(ctx, w, r, "no network section "+section, "The sections are peers, blocks and services.")
		return
	}
	d := &networkPage{page: page{Title: "Network", Nav: "network", Permalink: "/network/" + section}, Section: section}
	if section == "peers" {
		d.Permalink = "/network"
	}
	var (
		wg          sync.WaitGroup
		stErr, pErr error
	)
	wg.Go(func() { d.Status, stErr = s.status.fresh(ctx) })
	if section == "peers" {
		wg.Go(func() { d.Peers, pErr = s.c.Peers(ctx) })
		d.API = []apiLink{{"GET", "/v1/status"}, {"GET", "/v1/peers"}}
	} else {
		d.API = []apiLink{{"GET", "/v1/status"}}
	}
	wg.Wait()
	for _, err := range []error{stErr, pErr} {
		if err != nil {
			s.fail(ctx, w, r, err, "")
			return
		}
	}
	s.show(ctx, w, r, http.StatusOK, "network", d, networkTwin{d.Status, d.Peers})
}
