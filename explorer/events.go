package explorer

import (
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/amigo-platform/amigo/api"
)

// eventsPage shows the events of recent transactions and, with
// JavaScript, those that arrive afterwards (server-sent events).
type eventsPage struct {
	page
	Package string
	Events  []api.Event
	Stream  string // the /v1/events URL the page listens to
	Scanned int    // how many recent transactions were looked through
}

// eventsTwin is the events page as JSON.
type eventsTwin struct {
	Package string      `json:"package,omitempty"`
	Events  []api.Event `json:"events"`
	Stream  string      `json:"stream"`
}

const (
	eventsScan = 100 // recent transactions looked through (the most /v1/txs returns)
	eventsShow = 100 // events shown at most
)

func (s *server) events(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	pkg := strings.TrimSpace(r.URL.Query().Get("package"))
	list, err := s.c.Txs(ctx, 0, eventsScan)
	if err != nil {
		s.fail(ctx, w, r, err, "")
		return
	}
	evs := []api.Event{}
	for _, rc := range list.Txs {
		if !rc.OK() {
			continue
		}
		// Newest first: the receipt's events in reverse.
		for i := len(rc.Events) - 1; i >= 0 && len(evs) < eventsShow; i-- {
			ev := rc.Events[i]
			if pkg != "" && ev.Pkg != pkg {
				continue
			}
			evs = append(evs, api.Event{Height: rc.Height, Tx: rc.Hash, Time: rc.Time, Pkg: ev.Pkg, Type: ev.Type, Attrs: ev.Attrs, List: ev.List})
		}
	}
	stream := "/v1/events"
	permalink := "/events"
	if pkg != "" {
		q := url.Values{"package": {pkg}}.Encode()
		stream += "?" + q
		permalink += "?" + q
	}
	d := &eventsPage{
		page: page{Title: "Events", Nav: "events", Permalink: permalink,
			API: []apiLink{{"GET", stream}, {"GET", "/v1/txs?limit=100"}}},
		Package: pkg, Events: evs, Stream: stream, Scanned: len(list.Txs),
	}
	s.show(ctx, w, r, http.StatusOK, "events", d, eventsTwin{pkg, evs, stream})
}

// attrPairs lists an event's attributes in emission order (list), else
// in key order (attrs).
func attrPairs(list []string, attrs map[string]string) [][2]string {
	var out [][2]string
	if len(list) > 0 {
		for i := 0; i < len(list); i += 2 {
			p := [2]string{list[i], ""}
			if i+1 < len(list) {
				p[1] = list[i+1]
			}
			out = append(out, p)
		}
		return out
	}
	for _, k := range slices.Sorted(maps.Keys(attrs)) {
		out = append(out, [2]string{k, attrs[k]})
	}
	return out
}
