package registry

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/ipfs/go-cid"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"
)

// Topic is the pubsub topic records are gossiped on, and Protocol the
// stream protocol a peer answers with its own signed records.
const (
	Topic    = "/amigo/registry/1"
	Protocol = "/amigo/registry/1"
)

// Defaults of [Config].
const (
	DefaultTTL          = time.Hour
	DefaultFetchTimeout = 5 * time.Second
	DefaultMaxCache     = 10000
	// findProviders is how many providers a lookup asks the DHT for.
	findProviders = 20
	// fetchParallel bounds the fetches started by new connections.
	fetchParallel = 8
	// neighbourTimeout bounds asking the connected peers in a lookup, and
	// providerTimeout fetching from one provider the DHT names (which may
	// be unreachable at the addresses the DHT knows).
	neighbourTimeout = 2 * time.Second
	providerTimeout  = 2 * time.Second
	// refetchAfter is the least time between two fetches of one peer's
	// records started by connections.
	refetchAfter = 30 * time.Second
)

// ContentRouting is what the registry needs of the DHT: the /amigo
// Kademlia DHT (*dht.IpfsDHT) implements it.
type ContentRouting interface {
	Provide(ctx context.Context, c cid.Cid, announce bool) error
	FindProvidersAsync(ctx context.Context, c cid.Cid, count int) <-chan peer.AddrInfo
}

// Config configures a Registry. Host is required; the rest have defaults.
type Config struct {
	// Host is the node's libp2p host; records are signed with its key.
	Host host.Host
	// Routing announces and finds providers (the /amigo DHT). Nil: records
	// are learnt only by gossip and from connected peers.
	Routing ContentRouting
	// PubSub gossips records on Topic. Nil: no gossip.
	PubSub *pubsub.PubSub
	// Network is the network id this node's records name (dev:<peer>,
	// chain:<id>, cluster:<name>).
	Network string
	// TTL is how long a published record is valid (at most MaxTTL); it is
	// re-signed and announced again when half of it has passed. Default 1 h.
	TTL time.Duration
	// FetchTimeout bounds one exchange of the stream protocol. Default 5 s.
	FetchTimeout time.Duration
	// MaxCache bounds the records of other peers kept. Default 10,000.
	MaxCache int
	// Logger receives debug records of rejected records and failed
	// announcements. Default: discard.
	Logger *slog.Logger
	// Now is the clock (default time.Now); tests move it.
	Now func() time.Time
	// Addrs are the addresses records carry (default: the host's). A node
	// behind a NAT adds its /p2p-circuit addresses through its relays. It
	// may call the registry's List and Find.
	// The registry re-signs its records when they change (it checks when
	// the host's addresses change and when a peer connects).
	Addrs func() []ma.Multiaddr
}

// Registry publishes this node's records and keeps a verified cache of
// other peers'. Its methods are safe for concurrent use.
type Registry struct {
	cfg   Config
	h     host.Host
	key   crypto.PrivKey
	log   *slog.Logger
	topic *pubsub.Topic
	sub   *pubsub.Subscription

	ctx     context.Context // ends at Close
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	fetchQ  chan struct{} // slots of connection-started fetches
	recheck chan struct{} // asks watchAddrs to compare the addresses
	echoQ   chan struct{} // slots of records being gossiped again

	mu          sync.Mutex
	published   map[rkey]*own
	cache       map[ckey]entry
	lastVersion uint64
	fetched     map[peer.ID]time.Time
	accepted    uint64
	rejected    map[string]uint64
}

type rkey struct {
	kind Kind
	name string
}

type ckey struct {
	kind Kind
	name string
	peer peer.ID
}

// own is a record this node publishes.
type own struct {
	meta map[string]string
	rec  Record
	env  []byte
}

type entry struct {
	rec Record
	env []byte
}

// Stats counts what the registry accepted and rejected.
type Stats struct {
	Published int               `json:"published"` // this node's records
	Cached    int               `json:"cached"`    // other peers' records held
	Accepted  uint64            `json:"accepted"`  // records verified and cached
	Rejected  map[string]uint64 `json:"rejected"`  // by reason: malformed, signature, wrong_key, expired, ...
}

