package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"slices"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/auth"
	raftseq "github.com/amigo-platform/amigo/consensus/raft"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/registry"
	"github.com/amigo-platform/amigo/sequencer"
)

// clusterState is what the cluster profile adds to a node.
type clusterState struct {
	conf     *ClusterConfig
	seq      *raftseq.Sequencer
	verifier *auth.Verifier   // gateways only
	issuer   *auth.Issuer     // gateways of a cluster with the built-in token service
	gateways map[peer.ID]bool // the stateless gateways cluster.toml lists
	allow    map[peer.ID]bool // the peers cluster.toml admits (members, allow, gateways, self)
	proxy    *gatewayProxy    // a stateless gateway's forwarding handler
	limiter  *callerLimiter   // gateways: [auth] rate_limit per caller (nil: none)
}

// isGateway reports whether members take callers from id: a stateless
// gateway cluster.toml lists, or one admitted at run time (replicated
// through Raft).
func (cl *clusterState) isGateway(id peer.ID) bool {
	return cl.gateways[id] || (cl.seq != nil && cl.seq.IsGateway(id.String()))
}

// speaksRaft reports whether id may open Raft RPC streams: the current
// members and the peers cluster.toml admits, never a stateless gateway.
func (cl *clusterState) speaksRaft(id peer.ID) bool {
	if cl.isGateway(id) {
		return false
	}
	return cl.allow[id] || (cl.seq != nil && cl.seq.IsMember(id.String()))
}

// admits reports whether the host lets id connect: the peers cluster.toml
// lists, the current Raft members and admitted gateways, and, on a
// stateless gateway, the members it forwards to now.
func (cl *clusterState) admits(id peer.ID) bool {
	if cl.allow[id] {
		return true
	}
	if seq := cl.seq; seq != nil && (seq.IsMember(id.String()) || seq.IsGateway(id.String())) {
		return true
	}
	return cl.proxy != nil && cl.proxy.has(id)
}

// clusterHost reads home/cluster.toml and sets the host's private network
// (PSK), its allow-list (the configured peers, and whoever is a Raft
// member now) and the listen addresses the file names, unless flags gave
// others.
func (n *Node) clusterHost(pc *p2p.Config) error {
	conf, err := LoadClusterConfig(n.cfg.Home)
	if err != nil {
		return err
	}
	n.cl = &clusterState{conf: conf}
	if pc.PSK, err = conf.PSKBytes(); err != nil {
		return err
	}
	p := n.cfg.Profile
	if conf.HTTP != "" && n.cfg.HTTPAddr == p.HTTP {
		n.cfg.HTTPAddr = conf.HTTP
	}
	if len(conf.P2P) > 0 && slices.Equal(n.cfg.P2PAddrs, p.P2P) {
		n.cfg.P2PAddrs = conf.P2P
	}
	pc.ListenAddrs = n.cfg.P2PAddrs
	if !n.cfg.Gateway && !conf.Gateway && !conf.StatelessGateway {
		// Without a gateway's tokens the API takes the caller a request
		// names: only clients on this machine may reach it.
		host, _, err := net.SplitHostPort(n.cfg.HTTPAddr)
		if ip := net.ParseIP(host); err != nil || (host != "localhost" && (ip == nil || !ip.IsLoopback())) {
			return fmt.Errorf("--http %q: a cluster member that is not a gateway serves its API on loopback only (it does not check tokens); use 127.0.0.1 or start it with --gateway", n.cfg.HTTPAddr)
		}
	}
	ids := append([]string(nil), conf.Allow...)
	for _, m := range conf.Members {
		id, err := raftseq.PeerOf(m)
		if err != nil {
			return fmt.Errorf("%s: member %q: %w", ClusterFile, m, err)
		}
		ids = append(ids, id.String())
	}
	n.cl.gateways = map[peer.ID]bool{}
	for _, s := range conf.Gateways {
		id, err := peer.Decode(s)
		if err != nil {
			return fmt.Errorf("%s: gateways %q: %w", ClusterFile, s, err)
		}
		n.cl.gateways[id] = true
		ids = append(ids, s)
	}
	for _, s := range ids {
		id, err := peer.Decode(s)
		if err != nil {
			return fmt.Errorf("%s: allow %q: %w", ClusterFile, s, err)
		}
		pc.AllowPeers = append(pc.AllowPeers, id)
	}
	if key := pc.Identity; key != nil {
		if self, err := peer.IDFromPrivateKey(key); err == nil {
			pc.AllowPeers = append(pc.AllowPeers, self) // never empty: the list is on
		}
	}
	n.cl.allow = map[peer.ID]bool{}
	for _, id := range pc.AllowPeers {
		n.cl.allow[id] = true
	}
	// Members added online (cluster join) are admitted once they are in
	// the Raft configuration, gateways once their admission is applied;
	// a stateless gateway admits the members it learned from the cluster.
	pc.AllowFunc = n.cl.admits
	return nil
}

