package p2p

import (
	"maps"

	"github.com/libp2p/go-libp2p"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
)

// ResourceLimits returns the fixed limits the resource manager of a host
// built from cfg enforces (zero fields take their defaults). They never
// depend on the machine: the same Config gives the same limits everywhere.
//
// They are derived in two steps:
//
//  1. libp2p's documented scaling table (rcmgr.DefaultLimits, plus
//     libp2p.SetDefaultServiceLimits for identify, ping, autonat, hole
//     punching and relay) is scaled with ScalingLimitConfig.Scale by
//     cfg.MaxMemory and cfg.MaxFileDescriptors, instead of by the machine's
//     total memory and ulimit as the library's AutoScale does. This fixes
//     every scope below the system: transient, per service, per protocol,
//     per peer, per connection and per stream.
//  2. The system scope is then set by Amigo: memory = cfg.MaxMemory (the
//     scaling table would grant 128 MiB more than it is given), file
//     descriptors = cfg.MaxFileDescriptors, connections = 2 x cfg.ConnHigh,
//     of which at most three quarters inbound, so the connection manager
//     trims long before the hard limit refuses and inbound peers cannot take
//     the room outbound dials need.
//
// With the defaults (MaxMemory 256 MiB, MaxFileDescriptors 512, ConnHigh
// 150) that is:
//
//	scope               conns in/out/total   streams in/out/total   memory    FDs
//	system              225 / 300 / 300      1280 / 2560 / 2560     256 MiB   512
//	transient            36 /  72 /  72       160 /  320 /  320      64 MiB   128
//	each peer             8 /   8 /   8       288 /  576 /  576      96 MiB     8
//	each protocol         -                   576 / 2176 / 2176     105 MiB     -
//	each protocol+peer    -                    65 /  130 /  260      16 MiB     -
//	each service          -                  1152 / 4608 / 4608      96 MiB     -
//	each service+peer     -                   129 /  258 /  258      17 MiB     -
//	each connection       1 /   1 /   1         -                    32 MiB     1
//	each stream           -                     1 /    1 /    1      16 MiB     -
//
// /amigo/api/1 has no limits of its own: it gets the "each protocol" and
// "each protocol+peer" rows, so one peer can hold at most 65 inbound API
// connections (HTTP connections) at once.
func ResourceLimits(cfg Config) rcmgr.ConcreteLimitConfig {
	cfg = cfg.withDefaults()

	scaling := rcmgr.DefaultLimits
	// The struct copy shares its maps with the package variable; clone them
	// so adding service limits never writes into libp2p's global.
	scaling.ServiceLimits = maps.Clone(scaling.ServiceLimits)
	scaling.ServicePeerLimits = maps.Clone(scaling.ServicePeerLimits)
	scaling.ProtocolLimits = maps.Clone(scaling.ProtocolLimits)
	scaling.ProtocolPeerLimits = maps.Clone(scaling.ProtocolPeerLimits)
	scaling.PeerLimits = maps.Clone(scaling.PeerLimits)
	libp2p.SetDefaultServiceLimits(&scaling)
	scaled := scaling.Scale(cfg.MaxMemory, cfg.MaxFileDescriptors)

	conns := 2 * cfg.ConnHigh
	system := rcmgr.PartialLimitConfig{
		System: rcmgr.ResourceLimits{
			Conns:         rcmgr.LimitVal(conns),
			ConnsInbound:  rcmgr.LimitVal(conns * 3 / 4),
			ConnsOutbound: rcmgr.LimitVal(conns),
			FD:            rcmgr.LimitVal(cfg.MaxFileDescriptors),
			Memory:        rcmgr.LimitVal64(cfg.MaxMemory),
		},
	}
	return system.Build(scaled)
}