// New starts a registry on cfg.Host: it serves Protocol, joins Topic (when
// cfg.PubSub is set) with a validator that rejects records failing
// [Verify], fetches the records of every peer that connects and speaks
// Protocol, and refreshes published records until Close.
func New(cfg Config) (*Registry, error) {
	if cfg.Host == nil {
		return nil, errors.New("registry: Config.Host is required")
	}
	if cfg.TTL <= 0 {
		cfg.TTL = DefaultTTL
	}
	if cfg.TTL > MaxTTL {
		return nil, fmt.Errorf("registry: TTL %s is over the limit of %s", cfg.TTL, MaxTTL)
	}
	if cfg.FetchTimeout <= 0 {
		cfg.FetchTimeout = DefaultFetchTimeout
	}
	if cfg.MaxCache <= 0 {
		cfg.MaxCache = DefaultMaxCache
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Addrs == nil {
		cfg.Addrs = cfg.Host.Addrs
	}
	key := cfg.Host.Peerstore().PrivKey(cfg.Host.ID())
	if key == nil {
		return nil, errors.New("registry: the host's peerstore has no private key to sign records with")
	}
	r := &Registry{
		cfg: cfg, h: cfg.Host, key: key, log: cfg.Logger,
		fetchQ: make(chan struct{}, fetchParallel), recheck: make(chan struct{}, 1), echoQ: make(chan struct{}, echoSlots),
		published: map[rkey]*own{}, cache: map[ckey]entry{},
		fetched: map[peer.ID]time.Time{}, rejected: map[string]uint64{},
	}
	r.ctx, r.cancel = context.WithCancel(context.Background())
	if cfg.PubSub != nil {
		if err := cfg.PubSub.RegisterTopicValidator(Topic, r.validate); err != nil {
			r.cancel()
			return nil, fmt.Errorf("registry: topic validator: %w", err)
		}
		t, err := cfg.PubSub.Join(Topic)
		if err != nil {
			r.cancel()
			return nil, fmt.Errorf("registry: join %s: %w", Topic, err)
		}
		if r.sub, err = t.Subscribe(); err != nil {
			t.Close()
			r.cancel()
			return nil, fmt.Errorf("registry: subscribe %s: %w", Topic, err)
		}
		r.topic = t
		evs, err := t.EventHandler()
		if err != nil {
			r.Close()
			return nil, fmt.Errorf("registry: topic events: %w", err)
		}
		r.wg.Add(2)
		go r.readTopic()
		go r.regossipOnJoin(evs)
	}
	r.h.SetStreamHandler(Protocol, r.serveStream)
	evs, err := r.h.EventBus().Subscribe(new(event.EvtPeerIdentificationCompleted))
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("registry: subscribe to identify events: %w", err)
	}
	addrEvs, err := r.h.EventBus().Subscribe(new(event.EvtLocalAddressesUpdated))
	if err != nil {
		evs.Close()
		r.Close()
		return nil, fmt.Errorf("registry: subscribe to address events: %w", err)
	}
	r.wg.Add(3)
	go r.watchPeers(evs)
	go r.watchAddrs(addrEvs)
	go r.refreshLoop()
	return r, nil
}

// Close stops the registry: it leaves the topic and stops serving
// Protocol. Records already announced stay in the DHT until they expire.
func (r *Registry) Close() error {
	r.cancel()
	r.h.RemoveStreamHandler(Protocol)
	if r.sub != nil {
		r.sub.Cancel()
	}
	r.wg.Wait()
	if r.topic != nil {
		r.topic.Close()
		_ = r.cfg.PubSub.UnregisterTopicValidator(Topic)
	}
	return nil
}

// Network is the network id this node's records name.
func (r *Registry) Network() string { return r.cfg.Network }

