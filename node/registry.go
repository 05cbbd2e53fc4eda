package node

import (
	"context"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/registry"
)

// The node is a ServicesBackend.
var _ api.ServicesBackend = (*Node)(nil)

// maxPublishQueue bounds the deploys waiting to be announced.
const maxPublishQueue = 1024

// startDiscovery starts the DHT, gossip, mDNS (on profiles that want it)
// and the registry, connects the bootstrap peers and relays, and
// announces this node's network, its relay service and its packages. It
// runs after the sequencer, which fixes n.network.
func (n *Node) startDiscovery(ctx context.Context) error {
	cfg := n.cfg
	n.bg, n.bgCancel = context.WithCancel(context.Background())
	var err error
	if n.dht, err = p2p.NewDHT(ctx, n.host, p2p.DHTConfig{Server: n.dhtServer(), Bootstrap: n.bootstrap, RefreshPeriod: cfg.DHTRefresh}); err != nil {
		return err
	}
	if n.ps, err = p2p.NewPubSub(n.bg, n.host); err != nil {
		return err
	}
	reg, err := registry.New(registry.Config{Host: n.host, Routing: n.dht, PubSub: n.ps, Network: n.network, TTL: cfg.RecordTTL, Logger: n.log, Addrs: n.recordAddrs})
	if err != nil {
		return err
	}
	n.regMu.Lock()
	n.reg = reg
	n.regMu.Unlock()
	if err := n.metrics.reg.Register(newRegistryCollector(n)); err != nil {
		return fmt.Errorf("registry metrics: %w", err)
	}
	if cfg.Profile.MDNS && !cfg.NoMDNS {
		if n.mdns, err = p2p.StartMDNS(n.host); err != nil {
			// mDNS is a convenience: a machine without multicast still
			// runs a node, found through --bootstrap.
			n.log.Warn("mDNS is off", "err", err)
			n.mdns = nil
		}
	}
	n.publishQ = make(chan string, maxPublishQueue)
	n.bgWG.Add(2)
	go func() {
		defer n.bgWG.Done()
		peers := append(append([]peer.AddrInfo(nil), n.bootstrap...), n.relays...)
		if len(peers) > 0 {
			cctx, cancel := context.WithTimeout(n.bg, 30*time.Second)
			if err := p2p.Connect(cctx, n.host, peers); err != nil {
				n.log.Warn("bootstrap peers not reached", "err", err)
			}
			cancel()
			if err := n.dht.Bootstrap(n.bg); err != nil {
				n.log.Debug("DHT bootstrap", "err", err)
			}
		}
		n.publishAll()
	}()
	go n.publishLoop()
	return nil
}

// recordAddrs are the addresses this node's records carry: the host's
// and, for a node behind a NAT, a /p2p-circuit address through each relay
// it is connected to (libp2p advertises circuit addresses only through
// relays with public addresses; a record names them in any network, and a
// peer that cannot use one tries the next).
func (n *Node) recordAddrs() []ma.Multiaddr {
	addrs := n.host.Addrs()
	if len(n.relays) == 0 && !n.cfg.BehindNAT {
		return addrs
	}
	relays := map[peer.ID]bool{}
	for _, r := range n.relays {
		relays[r.ID] = true
	}
	if reg := n.registry(); reg != nil {
		for _, r := range reg.List(registry.KindRelay, "relay") {
			relays[r.Peer] = true
		}
	}
	for id := range relays {
		if n.host.Network().Connectedness(id) != network.Connected {
			continue
		}
		circuit, err := ma.NewMultiaddr("/p2p/" + id.String() + "/p2p-circuit")
		if err != nil {
			continue
		}
		for _, a := range n.host.Peerstore().Addrs(id) {
			if manet.IsIPLoopback(a) {
				continue
			}
			if _, err := a.ValueForProtocol(ma.P_CIRCUIT); err == nil {
				continue
			}
			addrs = append(addrs, a.Encapsulate(circuit))
		}
	}
	return addrs
}

// dhtServer says whether the DHT answers queries: on profiles that serve
// the DHT, unless the node is behind a NAT (peers could not reach it).
func (n *Node) dhtServer() bool {
	return n.cfg.Profile.DHTServer && len(n.relays) == 0 && !n.cfg.BehindNAT
}

// stopDiscovery stops what startDiscovery started, in reverse order.
func (n *Node) stopDiscovery() {
	if n.bgCancel != nil {
		n.bgCancel()
	}
	n.bgWG.Wait()
	if n.reg != nil {
		n.reg.Close()
	}
	if n.mdns != nil {
		n.mdns.Close()
	}
	if n.dht != nil {
		n.dht.Close()
	}
}

// publishAll announces this node's network, its relay service (open
// profile) and every deployed package.
func (n *Node) publishAll() {
	meta := map[string]string{"profile": n.cfg.Profile.Name, "version": Version}
	n.publish(registry.KindNetwork, n.network, meta)
	if n.cfg.Profile.Relay {
		n.publish(registry.KindRelay, "relay", map[string]string{"network": n.network})
	}
	pkgs, err := n.engine.Packages()
	if err != nil {
		n.log.Warn("list packages to announce", "err", err)
		return
	}
	for _, p := range pkgs {
		n.publish(registry.KindPackage, p.Path, nil)
	}
}

