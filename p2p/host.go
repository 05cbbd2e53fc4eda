package p2p

import (
	"context"
	"crypto/rand"
	"fmt"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/muxer/yamux"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	tls "github.com/libp2p/go-libp2p/p2p/security/tls"
	quic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
)

// New builds and starts a libp2p host as cfg says (zero fields take the
// defaults documented on [Config]). The host always has:
//
//   - transports TCP and QUIC (quic-v1); security Noise, then TLS; muxer
//     yamux;
//   - a resource manager with the fixed limits of [ResourceLimits];
//   - a connection manager with cfg's water marks and grace period;
//   - a [Gater] with cfg.AllowPeers and cfg.LoopbackOnly;
//   - identify and ping, as every libp2p host.
//
// It dials relayed (/p2p-circuit) addresses; it has no relay service, no
// relay reservations, no hole punching and no AutoNAT unless cfg.RelayService,
// cfg.Relays or cfg.RelaySource ask for them (see [relayOptions]), no NAT
// port mapping (unless cfg.NATPortMap), no DHT and no bootstrap peers: it
// connects only to peers its caller names ([NewDHT] and [Connect] add the
// rest). It listens on every cfg.ListenAddrs address or fails.
//
// ctx bounds construction only; the host runs until its Close, which also
// closes the resource and connection managers and ends every [Listen]
// listener on it.
func New(ctx context.Context, cfg Config) (host.Host, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("p2p: new host: %w", err)
	}
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	listen, err := listenAddrs(cfg.ListenAddrs, cfg.LoopbackOnly)
	if err != nil {
		return nil, err
	}
	if cfg.PSK != nil {
		for _, a := range listen {
			if _, err := a.ValueForProtocol(ma.P_QUIC_V1); err == nil {
				return nil, fmt.Errorf("p2p: listen address %s: a private network (PSK) works over TCP only", a)
			}
		}
	}
	key := cfg.Identity
	if key == nil {
		if key, _, err = crypto.GenerateEd25519Key(rand.Reader); err != nil {
			return nil, fmt.Errorf("p2p: generate identity: %w", err)
		}
	}

	var rmOpts []rcmgr.Option
	if cfg.Metrics == nil {
		rmOpts = append(rmOpts, rcmgr.WithMetricsDisabled())
	}
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(ResourceLimits(cfg)), rmOpts...)
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(cfg.ConnLow, cfg.ConnHigh, connmgr.WithGracePeriod(cfg.ConnGrace))
	if err != nil {
		rm.Close()
		return nil, fmt.Errorf("p2p: connection manager: %w", err)
	}

	opts := []libp2p.Option{
		libp2p.Identity(key),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.Security(tls.ID, tls.New),
		libp2p.Muxer(yamux.ID, yamux.DefaultTransport),
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.ConnectionGater(NewGater(cfg.AllowPeers, cfg.LoopbackOnly).WithAllowFunc(cfg.AllowFunc)),
		libp2p.WithDialTimeout(cfg.DialTimeout),
		libp2p.UserAgent(cfg.UserAgent),
	}
	if cfg.PSK != nil {
		opts = append(opts, libp2p.PrivateNetwork(cfg.PSK))
	} else {
		opts = append(opts, libp2p.Transport(quic.NewTransport))
	}
	if len(listen) == 0 {
		opts = append(opts, libp2p.NoListenAddrs)
	} else {
		opts = append(opts, libp2p.ListenAddrs(listen...))
	}
	opts = append(opts, relayOptions(cfg)...)
	if cfg.NATPortMap {
		opts = append(opts, libp2p.NATPortMap())
	}
	if cfg.Metrics != nil {
		opts = append(opts, libp2p.PrometheusRegisterer(cfg.Metrics))
	} else {
		opts = append(opts, libp2p.DisableMetrics())
	}

	h, err := libp2p.New(opts...)
	if err != nil {
		// libp2p closes them on some failures and not on others; closing
		// twice is harmless.
		cm.Close()
		rm.Close()
		return nil, fmt.Errorf("p2p: new host: %w", err)
	}
	// libp2p starts if any one listen address works; Amigo wants them all.
	// (The relay transport listens on /p2p-circuit too: not counted.)
	var got []ma.Multiaddr
	for _, a := range h.Network().ListenAddresses() {
		if _, err := a.ValueForProtocol(ma.P_CIRCUIT); err != nil {
			got = append(got, a)
		}
	}
	if len(got) < len(listen) {
		h.Close()
		return nil, fmt.Errorf("p2p: listen on %v: only %d of %d addresses are listening (%v); is a port taken?",
			cfg.ListenAddrs, len(got), len(listen), got)
	}
	if err := ctx.Err(); err != nil {
		h.Close()
		return nil, fmt.Errorf("p2p: new host: %w", err)
	}
	return h, nil
}

// listenAddrs parses the listen addresses, refusing non-loopback ones when
// loopbackOnly is set.
func listenAddrs(addrs []string, loopbackOnly bool) ([]ma.Multiaddr, error) {
	out := make([]ma.Multiaddr, 0, len(addrs))
	for _, s := range addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, fmt.Errorf("p2p: listen address %q: %w", s, err)
		}
		if loopbackOnly && !manet.IsIPLoopback(a) {
			return nil, fmt.Errorf("p2p: listen address %q is not a loopback address and LoopbackOnly is set", s)
		}
		out = append(out, a)
	}
	return out, nil
}