// Publish signs and announces a record that this node serves kind name,
// with meta, replacing an earlier one of the same kind and name: it is
// gossiped and provided in the DHT, and it is refreshed before it expires
// until Unpublish or Close. Publish returns once the announcements are
// done (or ctx ends); an announcement that failed is reported, the record
// stays published and is announced again at the next refresh.
func (r *Registry) Publish(ctx context.Context, kind Kind, name string, meta map[string]string) error {
	env, err := r.sign(kind, name, maps.Clone(meta))
	if err != nil {
		return err
	}
	err = r.announce(ctx, kind, name, env)
	r.echo(kind, name)
	return err
}

// echoAfter are the delays after a publication at which the record is
// gossiped again: a record published while the gossip mesh is still
// forming (at start-up, on a deploy right after) reaches the peers whose
// links were not ready. echoSlots bounds the records being echoed.
var echoAfter = []time.Duration{time.Second, 3 * time.Second, 10 * time.Second}

const echoSlots = 64

// echo gossips the record of kind and name again at echoAfter, if it is
// still published (with its newest signature).
func (r *Registry) echo(kind Kind, name string) {
	if r.topic == nil {
		return
	}
	select {
	case r.echoQ <- struct{}{}:
	default:
		return // busy: the periodic refresh will announce it
	}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer func() { <-r.echoQ }()
		var waited time.Duration
		for _, d := range echoAfter {
			select {
			case <-r.ctx.Done():
				return
			case <-time.After(d - waited):
			}
			waited = d
			r.mu.Lock()
			o, ok := r.published[rkey{kind, name}]
			r.mu.Unlock()
			if !ok {
				return
			}
			if err := r.topic.Publish(r.ctx, o.env); err != nil {
				r.log.Debug("registry: gossip again", "kind", kind, "name", name, "err", err)
			}
		}
	}()
}

// Unpublish stops refreshing the record of kind and name; others drop it
// when it expires.
func (r *Registry) Unpublish(kind Kind, name string) {
	r.mu.Lock()
	delete(r.published, rkey{kind, name})
	r.mu.Unlock()
}

// sign makes and stores this node's record of kind and name.
func (r *Registry) sign(kind Kind, name string, meta map[string]string) ([]byte, error) {
	addrs := r.addrs() // before the lock: Config.Addrs may call List
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.cfg.Now()
	v := uint64(now.UnixNano())
	if v <= r.lastVersion {
		v = r.lastVersion + 1
	}
	rec := Record{Kind: kind, Name: name, Network: r.cfg.Network, Peer: r.h.ID(), Addrs: addrs,
		Meta: meta, Expires: now.Add(r.cfg.TTL).Truncate(time.Second), Version: v}
	env, err := Sign(rec, r.key)
	if err != nil {
		return nil, err
	}
	r.lastVersion = v
	r.published[rkey{kind, name}] = &own{meta: meta, rec: rec, env: env}
	return env, nil
}

