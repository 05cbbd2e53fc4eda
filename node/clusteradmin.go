package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/api"
	raftseq "github.com/amigo-platform/amigo/consensus/raft"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/store"
)

// MembersResponse is the answer of GET /v1/cluster/members.
type MembersResponse struct {
	Network string   `json:"network"`
	Leader  string   `json:"leader"` // peer id
	Self    string   `json:"self"`
	Members []string `json:"members"` // Raft addresses
	// Status is each member as the answering member sees it, in the
	// order of Members.
	Status []MemberStatus `json:"status"`
}

// MemberStatus is a member as another sees it: during a rolling upgrade,
// which version each one runs.
type MemberStatus struct {
	ID      string `json:"id"` // peer id
	Address string `json:"address"`
	Leader  bool   `json:"leader,omitempty"`
	Self    bool   `json:"self,omitempty"`
	// Connected: the answering member is connected to it, or connected
	// to it when asked with ?probe=true (true for itself).
	Connected bool `json:"connected"`
	// Agent is the software it runs as it reported it ("amigo/<version>";
	// empty if it never connected).
	Agent string `json:"agent,omitempty"`
	// RTTMillis is the round trip the answering member measured to it.
	RTTMillis float64 `json:"rtt_ms,omitempty"`
}

// GatewaysResponse is the answer of GET /v1/cluster/gateways.
type GatewaysResponse struct {
	Network string `json:"network"`
	// Gateways are the stateless gateways admitted at run time (peer
	// ids), replicated through Raft: the same on every member.
	Gateways []string `json:"gateways"`
	// Configured are those this member's cluster.toml lists (gateways).
	Configured []string `json:"configured"`
}

// RevocationsResponse is the answer of GET /v1/cluster/revocations.
type RevocationsResponse struct {
	Network     string               `json:"network"`
	Revocations []raftseq.Revocation `json:"revocations"`
}

// RevokeRequest is the body of POST /v1/cluster/revocations: a token id
// (jti), or a subject (every token of it issued until now).
type RevokeRequest struct {
	ID      string `json:"jti,omitempty"`
	Subject string `json:"subject,omitempty"`
}

