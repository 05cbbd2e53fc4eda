package p2p

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
)

// DHTPrefix is the protocol prefix of Amigo's Kademlia DHT
// (/amigo/kad/1.0.0): it never speaks to the public IPFS DHT.
const DHTPrefix = "/amigo"

// MDNSService is the mDNS service name dev nodes announce and look for.
const MDNSService = "amigo"

// MaxPubSubMessage is the largest gossip message a host accepts or sends.
const MaxPubSubMessage = 64 << 10

// DHTConfig configures [NewDHT].
type DHTConfig struct {
	// Server answers DHT queries and stores provider records for others
	// (the open profile). Default false: client mode, which asks but
	// never answers (a dev node, a node behind a NAT).
	Server bool
	// Bootstrap peers seed the routing table. Default: none (the caller
	// connects peers some other way: mDNS, Connect).
	Bootstrap []peer.AddrInfo
	// RefreshPeriod is how often the routing table is refreshed (default
	// 10 minutes); tests shorten it.
	RefreshPeriod time.Duration
}

// NewDHT starts the /amigo Kademlia DHT on h. Close it before h.
func NewDHT(ctx context.Context, h host.Host, cfg DHTConfig) (*dht.IpfsDHT, error) {
	mode := dht.ModeClient
	if cfg.Server {
		mode = dht.ModeServer
	}
	opts := []dht.Option{dht.ProtocolPrefix(DHTPrefix), dht.Mode(mode)}
	if len(cfg.Bootstrap) > 0 {
		opts = append(opts, dht.BootstrapPeers(cfg.Bootstrap...))
	}
	if cfg.RefreshPeriod > 0 {
		opts = append(opts, dht.RoutingTableRefreshPeriod(cfg.RefreshPeriod))
	}
	d, err := dht.New(h, opts...)
	if err != nil {
		return nil, fmt.Errorf("p2p: start the DHT: %w", err)
	}
	if err := d.Bootstrap(ctx); err != nil {
		d.Close()
		return nil, fmt.Errorf("p2p: bootstrap the DHT: %w", err)
	}
	return d, nil
}

// NewPubSub starts gossipsub on h: messages are signed by their author and
// checked (strict signing), and at most MaxPubSubMessage bytes. It stops
// when ctx ends.
func NewPubSub(ctx context.Context, h host.Host) (*pubsub.PubSub, error) {
	ps, err := pubsub.NewGossipSub(ctx, h,
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMaxMessageSize(MaxPubSubMessage),
		pubsub.WithPeerExchange(true),
	)
	if err != nil {
		return nil, fmt.Errorf("p2p: start gossipsub: %w", err)
	}
	return ps, nil
}

// StartMDNS announces h on the local network under MDNSService and
// connects to the peers it finds (within the gater's rules). Close stops
// it.
func StartMDNS(h host.Host) (io.Closer, error) {
	s := mdns.NewMdnsService(h, MDNSService, mdnsNotifee{h})
	if err := s.Start(); err != nil {
		return nil, fmt.Errorf("p2p: start mDNS: %w", err)
	}
	return s, nil
}

type mdnsNotifee struct{ h host.Host }

func (n mdnsNotifee) HandlePeerFound(info peer.AddrInfo) {
	if info.ID == n.h.ID() || n.h.Network().Connectedness(info.ID) == network.Connected {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = n.h.Connect(ctx, info)
	}()
}

// ParsePeerAddrs parses peer addresses (see [ParsePeerAddr]), merging the
// addresses of one peer given several times.
func ParsePeerAddrs(addrs []string) ([]peer.AddrInfo, error) {
	var out []peer.AddrInfo
	index := map[peer.ID]int{}
	for _, s := range addrs {
		info, err := ParsePeerAddr(s)
		if err != nil {
			return nil, err
		}
		if i, ok := index[info.ID]; ok {
			out[i].Addrs = append(out[i].Addrs, info.Addrs...)
			continue
		}
		index[info.ID] = len(out)
		out = append(out, info)
	}
	return out, nil
}

// Connect connects h to each peer in parallel, remembering their addresses
// for good, and returns the errors of the peers it could not reach (nil
// when it reached all).
func Connect(ctx context.Context, h host.Host, peers []peer.AddrInfo) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for _, info := range peers {
		if info.ID == h.ID() {
			continue
		}
		h.Peerstore().AddAddrs(info.ID, info.Addrs, peerstore.PermanentAddrTTL)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := h.Connect(ctx, info); err != nil {
				mu.Lock()
				errs = append(errs, fmt.Errorf("p2p: connect to %s: %w", info.ID, err))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
