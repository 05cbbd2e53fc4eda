package explorer

import (
	"context"
	"net/http"
	"strconv"
	"sync"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
)

// networkPage is the node's place in the network, by section: its own
// addresses and its peers; the blocks and validators of a chain node;
// the services the registry knows.
type networkPage struct {
	page
	Section    string // peers, blocks, validators or services
	Status     *api.Status
	Peers      *api.PeerList
	Blocks     *api.BlockList
	Validators *api.ValidatorList
	NewerURL   string
	OlderURL   string
}

// networkTwin is the network page as JSON.
type networkTwin struct {
	Status     *api.Status        `json:"status"`
	Peers      *api.PeerList      `json:"peers,omitempty"`
	Blocks     *api.BlockList     `json:"blocks,omitempty"`
	Validators *api.ValidatorList `json:"validators,omitempty"`
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
	st, err := s.status.fresh(ctx)
	if err != nil {
		s.fail(ctx, w, r, err, "")
		return
	}
	d.Status = st
	d.API = []apiLink{{"GET", "/v1/status"}}
	switch {
	case section == "peers":
		d.Peers, err = s.c.Peers(ctx)
		d.API = append(d.API, apiLink{"GET", "/v1/peers"})
	case section == "blocks" && isChain(st):
		err = s.blocksSection(ctx, r, d)
	case section == "validators" && isChain(st):
		d.Validators, err = s.c.Validators(ctx)
		d.API = append(d.API, apiLink{"GET", "/v1/validators"})
	}
	if err != nil {
		s.fail(ctx, w, r, err, "")
		return
	}
	s.show(ctx, w, r, http.StatusOK, "network", d, networkTwin{d.Status, d.Peers, d.Blocks, d.Validators})
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
