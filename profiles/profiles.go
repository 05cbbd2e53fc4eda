// Package profiles names the node's configurations: which sequencer orders
// transactions, how callers are authenticated, how the node shows itself
// on the network, and the defaults that follow. A profile is a validated
// value; it adds no code paths to the VM. Profiles whose machinery is not
// in this build yet are listed, and refused with a clear error.
package profiles

import (
	"fmt"
	"sort"
	"strings"
)

// Sequencer kinds.
const (
	SeqLocal    = "local"    // one node orders its own writes
	SeqRaft     = "raft"     // a trusted cluster (hashicorp/raft)
	SeqCometBFT = "cometbft" // a BFT chain
)

// Auth kinds: how a write's caller is established.
const (
	AuthDev       = "dev"       // no authentication: a dev identity, overridable per request
	AuthToken     = "token"     // OAuth2/OIDC bearer tokens at gateway peers
	AuthSignature = "signature" // signed transactions
)

// Profile is a named node configuration.
type Profile struct {
	Name        string
	Description string
	Sequencer   string
	Auth        string
	// Loopback: listeners bind to loopback addresses only and the
	// connection gater refuses others.
	Loopback bool
	MDNS     bool // local peer discovery
	// DHTServer, Relay: a public node serving the DHT and circuit relays.
	DHTServer, Relay bool
	// HTTP and P2P are the default listen addresses.
	HTTP string
	P2P  []string
	// Home is the default home directory under the user's ~/.amigo.
	Home string
	// Available reports whether this build can run the profile.
	Available bool
	// Missing says what a profile that is not available lacks.
	Missing string
}

var profiles = map[string]Profile{
	"dev": {
		Name: "dev", Description: "a single local node, no set-up: local sequencer, no authentication, loopback only",
		Sequencer: SeqLocal, Auth: AuthDev, Loopback: true, MDNS: true,
		HTTP: "127.0.0.1:8888", P2P: []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
		Home: "dev", Available: true,
	},
	"cluster": {
		Name: "cluster", Description: "a trusted cluster replicated with Raft; gateways take OAuth2/OIDC bearer tokens",
		Sequencer: SeqRaft, Auth: AuthToken,
		// TCP only: a libp2p private network (PSK) cannot run over QUIC.
		HTTP: "0.0.0.0:8888", P2P: []string{"/ip4/0.0.0.0/tcp/4001"},
		Home: "cluster", Available: true,
	},
	"chain": {
		Name: "chain", Description: "CometBFT consensus in-process; transactions signed with ed25519/secp256k1",
		Sequencer: SeqCometBFT, Auth: AuthSignature,
		HTTP: "0.0.0.0:8888", P2P: []string{"/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1"},
		Home: "chain", Available: true,
	},
	"open": {
		// Auth is signature, which this build does not check yet: until
		// it does, an open node takes writes only from its operator (HTTP
		// from a loopback address), serves reads to anyone and forwards
		// calls to the peers that serve them (see node.mayWrite).
		Name: "open", Description: "a public node: DHT server, circuit relay, the service registry; routes calls to the peers that serve them",
		Sequencer: SeqLocal, Auth: AuthSignature, DHTServer: true, Relay: true,
		HTTP: "0.0.0.0:8888", P2P: []string{"/ip4/0.0.0.0/tcp/4001", "/ip4/0.0.0.0/udp/4001/quic-v1"},
		Home: "open", Available: true,
	},
}

// Names lists the profiles, sorted.
func Names() []string {
	var ns []string
	for n := range profiles {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// Lookup returns the named profile, validated and available in this build.
func Lookup(name string) (Profile, error) {
	p, ok := profiles[name]
	if !ok {
		return Profile{}, fmt.Errorf("unknown profile %q (profiles: %s)", name, strings.Join(Names(), ", "))
	}
	if err := p.Validate(); err != nil {
		return Profile{}, err
	}
	if !p.Available {
		return Profile{}, fmt.Errorf("profile %q is not available in this build yet: it needs %s; use --profile=dev", name, p.Missing)
	}
	return p, nil
}

// Validate checks that a profile's settings fit together.
func (p Profile) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("profile %q: %s", p.Name, fmt.Sprintf(format, a...))
	}
	switch p.Sequencer {
	case SeqLocal, SeqRaft, SeqCometBFT:
	default:
		return bad("unknown sequencer %q", p.Sequencer)
	}
	switch p.Auth {
	case AuthDev, AuthToken, AuthSignature:
	default:
		return bad("unknown authentication %q", p.Auth)
	}
	if p.Auth == AuthDev && !p.Loopback {
		return bad("no authentication needs loopback-only listeners")
	}
	if p.Loopback && (p.DHTServer || p.Relay) {
		return bad("a loopback-only node cannot serve the DHT or relays")
	}
	if p.Sequencer == SeqCometBFT && p.Auth != AuthSignature {
		return bad("a chain needs signed transactions")
	}
	if p.HTTP == "" || len(p.P2P) == 0 {
		return bad("default listen addresses missing")
	}
	if p.Home == "" {
		return bad("no home directory")
	}
	return nil
}
