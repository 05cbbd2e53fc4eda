package p2p

import (
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/p2p/host/autorelay"
	relayv2 "github.com/libp2p/go-libp2p/p2p/protocol/circuitv2/relay"
)

// RelayResources are the limits of the circuit relay v2 service a host
// with Config.RelayService runs: at most 128 reservations (4 per IP
// address), 16 relayed connections per peer, each relayed connection cut
// after 2 minutes or 1 MiB each way, whichever comes first. Relayed
// connections are for reaching a node behind a NAT to make a call or to
// punch a hole, not for bulk transfer.
func RelayResources() relayv2.Resources {
	rc := relayv2.DefaultResources()
	rc.MaxReservations = 128
	rc.MaxReservationsPerIP = 4
	rc.MaxCircuits = 16
	rc.ReservationTTL = time.Hour
	rc.Limit = &relayv2.RelayLimit{Duration: 2 * time.Minute, Data: 1 << 20}
	return rc
}

// relayOptions are the libp2p options of cfg's relay posture:
//
//   - none asked: the relay transport only, so the host can dial a peer's
//     /p2p-circuit address (a node behind a NAT); it reserves no slot and
//     serves no one;
//   - RelayService: the relay service with RelayResources (libp2p starts
//     it once the host is public: ForcePublic says so at once), the
//     AutoNAT service, hole punching;
//   - Relays or RelaySource: the relay transport, auto-relay over them,
//     AutoNAT (v2) to learn whether the host is reachable, hole punching;
//     with ForcePrivate, reachability is taken as private at once.
func relayOptions(cfg Config) []libp2p.Option {
	client := len(cfg.Relays) > 0 || cfg.RelaySource != nil
	if !cfg.RelayService && !client {
		return []libp2p.Option{libp2p.EnableRelay()}
	}
	opts := []libp2p.Option{libp2p.EnableRelay(), libp2p.EnableHolePunching(), libp2p.EnableAutoNATv2()}
	if cfg.RelayService {
		opts = append(opts, libp2p.EnableRelayService(relayv2.WithResources(RelayResources())), libp2p.EnableNATService())
	}
	if client {
		ar := []autorelay.Option{autorelay.WithBootDelay(0), autorelay.WithMinInterval(time.Second), autorelay.WithBackoff(10 * time.Second)}
		if len(cfg.Relays) > 0 {
			ar = append(ar, autorelay.WithStaticRelays(cfg.Relays))
			ar = append(ar, autorelay.WithNumRelays(min(len(cfg.Relays), 2)), autorelay.WithMinCandidates(1))
		}
		if cfg.RelaySource != nil && len(cfg.Relays) == 0 {
			ar = append(ar, autorelay.WithPeerSource(cfg.RelaySource), autorelay.WithNumRelays(2), autorelay.WithMinCandidates(1))
		}
		opts = append(opts, libp2p.EnableAutoRelay(ar...))
	}
	switch {
	case cfg.ForcePrivate:
		opts = append(opts, libp2p.ForceReachabilityPrivate())
	case cfg.ForcePublic:
		opts = append(opts, libp2p.ForceReachabilityPublic())
	}
	return opts
}