// publishLoop announces the packages deployed while the node runs.
func (n *Node) publishLoop() {
	defer n.bgWG.Done()
	for {
		select {
		case <-n.bg.Done():
			return
		case path := <-n.publishQ:
			n.publish(registry.KindPackage, path, nil)
		}
	}
}

// published queues the announcement of a package just deployed.
func (n *Node) published(path string) {
	if n.publishQ == nil {
		return
	}
	select {
	case n.publishQ <- path:
	default:
		n.log.Warn("too many deploys waiting to be announced; this one is announced at the next start", "package", path)
	}
}

func (n *Node) publish(kind registry.Kind, name string, meta map[string]string) {
	ctx, cancel := context.WithTimeout(n.bg, time.Minute)
	defer cancel()
	if err := n.reg.Publish(ctx, kind, name, meta); err != nil {
		n.log.Debug("announce a service", "kind", kind, "name", name, "err", err)
	}
}

// relaySource offers auto-relay the relays of the registry.
func (n *Node) relaySource(ctx context.Context, num int) <-chan peer.AddrInfo {
	out := make(chan peer.AddrInfo, num)
	go func() {
		defer close(out)
		reg := n.registry()
		if reg == nil {
			return
		}
		recs, _ := reg.Find(ctx, registry.KindRelay, "relay")
		for _, r := range recs {
			if len(out) == num {
				return
			}
			info := peer.AddrInfo{ID: r.Peer}
			for _, s := range r.Addrs {
				if a, err := ma.NewMultiaddr(s); err == nil {
					info.Addrs = append(info.Addrs, a)
				}
			}
			out <- info
		}
	}()
	return out
}

func (n *Node) registry() *registry.Registry {
	n.regMu.Lock()
	defer n.regMu.Unlock()
	return n.reg
}

// Registry is the node's service registry (nil before Start).
func (n *Node) Registry() *registry.Registry { return n.registry() }

// Services implements api.ServicesBackend: the registry's records whose
// kind and name match; with a kind and a name and nothing known, it looks
// them up on the network for up to 5 seconds.
func (n *Node) Services(ctx context.Context, kind, name string) (*api.ServiceList, error) {
	var k registry.Kind
	if kind != "" {
		var err error
		if k, err = registry.ParseKind(kind); err != nil {
			return nil, api.Errorf(api.CodeBadRequest, "kind: %v", err)
		}
	}
	recs := n.reg.List(k, name)
	if len(recs) == 0 && k != "" && name != "" {
		fctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		found, err := n.reg.Find(fctx, k, name)
		cancel()
		if err != nil {
			n.log.Debug("look up a service", "kind", k, "name", name, "err", err)
		}
		recs = found
	}
	out := &api.ServiceList{Services: make([]api.Service, 0, len(recs))}
	for _, r := range recs {
		out.Services = append(out.Services, serviceOf(r))
	}
	return out, nil
}

func serviceOf(r registry.Record) api.Service {
	s := api.Service{Kind: string(r.Kind), Name: r.Name, Network: r.Network, Peer: r.Peer.String(), Meta: r.Meta, Expires: r.Expires, Addrs: []string{}}
	for _, a := range r.Addrs {
		s.Addrs = append(s.Addrs, fmt.Sprintf("%s/p2p/%s", a, r.Peer))
	}
	return s
}

// registryCollector exports the registry's counters to Prometheus:
// amigo_registry_records (published, cached),
// amigo_registry_accepted_total and amigo_registry_rejected_total by
// reason, and amigo_forwards_total by outcome.
type registryCollector struct {
	n                                   *Node
	records, accepted, rejected, fwdTot *prometheus.Desc
}

func newRegistryCollector(n *Node) *registryCollector {
	return &registryCollector{
		n:        n,
		records:  prometheus.NewDesc("amigo_registry_records", "Service records held, this node's (published) and other peers' (cached).", []string{"whose"}, nil),
		accepted: prometheus.NewDesc("amigo_registry_accepted_total", "Records of other peers verified and cached.", nil, nil),
		rejected: prometheus.NewDesc("amigo_registry_rejected_total", "Records dropped, by reason (malformed, signature, wrong_key, expired, ...).", []string{"reason"}, nil),
		fwdTot:   prometheus.NewDesc("amigo_forwards_total", "Requests forwarded to another peer, by outcome.", []string{"outcome"}, nil),
	}
}

func (c *registryCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.records
	ch <- c.accepted
	ch <- c.rejected
	ch <- c.fwdTot
}

func (c *registryCollector) Collect(ch chan<- prometheus.Metric) {
	reg := c.n.registry()
	if reg == nil {
		return
	}
	st := reg.Stats()
	ch <- prometheus.MustNewConstMetric(c.records, prometheus.GaugeValue, float64(st.Published), "published")
	ch <- prometheus.MustNewConstMetric(c.records, prometheus.GaugeValue, float64(st.Cached), "cached")
	ch <- prometheus.MustNewConstMetric(c.accepted, prometheus.CounterValue, float64(st.Accepted))
	for reason, k := range st.Rejected {
		ch <- prometheus.MustNewConstMetric(c.rejected, prometheus.CounterValue, float64(k), reason)
	}
	ch <- prometheus.MustNewConstMetric(c.fwdTot, prometheus.CounterValue, float64(c.n.forwardsOK.Load()), "ok")
	ch <- prometheus.MustNewConstMetric(c.fwdTot, prometheus.CounterValue, float64(c.n.forwardsFailed.Load()), "failed")
}