// addrs are the addresses records carry, at most MaxAddrs. It calls
// Config.Addrs, so it must not be called with r.mu held.
func (r *Registry) addrs() []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range r.cfg.Addrs() {
		if s := a.String(); len(s) <= MaxAddrBytes && len(out) < MaxAddrs && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// announce gossips env and provides its key in the DHT.
func (r *Registry) announce(ctx context.Context, kind Kind, name string, env []byte) error {
	var errs []error
	if r.topic != nil {
		if err := r.topic.Publish(ctx, env); err != nil {
			errs = append(errs, fmt.Errorf("registry: gossip %s %q: %w", kind, name, err))
		}
	}
	if r.cfg.Routing != nil {
		if err := r.cfg.Routing.Provide(ctx, Key(kind, name), true); err != nil {
			errs = append(errs, fmt.Errorf("registry: provide %s %q in the DHT: %w", kind, name, err))
		}
	}
	err := errors.Join(errs...)
	if err != nil {
		r.log.Debug("registry announcement failed", "kind", kind, "name", name, "err", err)
	}
	return err
}

// refreshLoop re-signs and announces records past half their life, and
// drops expired cache entries.
func (r *Registry) refreshLoop() {
	defer r.wg.Done()
	t := time.NewTicker(max(r.cfg.TTL/8, time.Second))
	defer t.Stop()
	for {
		select {
		case <-r.ctx.Done():
			return
		case <-t.C:
		}
		r.Refresh(r.ctx)
	}
}

// Refresh re-signs and announces every published record that has passed
// half of its TTL, and drops expired records of other peers. It runs
// periodically; tests call it after moving the clock.
func (r *Registry) Refresh(ctx context.Context) {
	now := r.cfg.Now()
	r.mu.Lock()
	var due []rkey
	for k, o := range r.published {
		if o.rec.Expires.Sub(now) < r.cfg.TTL/2 {
			due = append(due, k)
		}
	}
	r.purgeLocked(now)
	r.mu.Unlock()
	for _, k := range due {
		r.mu.Lock()
		o, ok := r.published[k]
		r.mu.Unlock()
		if !ok {
			continue
		}
		env, err := r.sign(k.kind, k.name, o.meta)
		if err != nil {
			r.log.Warn("registry: re-sign a record", "kind", k.kind, "name", k.name, "err", err)
			continue
		}
		actx, cancel := context.WithTimeout(ctx, time.Minute)
		_ = r.announce(actx, k.kind, k.name, env)
		cancel()
	}
}

func (r *Registry) purgeLocked(now time.Time) {
	for k, e := range r.cache {
		if !e.rec.Expires.After(now) {
			delete(r.cache, k)
		}
	}
}

// Published returns this node's records, sorted.
func (r *Registry) Published() []Record {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Record, 0, len(r.published))
	for _, o := range r.published {
		out = append(out, o.rec)
	}
	sortRecords(out)
	return out
}

// List returns the unexpired records known locally (this node's and the
// cache's) whose kind and name match (an empty kind or name matches any),
// sorted by kind, name and peer.
func (r *Registry) List(kind Kind, name string) []Record {
	now := r.cfg.Now()
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Record
	match := func(rec Record) bool {
		return (kind == "" || rec.Kind == kind) && (name == "" || rec.Name == name) && rec.Expires.After(now)
	}
	for _, o := range r.published {
		if match(o.rec) {
			out = append(out, o.rec)
		}
	}
	for _, e := range r.cache {
		if match(e.rec) {
			out = append(out, e.rec)
		}
	}
	sortRecords(out)
	return out
}

// others is List without this node's records.
func (r *Registry) others(kind Kind, name string) []Record {
	var out []Record
	for _, rec := range r.List(kind, name) {
		if rec.Peer != r.h.ID() {
			out = append(out, rec)
		}
	}
	return out
}

// Find returns the records of other peers that serve kind name: from the
// cache when it has any, else from the connected peers (each answers the
// signed records it holds), else by asking the DHT for providers of
// Key(kind, name) and fetching each provider's records with Protocol until
// one has a valid record. An empty result with a nil error means none was
// found; an error is ctx's.
func (r *Registry) Find(ctx context.Context, kind Kind, name string) ([]Record, error) {
	if recs := r.others(kind, name); len(recs) > 0 {
		return recs, nil
	}
	// Connected peers first: one round trip, and in a small network (or a
	// dev network without DHT servers) they are the ones who know.
	nctx, ncancel := context.WithTimeout(ctx, neighbourTimeout)
	recs := r.askNeighbours(nctx, kind, name)
	ncancel()
	if len(recs) > 0 || r.cfg.Routing == nil {
		return recs, nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for info := range r.cfg.Routing.FindProvidersAsync(ctx, Key(kind, name), findProviders) {
		if info.ID == r.h.ID() || info.ID == "" {
			continue
		}
		if len(info.Addrs) > 0 {
			r.h.Peerstore().AddAddrs(info.ID, info.Addrs, peerstore.TempAddrTTL)
		}
		pctx, pcancel := context.WithTimeout(ctx, providerTimeout)
		_, err := r.Fetch(pctx, info.ID, kind, name)
		pcancel()
		if err != nil {
			r.log.Debug("registry: fetch from a provider", "peer", info.ID, "kind", kind, "name", name, "err", err)
			continue
		}
		if recs := r.others(kind, name); len(recs) > 0 {
			return recs, nil
		}
	}
	if err := ctx.Err(); err != nil && !errors.Is(err, context.Canceled) {
		return nil, fmt.Errorf("registry: find %s %q: %w", kind, name, err)
	}
	return r.others(kind, name), nil
}

// askNeighbours asks up to fetchParallel connected peers that speak
// Protocol for the records of kind name they hold (theirs and those they
// cached), for networks without DHT servers.
func (r *Registry) askNeighbours(ctx context.Context, kind Kind, name string) []Record {
	var wg sync.WaitGroup
	asked := 0
	for _, p := range r.h.Network().Peers() {
		if asked == fetchParallel {
			break
		}
		if ok, _ := r.h.Peerstore().SupportsProtocols(p, Protocol); len(ok) == 0 {
			continue
		}
		asked++
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = r.Fetch(ctx, p, kind, name)
		}()
	}
	wg.Wait()
	return r.others(kind, name)
}

