// Package node wires one Amigo process: the libp2p host, the Badger store,
// the engine, the sequencer the profile names, the Network Interface (REST
// /v1 over HTTP and over the libp2p protocol /amigo/api/1) and /metrics.
// It owns start-up order, shutdown and the profile's rules for callers; it
// must not execute transactions itself (the engine does) nor order them
// (the sequencer does).
package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/p2p"
	"github.com/amigo-platform/amigo/profiles"
	"github.com/amigo-platform/amigo/registry"
	"github.com/amigo-platform/amigo/sequencer"
	"github.com/amigo-platform/amigo/store"
)

// maxAsync bounds the asynchronous submissions waiting to be ordered.
const maxAsync = 4096

// Version is the node's version string.
var Version = "0.1.0-dev"

// userAgent is what the node tells peers it runs (libp2p identify).
func userAgent() string { return p2p.DefaultUserAgent + "/" + Version }

// Config configures a node. New fills unset fields from the profile.
type Config struct {
	// Profile is the node's profile (default dev).
	Profile profiles.Profile
	// Home holds the store (data/), the identity key (identity.key) and
	// config. Default ~/.amigo/<profile>.
	Home string
	// HTTPAddr is the REST listen address (default the profile's,
	// 127.0.0.1:8888 for dev; port 0 picks a free one).
	HTTPAddr string
	// P2PAddrs are the libp2p listen multiaddrs (default the profile's).
	P2PAddrs []string
	// Logger receives the node's logs (default: discard).
	Logger *slog.Logger
	// Handler, if set, makes what is served at / beside the API (the
	// explorer); it is called once the HTTP listener is open, so
	// n.HTTPURL() is known.
	Handler func(n *Node) (http.Handler, error)
	// NoSync turns off fsync on commit: for benchmarks of the engine only,
	// never for a node that acknowledges writes.
	NoSync bool
	// Bootstrap are peers (multiaddrs with /p2p/<id>) the node connects
	// to at start and seeds its DHT with (amigo node --bootstrap).
	Bootstrap []string
	// Relays are circuit relays (multiaddrs with /p2p/<id>) the node
	// reserves a slot on, taking itself as not publicly reachable, so it
	// stays callable through them (amigo node --relay). Without them, an
	// open node that AutoNAT finds unreachable uses relays of the registry.
	Relays []string
	// BehindNAT says the node is not publicly reachable, without naming
	// relays: it reserves slots on relays found in the registry (amigo
	// node --behind-nat). Relays imply it.
	BehindNAT bool
	// NoMDNS turns mDNS off on profiles that have it (tests that run many
	// nodes on one machine).
	NoMDNS bool
	// RecordTTL is how long the node's registry records are valid
	// (default registry.DefaultTTL).
	RecordTTL time.Duration
	// DHTRefresh is the DHT's routing table refresh period (default 10
	// minutes).
	DHTRefresh time.Duration
	// InsecureWrites makes an open node take writes from anyone, with the
	// dev profile's caller rule and no authentication (amigo node
	// --insecure-writes): for test networks only, until signed
	// transactions land. Without it an open node takes writes only from
	// its loopback HTTP API.
	InsecureWrites bool
	// Gateway makes a cluster member verify OAuth2 bearer tokens on its
	// API (the member's cluster.toml can say so too).
	Gateway bool
	// TLSCert and TLSKey are PEM files: the HTTP API (and the explorer)
	// is served over TLS with them, read again when they change (amigo
	// node --tls-cert/--tls-key; cluster.toml tls_cert/tls_key).
	TLSCert, TLSKey string
}

// Option adjusts a Config.
type Option func(*Config) error

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option {
	return func(c *Config) error { c.Logger = l; return nil }
}

// Node is one Amigo process.
type Node struct {
	cfg     Config
	log     *slog.Logger
	store   store.Store
	engine  *engine.Engine
	seq     sequencer.Sequencer
	host    host.Host
	http    *http.Server
	tls     *certSource // nil: plain HTTP
	p2pHTTP *http.Server
	httpLn  net.Listener
	events  *bus
	metrics *metrics
	devID   string
	network string

	// Discovery and routing (registry.go, route.go).
	bootstrap []peer.AddrInfo
	relays    []peer.AddrInfo
	dht       *dht.IpfsDHT
	ps        *pubsub.PubSub
	regMu     sync.Mutex
	reg       *registry.Registry
	mdns      io.Closer
	fwd       *http.Client // HTTP over /amigo/api/1, to forward requests
	publishQ  chan string
	bg        context.Context // ends at Stop
	bgCancel  context.CancelFunc
	bgWG      sync.WaitGroup

	forwardsOK, forwardsFailed atomic.Int64
	started                    time.Time
	async                      chan struct{} // slots of asynchronous submissions in flight
	stopMu                     sync.Mutex
	stopped                    bool
	cl                         *clusterState // the cluster profile's, nil otherwise
}

