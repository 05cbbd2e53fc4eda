package api

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// Service is a service record of the registry, as GET /v1/services lists
// it: Peer serves Kind Name (a network, a package, a gateway, a relay) on
// Network, at Addrs, until Expires. Records are verified (signed by Peer's
// key) before they are listed.
type Service struct {
	Kind    string            `json:"kind"` // network, package, gateway, relay
	Name    string            `json:"name"`
	Network string            `json:"network"`
	Peer    string            `json:"peer"`
	Addrs   []string          `json:"addrs"` // multiaddrs of Peer, with /p2p/<peer>
	Meta    map[string]string `json:"meta,omitempty"`
	Expires time.Time         `json:"expires"`
}

// ServiceList lists service records, sorted by kind, name and peer.
type ServiceList struct {
	Services []Service `json:"services"`
}

// ServicesBackend is implemented by backends that have a service registry;
// GET /v1/services answers 404 on others. It is apart from Backend so that
// backends without a registry need not change.
type ServicesBackend interface {
	// Services lists the known records whose kind and name match (empty
	// matches any); with a name, a backend may look it up on the network
	// when it knows no record. A kind it does not know is an *Error with
	// CodeBadRequest.
	Services(ctx context.Context, kind, name string) (*ServiceList, error)
}

// networkKey carries the network a call, query or render names.
type networkKey struct{}

// WithNetwork returns ctx carrying the network id a request names
// (CallRequest.Network, RenderRequest.Network); the handler sets it before
// it calls Backend.Submit, Query and Render, so a backend can route the
// request to a peer of that network.
func WithNetwork(ctx context.Context, network string) context.Context {
	if network == "" {
		return ctx
	}
	return context.WithValue(ctx, networkKey{}, network)
}

// NetworkFrom is the network id the request names, "" for any (the node
// that received it).
func NetworkFrom(ctx context.Context) string {
	s, _ := ctx.Value(networkKey{}).(string)
	return s
}

func (s *server) services(w http.ResponseWriter, r *http.Request) {
	sb, ok := s.b.(ServicesBackend)
	if !ok {
		s.fail(w, r, CodeNotFound, "this node has no service registry")
		return
	}
	q := r.URL.Query()
	list, err := sb.Services(r.Context(), q.Get("kind"), q.Get("name"))
	if err == nil && list == nil {
		err = errors.New("backend returned no service list")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := *list
	if out.Services == nil {
		out.Services = []Service{}
	}
	s.writeJSON(w, r, http.StatusOK, &out)
}
