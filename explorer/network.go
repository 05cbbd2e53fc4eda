package explorer

import (
	"errors"
	"net/http"
	"sync"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
)

// networkPage is the node's place in the network: its own addresses, its
// peers (with what each announces in the service registry), the services
// of the registry; the section Blocks is where the chain profile will show
// its blocks.
type networkPage struct {
	page
	Section  string // peers, blocks or services
	Status   *api.Status
	Peers    *api.PeerList
	Services *api.ServiceList
	// NoRegistry: the node has no service registry (its API answers 404).
	NoRegistry bool
	// PeerServices are the services each peer announces, by peer ID.
	PeerServices map[string][]api.Service
	// Kind filters the services section (?kind=).
	Kind string
}

// networkTwin is the network page as JSON.
type networkTwin struct {
	Status   *api.Status      `json:"status"`
	Peers    *api.PeerList    `json:"peers,omitempty"`
	Services *api.ServiceList `json:"services,omitempty"`
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
		wg                  sync.WaitGroup
		stErr, pErr, svcErr error
	)
	wg.Go(func() { d.Status, stErr = s.status.fresh(ctx) })
	switch section {
	case "peers":
		wg.Go(func() { d.Peers, pErr = s.c.Peers(ctx) })
		wg.Go(func() { d.Services, svcErr = s.c.Services(ctx, "", "") })
		d.API = []apiLink{{"GET", "/v1/status"}, {"GET", "/v1/peers"}, {"GET", "/v1/services"}}
	case "services":
		d.Kind = r.URL.Query().Get("kind")
		switch d.Kind {
		case "", "network", "package", "gateway", "relay":
		default:
			s.notFound(ctx, w, r, "no kind of service "+d.Kind, "The kinds are network, package, gateway and relay.")
			return
		}
		wg.Go(func() { d.Services, svcErr = s.c.Services(ctx, d.Kind, "") })
		link := "/v1/services"
		if d.Kind != "" {
			link += "?kind=" + d.Kind
		}
		d.API = []apiLink{{"GET", "/v1/status"}, {"GET", link}}
	default:
		d.API = []apiLink{{"GET", "/v1/status"}}
	}
	wg.Wait()
	var ce *client.Error
	if errors.As(svcErr, &ce) && ce.Code == api.CodeNotFound {
		d.NoRegistry, d.Services, svcErr = true, nil, nil
	}
	for _, err := range []error{stErr, pErr, svcErr} {
		if err != nil {
			s.fail(ctx, w, r, err, "")
			return
		}
	}
	if d.Services != nil {
		d.PeerServices = map[string][]api.Service{}
		for _, sv := range d.Services.Services {
			d.PeerServices[sv.Peer] = append(d.PeerServices[sv.Peer], sv)
		}
	}
	s.show(ctx, w, r, http.StatusOK, "network", d, networkTwin{d.Status, d.Peers, d.Services})
}