// New validates the configuration; nothing starts until Start.
func New(cfg Config, opts ...Option) (*Node, error) {
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	if cfg.Profile.Name == "" {
		p, err := profiles.Lookup("dev")
		if err != nil {
			return nil, err
		}
		cfg.Profile = p
	}
	if err := cfg.Profile.Validate(); err != nil {
		return nil, err
	}
	if !cfg.Profile.Available {
		return nil, fmt.Errorf("profile %q is not available in this build yet: it needs %s", cfg.Profile.Name, cfg.Profile.Missing)
	}
	if cfg.Home == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, fmt.Errorf("no home directory (set --home): %w", err)
		}
		cfg.Home = filepath.Join(home, ".amigo", cfg.Profile.Home)
	}
	if cfg.Profile.Sequencer == profiles.SeqCometBFT {
		if err := chainDefaults(&cfg); err != nil {
			return nil, err
		}
	}
	if cfg.HTTPAddr == "" {
		cfg.HTTPAddr = cfg.Profile.HTTP
	}
	if len(cfg.P2PAddrs) == 0 {
		cfg.P2PAddrs = cfg.Profile.P2P
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	hostPart, _, err := net.SplitHostPort(cfg.HTTPAddr)
	if err != nil {
		return nil, fmt.Errorf("--http %q: want HOST:PORT: %w", cfg.HTTPAddr, err)
	}
	if cfg.Profile.Loopback {
		if ip := net.ParseIP(hostPart); hostPart != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return nil, fmt.Errorf("--http %q: the %s profile listens on loopback only (127.0.0.1 or ::1)", cfg.HTTPAddr, cfg.Profile.Name)
		}
	}
	for _, a := range cfg.P2PAddrs {
		m, err := ma.NewMultiaddr(a)
		if err != nil {
			return nil, fmt.Errorf("--p2p %q: %w", a, err)
		}
		if cfg.Profile.Loopback && !loopbackMultiaddr(m) {
			return nil, fmt.Errorf("--p2p %q: the %s profile listens on loopback only (/ip4/127.0.0.1 or /ip6/::1)", a, cfg.Profile.Name)
		}
	}
	bootstrap, err := p2p.ParsePeerAddrs(cfg.Bootstrap)
	if err != nil {
		return nil, fmt.Errorf("--bootstrap: %w", err)
	}
	relays, err := p2p.ParsePeerAddrs(cfg.Relays)
	if err != nil {
		return nil, fmt.Errorf("--relay: %w", err)
	}
	if cfg.Profile.Loopback && (len(relays) > 0 || cfg.BehindNAT) {
		return nil, fmt.Errorf("--relay, --behind-nat: the %s profile is loopback-only and never needs a relay", cfg.Profile.Name)
	}
	if cfg.Profile.Loopback {
		for _, info := range append(append([]peer.AddrInfo(nil), bootstrap...), relays...) {
			for _, a := range info.Addrs {
				if !loopbackMultiaddr(a) {
					return nil, fmt.Errorf("peer address %s/p2p/%s: the %s profile connects over loopback only", a, info.ID, cfg.Profile.Name)
				}
			}
		}
	}
	return &Node{cfg: cfg, log: cfg.Logger, async: make(chan struct{}, maxAsync), bootstrap: bootstrap, relays: relays}, nil
}

func loopbackMultiaddr(m ma.Multiaddr) bool {
	if v, err := m.ValueForProtocol(ma.P_IP4); err == nil {
		ip := net.ParseIP(v)
		return ip != nil && ip.IsLoopback()
	}
	if v, err := m.ValueForProtocol(ma.P_IP6); err == nil {
		ip := net.ParseIP(v)
		return ip != nil && ip.IsLoopback()
	}
	return false
}