// gatewaysChanged is the Raft sequencer's OnGateways: removalGrace after
// a change, the connections of peers no longer admitted (a removed
// gateway) are closed; meanwhile their requests are refused 403 with the
// reason, and they cannot connect again.
func (n *Node) gatewaysChanged([]string) {
	time.AfterFunc(removalGrace, func() {
		n.stopMu.Lock()
		defer n.stopMu.Unlock()
		if n.stopped || n.host == nil {
			return
		}
		for _, id := range n.host.Network().Peers() {
			if !n.cl.admits(id) {
				n.log.Info("closing the connections of a peer no longer admitted", "peer", id)
				n.host.Network().ClosePeer(id)
			}
		}
	})
}

// startCluster starts the Raft sequencer (the cluster profile) and, on a
// gateway, the token verifier and the built-in token service.
func (n *Node) startCluster(ctx context.Context) (sequencer.Sequencer, error) {
	cl := n.cl
	if cl == nil {
		return nil, errors.New("cluster profile: no cluster configuration loaded")
	}
	var err error
	conf := cl.conf
	n.network = "cluster:" + conf.Name
	if conf.StatelessGateway {
		// Not a Raft member: it verifies tokens and forwards to members.
		if err := n.startGateway(ctx); err != nil {
			return nil, err
		}
		if cl.proxy, err = n.newGatewayProxy(); err != nil {
			return nil, err
		}
		return gatewaySequencer{}, nil
	}
	seq, err := raftseq.New(raftseq.Config{
		Engine: n.engine, Store: n.store, Host: n.host, Dir: filepath.Join(n.cfg.Home, "raft"),
		Self: conf.Self, Members: conf.Members, ChainID: n.network, OnCommit: n.committed, Logger: n.log,
		OnGateways: n.gatewaysChanged, AllowRPC: n.cl.speaksRaft,
	})
	if err != nil {
		return nil, err
	}
	cl.seq = seq
	n.metrics.reg.MustRegister(raftCollector{seq})
	if n.cfg.Gateway || conf.Gateway {
		if err := n.startGateway(ctx); err != nil {
			seq.Close()
			return nil, err
		}
	}
	return seq, nil
}

// announceGateway publishes a gateway record for the cluster (name: the
// network, cluster:<name>; metadata: the API's URL and the token audience),
// once the API listens: callers find a cluster's gateways in the registry.
// Gateways hold no state of their own beyond the member's, so each one
// added is capacity.
func (n *Node) announceGateway() {
	if n.cl == nil || n.cl.verifier == nil || n.reg == nil {
		return
	}
	meta := map[string]string{"http": n.HTTPURL(), "audience": n.cl.conf.Auth.Audience}
	if meta["audience"] == "" {
		meta["audience"] = n.network
	}
	if n.cl.issuer != nil {
		meta["issuer"] = n.cl.issuer.URL()
	}
	n.bgWG.Add(1)
	go func() {
		defer n.bgWG.Done()
		n.publish(registry.KindGateway, n.network, meta)
	}()
}

func (n *Node) startGateway(ctx context.Context) error {
	cl := n.cl
	a := cl.conf.Auth
	cl.limiter = newCallerLimiter(a.RateLimit, a.RateBurst)
	if a.Audience == "" {
		a.Audience = n.network
	}
	if a.Issuer != "" {
		v, err := auth.NewVerifier(ctx, auth.Config{Issuer: a.Issuer, Audience: a.Audience, Revoked: n.tokenRevoked})
		if err != nil {
			return err
		}
		cl.verifier = v
		return nil
	}
	is, err := BuiltinIssuer(cl.conf)
	if err != nil {
		return err
	}
	v, err := auth.NewVerifier(ctx, auth.Config{Issuer: is.URL(), Audience: a.Audience, KeySet: is.KeySet(), Algs: []string{"ES256"}, Revoked: n.tokenRevoked})
	if err != nil {
		return err
	}
	cl.issuer, cl.verifier = is, v
	return nil
}

