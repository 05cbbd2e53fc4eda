package node

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"

	"github.com/amigo-platform/amigo/api"
)

// MembersResponse is the answer of GET /v1/cluster/members.
type MembersResponse struct {
	Network string   `json:"network"`
	Leader  string   `json:"leader"` // peer id
	Self    string   `json:"self"`
	Members []string `json:"members"` // Raft addresses
}

// clusterAdmin serves membership changes, beside the API:
//
//	GET    /v1/cluster/members        the Raft configuration
//	POST   /v1/cluster/members        {"address": "<multiaddr>/p2p/<id>"} adds a voter
//	DELETE /v1/cluster/members/{id}   removes a member
//
// A gateway requires a token with scope amigo:admin; another member
// answers clients on loopback only.
func (n *Node) clusterAdmin() http.Handler {
	mux := http.NewServeMux()
	fail := func(w http.ResponseWriter, code api.ErrorCode, msg string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code.Status())
		json.NewEncoder(w).Encode(&api.ErrorResponse{Error: api.ErrorBody{Code: code, Message: msg}})
	}
	guard := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if v := n.cl.verifier; v != nil {
				if _, err := v.Authenticate(r, "admin"); err != nil {
					if e, ok := err.(*api.Error); ok {
						fail(w, e.Code, e.Message)
					} else {
						fail(w, api.CodeUnauthorized, err.Error())
					}
					return
				}
			} else if host, _, err := net.SplitHostPort(r.RemoteAddr); err != nil || !net.ParseIP(host).IsLoopback() {
				fail(w, api.CodeForbidden, "membership changes are accepted from loopback only on a member that is not a gateway")
				return
			}
			h(w, r)
		}
	}
	seq := n.cl.seq
	mux.HandleFunc("GET /v1/cluster/members", guard(func(w http.ResponseWriter, r *http.Request) {
		ms, err := seq.Members()
		if err != nil {
			fail(w, api.CodeUnavailable, err.Error())
			return
		}
		_, leader := seq.Leader()
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(&MembersResponse{Network: n.network, Leader: leader, Self: seq.Self(), Members: ms})
	}))
	mux.HandleFunc("POST /v1/cluster/members", guard(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Address string `json:"address"`
		}
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&req); err != nil || req.Address == "" {
			fail(w, api.CodeBadRequest, fmt.Sprintf(`want {"address": "<multiaddr>/p2p/<peer id>"} (%v)`, err))
			return
		}
		if err := seq.AddMember(r.Context(), req.Address); err != nil {
			fail(w, api.CodeUnavailable, "add member: "+err.Error())
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	mux.HandleFunc("DELETE /v1/cluster/members/{id}", guard(func(w http.ResponseWriter, r *http.Request) {
		if err := seq.RemoveMember(r.Context(), r.PathValue("id")); err != nil {
			fail(w, api.CodeUnavailable, "remove member: "+err.Error())
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	return mux
}