// Start opens the store, starts the host, the sequencer and the servers.
// On error, whatever started is stopped again.
func (n *Node) Start(ctx context.Context) (err error) {
	cfg := n.cfg
	defer func() {
		if err != nil {
			n.Stop(context.Background())
		}
	}()
	n.started = time.Now()
	if err := os.MkdirAll(cfg.Home, 0o700); err != nil {
		return fmt.Errorf("home %s: %w", cfg.Home, err)
	}
	// On the cluster profile the Raft log (synced) is the durable record
	// of acknowledged writes; the state store is synced before snapshots
	// (see consensus/raft).
	sync := !cfg.NoSync && cfg.Profile.Sequencer != profiles.SeqRaft
	st, err := store.OpenBadger(store.Options{Dir: filepath.Join(cfg.Home, "data"), Sync: sync, Logger: n.log})
	if err != nil {
		return fmt.Errorf("open the store in %s (is another node using this home?): %w", cfg.Home, err)
	}
	n.store = st
	if n.engine, err = engine.New(st, engine.Config{}); err != nil {
		return err
	}
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(cfg.Home, "identity.key"))
	if err != nil {
		return err
	}
	pcfg := p2p.Config{Identity: key, ListenAddrs: cfg.P2PAddrs, LoopbackOnly: cfg.Profile.Loopback,
		RelayService: cfg.Profile.Relay, Relays: n.relays, ForcePrivate: len(n.relays) > 0 || cfg.BehindNAT,
		// A public node is public by configuration (the relay service runs
		// only on a host libp2p takes as reachable), unless it said it is
		// behind a NAT.
		ForcePublic: cfg.Profile.Relay && len(n.relays) == 0 && !cfg.BehindNAT,
		// peers see the version (cluster members, during an upgrade)
		UserAgent: userAgent()}
	if !cfg.Profile.Loopback && len(n.relays) == 0 {
		pcfg.RelaySource = n.relaySource
	}
	if cfg.Profile.Sequencer == profiles.SeqRaft {
		if err := n.clusterHost(&pcfg); err != nil {
			return err
		}
		cfg = n.cfg
	}
	if n.host, err = p2p.New(ctx, pcfg); err != nil {
		return fmt.Errorf("start the libp2p host: %w", err)
	}
	// A node that orders its own writes is a network of its own,
	// named by its profile and peer: dev:<peer>, open:<peer>.
	n.network = cfg.Profile.Name + ":" + n.host.ID().String()
	n.devID = address.ForName("dev")
	n.events = newBus()
	n.metrics = newMetrics()
	n.metrics.height.Set(float64(n.engine.Head().Height))
	if n.seq, err = n.newSequencer(ctx); err != nil {
		return err
	}
	n.fwd = &http.Client{Transport: p2p.NewHTTPTransport(n.host, api.Protocol)}
	if err := n.startDiscovery(ctx); err != nil {
		return err
	}
	if n.cl != nil && n.cl.seq != nil && n.cl.conf.Backup.Interval > 0 {
		b := newBackups(n, n.cl.conf.Backup)
		n.bgWG.Add(1)
		go func() {
			defer n.bgWG.Done()
			b.run(n.bg)
		}()
	}
	if n.cl != nil && n.cl.proxy != nil {
		n.bgWG.Add(1)
		go func() {
			defer n.bgWG.Done()
			n.cl.proxy.refreshLoop(n.bg)
		}()
	}

	apiOpts := api.Options{Logger: n.log, Version: Version}
	if n.cl != nil {
		apiOpts.Authenticate = n.authenticate
	}
	var apiHandler http.Handler = api.NewHandler(n, apiOpts)
	httpAPI, p2pAPI := n.withHops(apiHandler, true), n.withHops(apiHandler, false)
	if n.cl != nil && n.cl.proxy != nil {
		// a stateless gateway: every request goes to a member
		httpAPI, p2pAPI = n.cl.proxy, n.cl.proxy
	} else if n.cl != nil {
		// a member: admitted gateways name callers, and read the
		// membership (GET /v1/cluster/members) over libp2p
		pm := http.NewServeMux()
		pm.Handle("/v1/cluster/", n.withHops(n.clusterAdmin(), false))
		pm.Handle("/", p2pAPI)
		p2pAPI = n.refuseNotGateways(pm)
	}
	certFile, keyFile := n.tlsFiles()
	if n.tls, err = newCertSource(certFile, keyFile, n.log); err != nil {
		return err
	}
	if n.tls != nil {
		n.metrics.reg.MustRegister(n.certExpiry())
		if n.renewable() {
			n.bgWG.Add(1)
			go func() {
				defer n.bgWG.Done()
				n.renewLoop(n.bg)
			}()
		}
	}
	// Listen first: the handler at / (the explorer) talks to this address.
	n.httpLn, err = net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("listen on %s (is another node running? pick another with --http): %w", cfg.HTTPAddr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/v1/", httpAPI)
	mux.Handle("/metrics", promhttp.HandlerFor(n.metrics.reg, promhttp.HandlerOpts{}))
	if n.cl != nil && n.cl.issuer != nil {
		// the built-in token service: discovery, keys, client credentials
		mux.Handle("/.well-known/openid-configuration", n.cl.issuer.Handler())
		mux.Handle("/oauth2/", n.cl.issuer.Handler())
	}
	if n.cl != nil && n.cl.proxy == nil {
		mux.Handle("/v1/cluster/", n.clusterAdmin())
	}
	if cfg.Handler != nil {
		h, err := cfg.Handler(n)
		if err != nil {
			return fmt.Errorf("the handler at /: %w", err)
		}
		mux.Handle("/", h)
	} else {
		mux.Handle("/", httpAPI)
	}
	n.http = &http.Server{Handler: n.metrics.instrument(mux), ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(n.log.Handler(), slog.LevelDebug)}
	if n.tls != nil {
		n.http.TLSConfig = n.tls.serverConfig()
	}
	go n.serve(n.http, n.httpLn, "http")
	n.announceGateway()
	n.p2pHTTP = &http.Server{Handler: n.metrics.instrument(p2pAPI), ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(n.log.Handler(), slog.LevelDebug)}
	go n.serve(n.p2pHTTP, p2p.Listen(n.host, api.Protocol), "libp2p")
	if cfg.InsecureWrites && cfg.Profile.Name == "open" {
		n.log.Warn("--insecure-writes: this node takes deploys and calls from any peer, unauthenticated; use it on test networks only")
	}
	n.log.Info("node started", "profile", cfg.Profile.Name, "home", cfg.Home, "http", n.HTTPURL(), "peer", n.host.ID().String(), "height", n.engine.Head().Height)
	return nil
}