// clusterAdmin serves membership changes, beside the API:
//
//	GET    /v1/cluster/members        the Raft configuration
//	POST   /v1/cluster/members        {"address": "<multiaddr>/p2p/<id>"} adds a voter
//	DELETE /v1/cluster/members/{id}   removes a member
//	GET    /v1/cluster/gateways       the stateless gateways
//	POST   /v1/cluster/gateways       {"peer": "<peer id>"} admits a stateless gateway
//	DELETE /v1/cluster/gateways/{id}  removes one
//	GET    /v1/cluster/revocations    the token revocations in force
//	POST   /v1/cluster/revocations    {"jti": "<id>"} or {"subject": "<sub>"} revokes tokens
//
// A gateway requires a token with scope amigo:admin; another member
// answers clients on loopback only. Over libp2p, an admitted stateless
// gateway may read the members (it refreshes the list it forwards to)
// and remove itself (amigo cluster leave, through the gateway).
func (n *Node) clusterAdmin() http.Handler {
	mux := http.NewServeMux()
	fail := func(w http.ResponseWriter, code api.ErrorCode, msg string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code.Status())
		json.NewEncoder(w).Encode(&api.ErrorResponse{Error: api.ErrorBody{Code: code, Message: msg}})
	}
	guard := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			// Every change, accepted or refused, goes to the log with who
			// asked (the audit trail); reads do not.
			by := "loopback " + r.RemoteAddr
			if r.Method != http.MethodGet || r.URL.Path == "/v1/cluster/backup" {
				sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
				w = sw
				defer func() {
					n.log.Info("audit: cluster admin", "action", r.Method+" "+r.URL.Path, "by", by, "status", sw.code)
				}()
			}
			if from := hopFrom(r.Context()).peer; from != "" {
				by = "gateway " + from.String()
				// over libp2p: an admitted gateway reads the members
				switch {
				case !n.cl.isGateway(from):
					why := n.notGateway(from)
					w.Header().Set(HeaderRefused, why)
					fail(w, api.CodeForbidden, why)
				case r.Method == http.MethodGet && r.URL.Path == "/v1/cluster/members":
					h(w, r)
				case r.Method == http.MethodDelete && r.URL.Path == "/v1/cluster/gateways/"+from.String():
					h(w, r) // a gateway leaves
				default:
					fail(w, api.CodeForbidden, "over libp2p, a gateway only reads the members (GET /v1/cluster/members) and removes itself (DELETE /v1/cluster/gateways/<its id>)")
				}
				return
			}
			if v := n.cl.verifier; v != nil {
				by = "a request without a valid token from " + r.RemoteAddr
				p, err := v.AuthenticatePrincipal(r, "admin")
				if err != nil {
					if e, ok := err.(*api.Error); ok {
						fail(w, e.Code, e.Message)
					} else {
						fail(w, api.CodeUnauthorized, err.Error())
					}
					return
				}
				by = fmt.Sprintf("subject %q of %s (token %s) from %s", p.Subject, p.Issuer, p.ID, r.RemoteAddr)
			} else if host, _, err := net.SplitHostPort(r.RemoteAddr); err != nil || !net.ParseIP(host).IsLoopback() {
				fail(w, api.CodeForbidden, "membership changes are accepted from loopback only on a member that is not a gateway")
				return
			}
			h(w, r)
		}
	}
	seq := n.cl.seq
	mux.HandleFunc("GET /v1/cluster/backup", guard(func(w http.ResponseWriter, r *http.Request) {
		// Every write acknowledged before the request is in the backup.
		if err := seq.ReadBarrier(r.Context()); err != nil {
			fail(w, api.CodeUnavailable, "backup: catch up with the leader: "+err.Error())
			return
		}
		snap, ok := n.store.(store.Snapshotter)
		if !ok {
			fail(w, api.CodeInternal, "the store cannot write backups")
			return
		}
		hdr := BackupHeader{Network: n.network, Head: n.engine.Head(), Created: time.Now().UTC()}
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%d.amigo-backup"`, strings.TrimPrefix(n.network, "cluster:"), hdr.Head.Height))
		if err := writeBackup(w, snap, hdr); err != nil {
			// The status is sent: the client sees a backup without its
			// end mark, which no restore takes.
			n.log.Error("cluster backup failed", "err", err)
		}
	}))
	mux.HandleFunc("GET /v1/cluster/members", guard(func(w http.ResponseWriter, r *http.Request) {
		ms, err := seq.Members()
		if err != nil {
			fail(w, api.CodeUnavailable, err.Error())
			return
		}
		_, leader := seq.Leader()
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(&MembersResponse{Network: n.network, Leader: leader, Self: seq.Self(), Members: ms, Status: n.memberStatus(r.Context(), ms, leader, r.URL.Query().Get("probe") == "true")})
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
	mux.HandleFunc("GET /v1/cluster/gateways", guard(func(w http.ResponseWriter, r *http.Request) {
		out := GatewaysResponse{Network: n.network, Gateways: append([]string{}, seq.Gateways()...), Configured: append([]string{}, n.cl.conf.Gateways...)}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(&out)
	}))
	mux.HandleFunc("POST /v1/cluster/gateways", guard(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Peer string `json:"peer"`
		}
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&req); err != nil || req.Peer == "" {
			fail(w, api.CodeBadRequest, fmt.Sprintf(`want {"peer": "<peer id>"} (%v)`, err))
			return
		}
		if _, err := peer.Decode(req.Peer); err != nil {
			fail(w, api.CodeBadRequest, fmt.Sprintf("peer %q: %v", req.Peer, err))
			return
		}
		if err := seq.AddGateway(r.Context(), req.Peer); err != nil {
			fail(w, api.CodeUnavailable, "admit gateway: "+err.Error())
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	mux.HandleFunc("DELETE /v1/cluster/gateways/{id}", guard(func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("id")
		if _, err := peer.Decode(id); err != nil {
			fail(w, api.CodeBadRequest, fmt.Sprintf("peer %q: %v", id, err))
			return
		}
		err := seq.RemoveGateway(r.Context(), id)
		switch {
		case errors.Is(err, raftseq.ErrNotGateway) && slices.Contains(n.cl.conf.Gateways, id):
			fail(w, api.CodeConflict, fmt.Sprintf("%s is listed in this member's %s (gateways): remove it there on every member and restart them", id, ClusterFile))
			return
		case errors.Is(err, raftseq.ErrNotGateway):
			fail(w, api.CodeNotFound, err.Error())
			return
		case err != nil:
			fail(w, api.CodeUnavailable, "remove gateway: "+err.Error())
			return
		}
		if slices.Contains(n.cl.conf.Gateways, id) {
			// removed from the replicated set, still admitted by the file
			w.Header().Set("Warning", fmt.Sprintf(`299 - "%s is still listed in %s (gateways)"`, id, ClusterFile))
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	mux.HandleFunc("GET /v1/cluster/revocations", guard(func(w http.ResponseWriter, r *http.Request) {
		out := RevocationsResponse{Network: n.network, Revocations: append([]raftseq.Revocation{}, seq.Revocations()...)}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(&out)
	}))
	mux.HandleFunc("POST /v1/cluster/revocations", guard(func(w http.ResponseWriter, r *http.Request) {
		var req RevokeRequest
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&req); err != nil || (req.ID == "") == (req.Subject == "") {
			fail(w, api.CodeBadRequest, fmt.Sprintf(`want {"jti": "<token id>"} or {"subject": "<subject>"} (%v)`, err))
			return
		}
		rv := raftseq.Revocation{ID: req.ID, Subject: req.Subject}
		if req.Subject != "" {
			rv.IssuedBefore = time.Now().UTC()
		}
		if err := seq.Revoke(r.Context(), rv); err != nil {
			fail(w, api.CodeUnavailable, "revoke: "+err.Error())
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	return mux
}

// memberStatus describes the members at the Raft addresses ms. With
// probe, it connects to those it is not connected to (followers need not
// be) and waits for what they report, a few seconds at most for all;
// without, it tells what it knows (cheap: gateways ask every refresh).
func (n *Node) memberStatus(ctx context.Context, ms []string, leader string, probe bool) []MemberStatus {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	out := make([]MemberStatus, len(ms))
	var wg sync.WaitGroup
	for i, addr := range ms {
		st := &out[i]
		st.Address = addr
		ai, err := p2p.ParsePeerAddr(addr)
		if err != nil {
			continue
		}
		st.ID = ai.ID.String()
		st.Leader = st.ID == leader
		if ai.ID == n.host.ID() {
			st.Self, st.Connected, st.Agent = true, true, userAgent()
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			st.Connected = n.host.Network().Connectedness(ai.ID) == network.Connected
			if !st.Connected && probe {
				st.Connected = n.host.Connect(ctx, ai) == nil
			}
			// identify tells the agent right after a new connection
			for {
				if v, err := n.host.Peerstore().Get(ai.ID, "AgentVersion"); err == nil {
					st.Agent, _ = v.(string)
					break
				}
				if !probe || !st.Connected || ctx.Err() != nil {
					break
				}
				time.Sleep(20 * time.Millisecond)
			}
			if rtt := n.host.Peerstore().LatencyEWMA(ai.ID); rtt > 0 {
				st.RTTMillis = float64(rtt.Microseconds()) / 1000
			}
		}()
	}
	wg.Wait()
	return out
}
