package p2p

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/pnet"
	"github.com/prometheus/client_golang/prometheus"
)

// Defaults [New] falls back to for zero [Config] fields.
const (
	DefaultConnLow            = 100
	DefaultConnHigh           = 150
	DefaultConnGrace          = time.Minute
	DefaultMaxMemory          = 256 << 20 // bytes
	DefaultMaxFileDescriptors = 512
	DefaultDialTimeout        = 15 * time.Second
	DefaultUserAgent          = "amigo"
)

// Config configures the host built by [New]. The zero value is a usable
// client-only host: a fresh identity, no listeners, any peer admitted.
type Config struct {
	// Identity is the host's private key; its public key is the peer ID.
	// Default (nil): a fresh Ed25519 key, so the peer ID changes at every
	// start. [LoadOrCreateIdentity] gives a stable one.
	Identity crypto.PrivKey

	// ListenAddrs are the multiaddrs the host listens on, such as
	// "/ip4/127.0.0.1/tcp/0" and "/ip4/127.0.0.1/udp/0/quic-v1" (the dev
	// profile's). Only TCP and QUIC (quic-v1) addresses can be served; New
	// fails if any address cannot be listened on. Default (empty): listen
	// nowhere, a client-only host that dials out but cannot be dialed.
	ListenAddrs []string

	// AllowPeers, when not empty, is the only set of peers the host connects
	// to or accepts connections from (see [Gater]). Default (empty): any peer.
	AllowPeers []peer.ID

	// AllowFunc, when set with a non-empty AllowPeers, admits peers
	// besides that list (a cluster admits the members that joined
	// online). It is called on every connection and must be fast and
	// safe for concurrent use. Default (nil): AllowPeers alone.
	AllowFunc func(peer.ID) bool

	// LoopbackOnly makes the gater refuse, in both directions, every address
	// that is not a loopback IP (127.0.0.0/8, ::1), and New reject
	// ListenAddrs that are not loopback. Default false; the dev profile sets
	// it.
	LoopbackOnly bool

	// ConnLow and ConnHigh are the connection manager's water marks: when
	// the host has more than ConnHigh connections it trims the least valuable
	// ones down to ConnLow. Connections younger than ConnGrace are spared.
	// Defaults: 100, 150, 1 minute. The resource manager's hard limit on
	// connections is twice ConnHigh (see [ResourceLimits]).
	ConnLow   int
	ConnHigh  int
	ConnGrace time.Duration

	// MaxMemory is the memory, in bytes, the resource manager lets all of
	// libp2p reserve (stream and connection buffers), and the figure the
	// other limits scale from (see [ResourceLimits]). Default 256 MiB.
	MaxMemory int64

	// MaxFileDescriptors is the number of file descriptors libp2p may use
	// (sockets). Default 512.
	MaxFileDescriptors int

	// DialTimeout bounds one attempt to connect to a peer (all of its
	// addresses). Default 15 s. A caller's context can end a dial sooner.
	DialTimeout time.Duration

	// NATPortMap asks the local router to map the listen ports (UPnP,
	// NAT-PMP). Default false: the host never talks to the router.
	NATPortMap bool

	// Metrics, when set, receives libp2p's Prometheus metrics. Default
	// (nil): metrics are off.
	Metrics prometheus.Registerer

	// UserAgent is the agent string identify reports to peers. Default
	// "amigo".
	UserAgent string

	// PSK, when set (32 bytes), makes the host a member of a libp2p
	// private network: every connection is also encrypted with this
	// pre-shared key, so a peer without it cannot connect at all. Private
	// networks work over TCP only (QUIC has its own handshake), so New
	// refuses QUIC listen addresses with a PSK. Default (nil): public.
	PSK pnet.PSK

	// RelayService makes the host a public node: it runs a circuit relay
	// v2 service with the limits of [RelayResources], the AutoNAT service
	// (it tells peers whether they are reachable), and hole punching.
	// Default false.
	RelayService bool

	// Relays are static relays (each a peer with its addresses): the host
	// reserves a slot on them when it finds it is not publicly reachable,
	// and advertises /p2p-circuit addresses through them. RelaySource, when
	// set, supplies more candidates (the registry's relay records). Either
	// turns on the relay transport, AutoNAT and hole punching. Default:
	// none, and the host neither dials nor accepts relayed connections.
	Relays      []peer.AddrInfo
	RelaySource func(ctx context.Context, num int) <-chan peer.AddrInfo

	// ForcePrivate makes the host take itself as not publicly reachable
	// without asking AutoNAT, so it reserves relay slots at once (for a
	// node known to be behind a NAT or firewall, and for tests). Default
	// false.
	ForcePrivate bool

	// ForcePublic makes the host take itself as publicly reachable without
	// waiting for AutoNAT: libp2p runs the relay service only on a host it
	// believes public, and a public node (the open profile) is one by
	// configuration. Default false.
	ForcePublic bool
}

// withDefaults returns cfg with zero fields set to their defaults.
func (cfg Config) withDefaults() Config {
	if cfg.ConnLow == 0 {
		cfg.ConnLow = DefaultConnLow
	}
	if cfg.ConnHigh == 0 {
		cfg.ConnHigh = DefaultConnHigh
	}
	if cfg.ConnGrace == 0 {
		cfg.ConnGrace = DefaultConnGrace
	}
	if cfg.MaxMemory == 0 {
		cfg.MaxMemory = DefaultMaxMemory
	}
	if cfg.MaxFileDescriptors == 0 {
		cfg.MaxFileDescriptors = DefaultMaxFileDescriptors
	}
	if cfg.DialTimeout == 0 {
		cfg.DialTimeout = DefaultDialTimeout
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent
	}
	return cfg
}

// validate checks a Config that has its defaults applied.
func (cfg Config) validate() error {
	var errs []error
	if cfg.ConnLow < 0 || cfg.ConnHigh < 0 || cfg.ConnGrace < 0 {
		errs = append(errs, errors.New("ConnLow, ConnHigh and ConnGrace must not be negative"))
	} else if cfg.ConnLow >= cfg.ConnHigh {
		errs = append(errs, fmt.Errorf("ConnLow (%d) must be below ConnHigh (%d)", cfg.ConnLow, cfg.ConnHigh))
	}
	if cfg.MaxMemory < 0 || cfg.MaxFileDescriptors < 0 || cfg.DialTimeout < 0 {
		errs = append(errs, errors.New("MaxMemory, MaxFileDescriptors and DialTimeout must not be negative"))
	} else if cfg.MaxFileDescriptors <= cfg.ConnHigh {
		errs = append(errs, fmt.Errorf("MaxFileDescriptors (%d) must exceed ConnHigh (%d): a TCP connection holds a descriptor",
			cfg.MaxFileDescriptors, cfg.ConnHigh))
	}
	if cfg.ForcePublic && cfg.ForcePrivate {
		errs = append(errs, errors.New("ForcePublic and ForcePrivate are exclusive"))
	}
	if cfg.PSK != nil && len(cfg.PSK) != 32 {
		errs = append(errs, fmt.Errorf("PSK is %d bytes, want 32", len(cfg.PSK)))
	}
	for _, id := range cfg.AllowPeers {
		if err := id.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("AllowPeers: %w", err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("p2p: invalid config: %w", err)
	}
	return nil
}