// BuiltinIssuer is the cluster's built-in token service, as a member's
// configuration defines it (`amigo cluster token create` signs with it).
func BuiltinIssuer(conf *ClusterConfig) (*auth.Issuer, error) {
	a := conf.Auth
	secret, err := hex.DecodeString(a.Secret)
	if err != nil || len(secret) < 32 {
		return nil, fmt.Errorf("%s: auth.secret: want at least 32 bytes in hex", ClusterFile)
	}
	if a.IssuerURL == "" {
		return nil, fmt.Errorf("%s: auth.issuer_url is empty (the built-in token service's issuer, a gateway's URL)", ClusterFile)
	}
	aud := a.Audience
	if aud == "" {
		aud = "cluster:" + conf.Name
	}
	var clients []auth.Client
	for _, c := range a.Clients {
		clients = append(clients, auth.Client{ID: c.ID, SecretHash: c.SecretHash, Subject: c.Subject, Scopes: c.Scopes})
	}
	return auth.NewIssuer(auth.IssuerConfig{URL: a.IssuerURL, Audience: aud, Secret: secret, Clients: clients})
}

// readBarrier makes a read linearizable when the request asks for it;
// otherwise, on a cluster member, it makes the member's own acknowledged
// writes visible (read-your-writes at the member a client talks to).
func (n *Node) readBarrier(ctx context.Context) error {
	if n.cl == nil || n.cl.seq == nil {
		return nil // one node's own state is always current
	}
	if !api.StrongRead(ctx) {
		if err := n.cl.seq.ReadLocal(ctx); err != nil {
			n.log.Warn("a local read does not wait longer for this member's writes", "err", err)
		}
		return nil
	}
	if err := n.cl.seq.ReadBarrier(ctx); err != nil {
		return api.Errorf(api.CodeUnavailable, "consistency=strong: %v", err)
	}
	return nil
}

// Cluster is the Raft sequencer of a cluster member (nil on other
// profiles).
func (n *Node) Cluster() *raftseq.Sequencer {
	if n.cl == nil {
		return nil
	}
	return n.cl.seq
}

// raftCollector exports the member's Raft state.
type raftCollector struct{ s *raftseq.Sequencer }

var (
	raftTerm    = prometheus.NewDesc("amigo_raft_term", "Current Raft term.", nil, nil)
	raftLeader  = prometheus.NewDesc("amigo_raft_leader", "1 on the leader, 0 elsewhere; the leader's peer id as a label.", []string{"leader", "state"}, nil)
	raftCommit  = prometheus.NewDesc("amigo_raft_commit_index", "Raft commit index.", nil, nil)
	raftApplied = prometheus.NewDesc("amigo_raft_applied_index", "Last Raft index applied to the state.", nil, nil)
	raftLast    = prometheus.NewDesc("amigo_raft_last_index", "Last index in the Raft log.", nil, nil)
	raftLag     = prometheus.NewDesc("amigo_raft_apply_lag", "Committed Raft entries not applied yet.", nil, nil)
	raftMembers = prometheus.NewDesc("amigo_raft_members", "Members in the Raft configuration.", nil, nil)
)

func (c raftCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{raftTerm, raftLeader, raftCommit, raftApplied, raftLast, raftLag, raftMembers} {
		ch <- d
	}
}

func (c raftCollector) Collect(ch chan<- prometheus.Metric) {
	st := c.s.Status()
	g := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	lead := 0.0
	if st.State == "Leader" {
		lead = 1
	}
	lag := 0.0
	if st.CommitIndex > st.AppliedIndex {
		lag = float64(st.CommitIndex - st.AppliedIndex)
	}
	g(raftTerm, float64(st.Term))
	g(raftLeader, lead, st.Leader, st.State)
	g(raftCommit, float64(st.CommitIndex))
	g(raftApplied, float64(st.AppliedIndex))
	g(raftLast, float64(st.LastIndex))
	g(raftLag, lag)
	g(raftMembers, float64(st.Members))
}
