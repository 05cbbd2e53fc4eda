package explorer

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"sync"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
)

// networkPage is the node's place in the network, by section: its own
// addresses and its peers (with what each announces in the service
// registry); the blocks and validators of a chain node; the services the
// registry knows.
type networkPage struct {
	page
	Section    string // peers, blocks, validators or services
	Status     *api.Status
	Peers      *api.PeerList
	Blocks     *api.BlockList
	Validators *api.ValidatorList
	NewerURL   string
	OlderURL   string
	Services   *api.ServiceList
	// NoRegistry: the node has no service registry (its API answers 404).
	NoRegistry bool
	// PeerServices are the services each peer announces, by peer ID.
	PeerServices map[string][]api.Service
	// Kind filters the services section (?kind=).
	Kind string
}

// networkTwin is the network page as JSON.
type networkTwin struct {
	Status     *api.Status        `json:"status"`
	Peers      *api.PeerList      `json:"peers,omitempty"`
	Blocks     *api.BlockList     `json:"blocks,omitempty"`
	Validators *api.ValidatorList `json:"validators,omitempty"`
	Services   *api.ServiceList   `json:"services,omitempty"`
}

const blocksPerPage = 25

// isChain reports whether the node's status says it runs a chain.
func isChain(st *api.Status) bool { return st != nil && st.Profile == "chain" }

func (s *server) network(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	section := r.PathValue("section")
	switch section {
	case "":
		section = "peers"
	case "peers", "blocks", "validators", "services":
	default:
		s.notFound(ctx, w, r, "no network section "+section, "The sections are peers, blocks, validators and services.")
		return
	}
	d := &networkPage{page: page{Title: "Network", Nav: "network", Permalink: "/network/" + section}, Section: section}
	if section == "peers" {
		d.Permalink = "/network"
	}
	if section == "services" {
		d.Kind = r.URL.Query().Get("kind")
		switch d.Kind {
		case "", "network", "package", "gateway", "relay":
		default:
			s.notFound(ctx, w, r, "no kind of service "+d.Kind, "The kinds are network, package, gateway and relay.")
			return
		}
	}
	st, err := s.status.fresh(ctx)
	if err != nil {
		s.fail(ctx, w, r, err, "")
		return
	}
	d.Status = st
	d.API = []apiLink{{"GET", "/v1/status"}}
	var svcErr error
	switch {
	case section == "peers":
		var wg sync.WaitGroup
		wg.Go(func() { d.Services, svcErr = s.c.Services(ctx, "", "") })
		d.Peers, err = s.c.Peers(ctx)
		wg.Wait()
		d.API = append(d.API, apiLink{"GET", "/v1/peers"}, apiLink{"GET", "/v1/services"})
	case section == "services":
		d.Services, svcErr = s.c.Services(ctx, d.Kind, "")
		link := "/v1/services"
		if d.Kind != "" {
			link += "?kind=" + d.Kind
		}
		d.API = append(d.API, apiLink{"GET", link})
	case section == "blocks" && isChain(st):
		err = s.blocksSection(ctx, r, d)
	case section == "validators" && isChain(st):
		d.Validators, err = s.c.Validators(ctx)
		d.API = append(d.API, apiLink{"GET", "/v1/validators"})
	}
	var ce *client.Error
	if errors.As(svcErr, &ce) && ce.Code == api.CodeNotFound {
		d.NoRegistry, d.Services, svcErr = true, nil, nil
	}
	if err = errors.Join(err, svcErr); err != nil {
		s.fail(ctx, w, r, err, "")
		return
	}
	if d.Services != nil {
		d.PeerServices = map[string][]api.Service{}
		for _, sv := range d.Services.Services {
			d.PeerServices[sv.Peer] = append(d.PeerServices[sv.Peer], sv)
		}
	}
	s.show(ctx, w, r, http.StatusOK, "network", d, networkTwin{d.Status, d.Peers, d.Blocks, d.Validators, d.Services})
}

// blocksSection fills a page of blocks, newest first, below ?before=.
func (s *server) blocksSection(ctx context.Context, r *http.Request, d *networkPage) error {
	before, _ := strconv.ParseInt(r.URL.Query().Get("before"), 10, 64)
	before = max(before, 0)
	list, err := s.c.Blocks(ctx, before, blocksPerPage)
	if err != nil {
		return err
	}
	d.Blocks = list
	apiURL := "/v1/blocks?limit=" + strconv.Itoa(blocksPerPage)
	if before > 0 {
		apiURL += "&before=" + strconv.FormatInt(before, 10)
		d.Permalink = "/network/blocks?before=" + strconv.FormatInt(before, 10)
		d.NewerURL = "/network/blocks?before=" + strconv.FormatInt(before+blocksPerPage, 10)
	} else if len(list.Blocks) > 0 {
		d.Permalink = "/network/blocks?before=" + strconv.FormatInt(list.Blocks[0].Height+1, 10)
	}
	if list.Next > 0 {
		d.OlderURL = "/network/blocks?before=" + strconv.FormatInt(list.Next, 10)
	}
	d.API = append(d.API, apiLink{"GET", apiURL})
	return nil
}

// blockPage is one block with its transactions' receipts.
type blockPage struct {
	page
	Block *api.Block
	Txs   []*txRow
}

// txRow is a transaction of a block: its receipt, or only its hash when
// the node has no receipt for it (bytes that were not a transaction).
type txRow struct {
	Hash string
	Rc   *engine.Receipt
}

func (s *server) block(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	h, err := strconv.ParseInt(r.PathValue("height"), 10, 64)
	if err != nil || h <= 0 {
		s.notFound(ctx, w, r, "no block "+r.PathValue("height"), "A block is named by its height, a positive number.")
		return
	}
	b, err := s.c.Block(ctx, h)
	if err != nil {
		if isNotFound(err) {
			s.notFound(ctx, w, r, "no block "+strconv.FormatInt(h, 10), "Blocks are on a chain node, up to its latest height (see Network, Blocks).")
			return
		}
		s.fail(ctx, w, r, err, "")
		return
	}
	d := &blockPage{page: page{Title: "Block " + strconv.FormatInt(h, 10), Nav: "network", Permalink: "/blocks/" + strconv.FormatInt(h, 10),
		API: []apiLink{{"GET", "/v1/blocks/" + strconv.FormatInt(h, 10)}}}, Block: b}
	rows := make([]*txRow, len(b.Txs))
	var wg sync.WaitGroup
	for i, hash := range b.Txs {
		rows[i] = &txRow{Hash: hash}
		if i < 100 { // the receipts of a big block's first transactions
			wg.Go(func() {
				if rc, err := s.c.Tx(ctx, hash); err == nil {
					rows[i].Rc = rc
				}
			})
		}
	}
	wg.Wait()
	d.Txs = rows
	s.show(ctx, w, r, http.StatusOK, "block", d, b)
}