// Stats returns the registry's counters.
func (r *Registry) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return Stats{Published: len(r.published), Cached: len(r.cache), Accepted: r.accepted, Rejected: maps.Clone(r.rejected)}
}

// Add verifies an encoded envelope and caches its record; the error says
// why a record was rejected (and the rejection is counted). A record of
// this node, or not newer than the cached one, is ignored without error.
func (r *Registry) Add(env []byte) (Record, error) {
	now := r.cfg.Now()
	rec, err := Verify(env, now)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.rejected[reason(err)]++
		r.log.Debug("registry: record rejected", "err", err)
		return Record{}, err
	}
	if rec.Peer == r.h.ID() {
		return rec, nil
	}
	k := ckey{rec.Kind, rec.Name, rec.Peer}
	if old, ok := r.cache[k]; ok {
		if old.rec.Version >= rec.Version {
			return old.rec, nil
		}
	} else if len(r.cache) >= r.cfg.MaxCache {
		r.purgeLocked(now)
		if len(r.cache) >= r.cfg.MaxCache {
			r.rejected["cache_full"]++
			return Record{}, fmt.Errorf("registry: cache full (%d records)", r.cfg.MaxCache)
		}
	}
	r.cache[k] = entry{rec: rec, env: env}
	r.accepted++
	if rec.Peer != r.h.ID() {
		var addrs []ma.Multiaddr
		for _, s := range rec.Addrs {
			if a, err := ma.NewMultiaddr(s); err == nil {
				addrs = append(addrs, a)
			}
		}
		if len(addrs) > 0 {
			r.h.Peerstore().AddAddrs(rec.Peer, addrs, min(rec.Expires.Sub(now), peerstore.AddressTTL))
		}
	}
	return rec, nil
}

// validate is the topic validator: a message is delivered and forwarded
// only if it is a valid record.
func (r *Registry) validate(_ context.Context, _ peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
	rec, err := Verify(msg.Data, r.cfg.Now())
	if err != nil {
		r.mu.Lock()
		r.rejected[reason(err)]++
		r.mu.Unlock()
		r.log.Debug("registry: gossiped record rejected", "from", msg.ReceivedFrom, "err", err)
		return pubsub.ValidationReject
	}
	msg.ValidatorData = rec
	return pubsub.ValidationAccept
}

// readTopic caches the records gossiped on the topic (the validator has
// verified them).
func (r *Registry) readTopic() {
	defer r.wg.Done()
	for {
		msg, err := r.sub.Next(r.ctx)
		if err != nil {
			return
		}
		if _, ok := msg.ValidatorData.(Record); ok {
			_, _ = r.Add(msg.Data)
		}
	}
}

// regossipAfter is how long after a peer joins the topic this node gossips
// its records again, and the least time between two such rounds: records
// published before the gossip mesh formed (at start-up, or on a deploy
// right after) reach the peers that join later.
const regossipAfter = 500 * time.Millisecond