func (n *Node) serve(s *http.Server, ln net.Listener, name string) {
	serve := s.Serve
	if s.TLSConfig != nil {
		serve = func(ln net.Listener) error { return s.ServeTLS(ln, "", "") }
	}
	if err := serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		n.log.Error("server stopped", "server", name, "err", err)
	}
}

// Stop shuts the node down: servers stop accepting and finish their
// requests (until ctx ends), the sequencer finishes its batch, then the
// host and the store close.
func (n *Node) Stop(ctx context.Context) error {
	n.stopMu.Lock()
	defer n.stopMu.Unlock()
	if n.stopped {
		return nil
	}
	n.stopped = true
	var errs []error
	for _, s := range []*http.Server{n.http, n.p2pHTTP} {
		if s != nil {
			if err := s.Shutdown(ctx); err != nil {
				s.Close()
			}
		}
	}
	if n.events != nil {
		n.events.close()
	}
	n.stopDiscovery()
	if n.seq != nil {
		errs = append(errs, n.seq.Close())
	}
	if n.host != nil {
		errs = append(errs, n.host.Close())
	}
	if n.store != nil {
		errs = append(errs, n.store.Close())
	}
	n.log.Info("node stopped")
	return errors.Join(errs...)
}

// HTTPURL is the base URL of the REST API.
func (n *Node) HTTPURL() string {
	if n.httpLn == nil {
		return ""
	}
	if n.tls != nil {
		return "https://" + n.httpLn.Addr().String()
	}
	return "http://" + n.httpLn.Addr().String()
}

// PeerAddrs are the host's multiaddrs with /p2p/<id>.
func (n *Node) PeerAddrs() []string {
	if n.host == nil {
		return nil
	}
	return p2p.Addrs(n.host)
}

// Engine gives tests and tools read access to the engine.
func (n *Node) Engine() *engine.Engine { return n.engine }

// Host is the node's libp2p host.
func (n *Node) Host() host.Host { return n.host }

// committed runs after each durable batch: metrics and events.
func (n *Node) committed(rcs []*engine.Receipt) {
	for _, rc := range rcs {
		n.metrics.observe(rc)
		if rc.Kind == engine.KindDeploy && rc.OK() {
			n.published(rc.Package)
		}
	}
	if len(rcs) > 0 {
		n.metrics.height.Set(float64(rcs[len(rcs)-1].Height))
	}
	n.events.publish(rcs)
}

// Home is the node's home directory.
func (n *Node) Home() string { return n.cfg.Home }

// Profile is the node's profile.
func (n *Node) Profile() profiles.Profile { return n.cfg.Profile }
