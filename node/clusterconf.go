package node

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"

	"github.com/amigo-platform/amigo/internal/atomicfile"
)

// ClusterFile is the name of a cluster member's configuration in its home.
const ClusterFile = "cluster.toml"

// ClusterConfig is a cluster member's configuration (home/cluster.toml),
// written by `amigo cluster init` and `amigo cluster join`.
type ClusterConfig struct {
	// Name names the cluster: the network is "cluster:<name>".
	Name string `toml:"name"`
	// PSK is the libp2p private network key, 32 bytes in hex.
	PSK string `toml:"psk"`
	// Members are the initial voters' Raft addresses (multiaddrs ending in
	// /p2p/<peer id>); a member with no Raft state bootstraps with them,
	// one with none waits to be added (cluster join).
	Members []string `toml:"members"`
	// Allow lists the peer ids admitted besides the current Raft members.
	Allow []string `toml:"allow"`
	// Self is this member's Raft address (default: its first listen
	// address).
	Self string `toml:"self"`
	// HTTP and P2P are the member's listen addresses (--http and --p2p
	// override them).
	HTTP string   `toml:"http"`
	P2P  []string `toml:"p2p"`
	// Gateway: the member verifies bearer tokens on its API (--gateway
	// turns it on too).
	Gateway bool `toml:"gateway"`
	// StatelessGateway: this node is a stateless gateway, not a Raft
	// member: it holds no contract state, verifies bearer tokens and
	// forwards every /v1 request to one of Members over libp2p.
	StatelessGateway bool `toml:"stateless_gateway"`
	// Gateways are the stateless gateways' peer ids: members admit them
	// to the private network and run their requests as the caller they
	// name (the Amigo-Caller header).
	Gateways []string `toml:"gateways"`
	// TLSCert and TLSKey (PEM files, relative to the home) make the
	// member serve its HTTP API over TLS (--tls-cert/--tls-key override
	// them).
	TLSCert string `toml:"tls_cert,omitempty"`
	TLSKey  string `toml:"tls_key,omitempty"`
	Auth    Auth   `toml:"auth"`
	// Backup schedules the member's own backups.
	Backup BackupSchedule `toml:"backup,omitempty"`
}

// Auth configures the gateways' tokens.
type Auth struct {
	// Issuer is the external OIDC issuer URL whose tokens gateways accept
	// (discovery and JWKS fetched from it). Empty: the cluster's built-in
	// token service, with IssuerURL as its issuer.
	Issuer string `toml:"issuer"`
	// IssuerURL is the built-in service's issuer (a gateway's URL).
	IssuerURL string `toml:"issuer_url"`
	// Audience is the audience tokens must carry.
	Audience string `toml:"audience"`
	// Secret seeds the built-in service's signing keys (32 bytes, hex;
	// the same on every member, so every gateway verifies every key).
	Secret string `toml:"secret"`
	// Clients are the built-in service's OAuth2 clients
	// (client-credentials grant).
	Clients []AuthClient `toml:"clients"`
	// RateLimit bounds each caller's requests at a gateway, in requests
	// a second (0: no limit), with bursts of RateBurst (default twice the
	// rate). Each gateway counts its own requests.
	RateLimit float64 `toml:"rate_limit,omitempty"`
	RateBurst int     `toml:"rate_burst,omitempty"`
}

// AuthClient is a client of the built-in token service.
type AuthClient struct {
	ID string `toml:"id"`
	// SecretHash is the hex sha256 of the client's secret.
	SecretHash string `toml:"secret_hash"`
	// Subject is the subject of its tokens (default its id).
	Subject string `toml:"subject"`
	// Scopes are the scopes it may ask for.
	Scopes []string `toml:"scopes"`
}

// LoadClusterConfig reads home/cluster.toml.
func LoadClusterConfig(home string) (*ClusterConfig, error) {
	path := filepath.Join(home, ClusterFile)
	var c ClusterConfig
	md, err := toml.DecodeFile(path, &c)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: no cluster configuration (create homes with amigo cluster init)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		return nil, fmt.Errorf("%s: unknown setting %s", path, un[0])
	}
	if c.Name == "" {
		return nil, fmt.Errorf("%s: name is empty", path)
	}
	if _, err := c.PSKBytes(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if c.Auth.RateLimit < 0 || c.Auth.RateBurst < 0 {
		return nil, fmt.Errorf("%s: [auth] rate_limit %g and rate_burst %d must not be negative", path, c.Auth.RateLimit, c.Auth.RateBurst)
	}
	if err := c.Backup.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if c.StatelessGateway && c.Backup.Interval > 0 {
		return nil, fmt.Errorf("%s: [backup]: a stateless gateway holds no state to back up; schedule backups on a member", path)
	}
	if c.StatelessGateway && (c.Self != "" || c.Gateway) {
		return nil, fmt.Errorf("%s: a stateless gateway is not a Raft member: it has no self and is not a gateway member (gateway = false)", path)
	}
	return &c, nil
}

// Save writes c to home/cluster.toml (mode 0600: it holds the PSK).
func (c *ClusterConfig) Save(home string) error {
	if err := os.MkdirAll(home, 0o700); err != nil {
		return err
	}
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(c); err != nil {
		return err
	}
	// replaced whole: a crash leaves the old file or the new one
	return atomicfile.Write(filepath.Join(home, ClusterFile), b.Bytes(), 0o600)
}

// PSKBytes decodes the pre-shared key.
func (c *ClusterConfig) PSKBytes() ([]byte, error) {
	b, err := hex.DecodeString(c.PSK)
	if err != nil || len(b) != 32 {
		return nil, fmt.Errorf("psk: want 32 bytes in hex (64 characters)")
	}
	return b, nil
}