func (r *Registry) regossipOnJoin(evs *pubsub.TopicEventHandler) {
	defer r.wg.Done()
	defer evs.Cancel()
	joined := make(chan struct{}, 1)
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		for {
			select {
			case <-r.ctx.Done():
				return
			case <-joined:
			}
			select {
			case <-r.ctx.Done():
				return
			case <-time.After(regossipAfter):
			}
			r.mu.Lock()
			envs := make([][]byte, 0, len(r.published))
			for _, o := range r.published {
				envs = append(envs, o.env)
			}
			r.mu.Unlock()
			for _, env := range envs {
				if err := r.topic.Publish(r.ctx, env); err != nil {
					r.log.Debug("registry: gossip again", "err", err)
				}
			}
		}
	}()
	for {
		ev, err := evs.NextPeerEvent(r.ctx)
		if err != nil {
			return
		}
		if ev.Type == pubsub.PeerJoin {
			select {
			case joined <- struct{}{}:
			default: // a round is already due
			}
		}
	}
}

// resignAfter is how long the registry waits after the host's addresses
// changed (a relay reservation, a new listener) before it re-signs its
// records with the new ones, so a burst of changes makes one round.
const resignAfter = time.Second

// watchAddrs re-signs and announces this node's records when the host's
// addresses change, so that others dial it where it is now reachable (a
// node behind a NAT gains /p2p-circuit addresses once it holds a relay
// reservation).
func (r *Registry) watchAddrs(sub event.Subscription) {
	defer r.wg.Done()
	defer sub.Close()
	var due <-chan time.Time
	for {
		select {
		case <-r.ctx.Done():
			return
		case _, ok := <-sub.Out():
			if !ok {
				return
			}
			if due == nil {
				due = time.After(resignAfter)
			}
		case <-r.recheck:
			if due == nil {
				due = time.After(resignAfter)
			}
		case <-due:
			due = nil
			cur := r.addrs() // before the lock: Config.Addrs may call List
			r.mu.Lock()
			var keys []rkey
			metas := map[rkey]map[string]string{}
			for k, o := range r.published {
				if !slices.Equal(o.rec.Addrs, cur) {
					keys = append(keys, k)
					metas[k] = o.meta
				}
			}
			r.mu.Unlock()
			for _, k := range keys {
				env, err := r.sign(k.kind, k.name, metas[k])
				if err != nil {
					continue
				}
				actx, cancel := context.WithTimeout(r.ctx, time.Minute)
				_ = r.announce(actx, k.kind, k.name, env)
				cancel()
			}
		}
	}
}

// watchPeers fetches the records of peers that connect and speak
// Protocol, so that small networks without DHT servers still know each
// other's services.
func (r *Registry) watchPeers(sub event.Subscription) {
	defer r.wg.Done()
	defer sub.Close()
	for {
		select {
		case <-r.ctx.Done():
			return
		case ev, ok := <-sub.Out():
			if !ok {
				return
			}
			e := ev.(event.EvtPeerIdentificationCompleted)
			// A new peer may be a relay this node is reachable through.
			select {
			case r.recheck <- struct{}{}:
			default:
			}
			speaks := false
			for _, p := range e.Protocols {
				if p == Protocol {
					speaks = true
				}
			}
			if !speaks || !r.shouldFetch(e.Peer) {
				continue
			}
			select {
			case r.fetchQ <- struct{}{}:
			default:
				continue // busy: the DHT and gossip will tell
			}
			r.wg.Add(1)
			go func(p peer.ID) {
				defer r.wg.Done()
				defer func() { <-r.fetchQ }()
				if _, err := r.Fetch(r.ctx, p, "", ""); err != nil {
					r.log.Debug("registry: fetch from a new peer", "peer", p, "err", err)
				}
			}(e.Peer)
		}
	}
}

func (r *Registry) shouldFetch(p peer.ID) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := time.Now()
	if t, ok := r.fetched[p]; ok && now.Sub(t) < refetchAfter {
		return false
	}
	if len(r.fetched) > 4*r.cfg.MaxCache {
		clear(r.fetched)
	}
	r.fetched[p] = now
	return true
}
