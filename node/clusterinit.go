package node

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/freeport"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/amigo-platform/amigo/auth"
	"github.com/amigo-platform/amigo/p2p"
)

// InitOptions say what InitCluster writes.
type InitOptions struct {
	Dir      string // the homes are Dir/node1 ... Dir/nodeN
	Name     string
	Nodes    int
	Gateways int // the first Gateways members are gateways
	// StatelessGateways are stateless gateways (Dir/gateway1 ...): not
	// Raft members, they verify tokens and forward to the members.
	StatelessGateways int
	// TLS makes every home serve its HTTP API over TLS with a certificate
	// of the cluster's own CA (written to Dir/ca.pem for clients, and
	// with its key into every home, so that cluster join can issue one),
	// valid for loopback and TLSHosts.
	TLS      bool
	TLSHosts []string
}

// InitResult is what InitCluster wrote.
type InitResult struct {
	Homes []string
	HTTP  []string // each member's HTTP address
	// GatewayHomes and GatewayHTTP are the stateless gateways'.
	GatewayHomes []string
	GatewayHTTP  []string
	// IssuerURL is the built-in token service's issuer ("" without
	// gateways); AdminSecret the secret of its client "admin" (scopes
	// amigo:deploy, amigo:call, amigo:read, amigo:admin), also written to
	// Dir/admin-client.secret.
	IssuerURL   string
	AdminSecret string
	// CAFile is the CA certificate clients trust (with TLS).
	CAFile string
}

// InitCluster writes the homes of a new cluster on loopback: each
// member's identity and cluster.toml (the private network key, the
// members' Raft addresses on free ports, the token service's secret).
func InitCluster(o InitOptions) (*InitResult, error) {
	switch {
	case o.Name == "":
		return nil, errors.New("a cluster name is required")
	case o.Nodes < 1:
		return nil, errors.New("a cluster has at least one member")
	case o.Gateways < 0 || o.Gateways > o.Nodes:
		return nil, fmt.Errorf("%d gateways among %d members", o.Gateways, o.Nodes)
	case o.StatelessGateways < 0:
		return nil, fmt.Errorf("%d stateless gateways", o.StatelessGateways)
	}
	for i := 1; i <= o.Nodes; i++ {
		if _, err := os.Stat(filepath.Join(o.Dir, fmt.Sprintf("node%d", i), ClusterFile)); err == nil {
			return nil, fmt.Errorf("%s already holds a cluster member (node%d)", o.Dir, i)
		}
	}
	for i := 1; i <= o.StatelessGateways; i++ {
		if _, err := os.Stat(filepath.Join(o.Dir, fmt.Sprintf("gateway%d", i), ClusterFile)); err == nil {
			return nil, fmt.Errorf("%s already holds a cluster gateway (gateway%d)", o.Dir, i)
		}
	}
	ports, err := freeport.Loopback(2 * (o.Nodes + o.StatelessGateways))
	if err != nil {
		return nil, err
	}
	res := &InitResult{AdminSecret: randomHex(24)}
	base := ClusterConfig{Name: o.Name, PSK: randomHex(32), Auth: Auth{
		Audience: "cluster:" + o.Name, Secret: randomHex(32),
		Clients: []AuthClient{{ID: "admin", SecretHash: auth.HashSecret(res.AdminSecret),
			Scopes: []string{"amigo:deploy", "amigo:call", "amigo:read", "amigo:admin"}}},
	}}
	for i := 0; i < o.Nodes; i++ {
		home := filepath.Join(o.Dir, fmt.Sprintf("node%d", i+1))
		id, err := NewMemberHome(home)
		if err != nil {
			return nil, err
		}
		res.Homes = append(res.Homes, home)
		res.HTTP = append(res.HTTP, fmt.Sprintf("127.0.0.1:%d", ports[2*i+1]))
		base.Members = append(base.Members, fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", ports[2*i], id))
	}
	for i := 0; i < o.StatelessGateways; i++ {
		home := filepath.Join(o.Dir, fmt.Sprintf("gateway%d", i+1))
		id, err := NewMemberHome(home)
		if err != nil {
			return nil, err
		}
		res.GatewayHomes = append(res.GatewayHomes, home)
		res.GatewayHTTP = append(res.GatewayHTTP, fmt.Sprintf("127.0.0.1:%d", ports[2*(o.Nodes+i)+1]))
		base.Gateways = append(base.Gateways, id.String())
	}
	scheme := "http"
	var ca *clusterCA
	if o.TLS {
		scheme = "https"
		if ca, err = newClusterCA(o.Name); err != nil {
			return nil, err
		}
		if err := ca.save(o.Dir, false); err != nil {
			return nil, err
		}
		res.CAFile = filepath.Join(o.Dir, CAFile)
	}
	switch {
	case o.Gateways > 0:
		base.Auth.IssuerURL = scheme + "://" + res.HTTP[0]
	case o.StatelessGateways > 0:
		base.Auth.IssuerURL = scheme + "://" + res.GatewayHTTP[0]
	}
	res.IssuerURL = base.Auth.IssuerURL
	// withTLS gives home the CA and a certificate of its own.
	withTLS := func(home string, c *ClusterConfig) error {
		if ca == nil {
			return nil
		}
		if err := ca.save(home, true); err != nil {
			return err
		}
		return ca.issue(home, c.HTTP, o.TLSHosts, c)
	}
	for i, home := range res.Homes {
		c := base
		c.Self = base.Members[i]
		c.P2P = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ports[2*i])}
		c.HTTP = res.HTTP[i]
		c.Gateway = i < o.Gateways
		if err := withTLS(home, &c); err != nil {
			return nil, err
		}
		if err := c.Save(home); err != nil {
			return nil, err
		}
	}
	for i, home := range res.GatewayHomes {
		c := statelessGatewayConfig(&base, ports[2*(o.Nodes+i)], ports[2*(o.Nodes+i)+1])
		if err := withTLS(home, &c); err != nil {
			return nil, err
		}
		if err := c.Save(home); err != nil {
			return nil, err
		}
	}
	if err := os.WriteFile(filepath.Join(o.Dir, "admin-client.secret"), []byte(res.AdminSecret+"\n"), 0o600); err != nil {
		return nil, err
	}
	return res, nil
}

// statelessGatewayConfig is the configuration of a stateless gateway of
// the cluster src describes (its members, key and token settings),
// listening on loopback at p2pPort and httpPort.
func statelessGatewayConfig(src *ClusterConfig, p2pPort, httpPort int) ClusterConfig {
	c := *src
	c.StatelessGateway, c.Gateway, c.Self = true, false, ""
	c.P2P = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", p2pPort)}
	c.HTTP = fmt.Sprintf("127.0.0.1:%d", httpPort)
	return c
}

// NewStatelessGatewayHome writes home for a new stateless gateway of the
// cluster src (a member's configuration) describes, with its identity and
// free loopback ports, as InitCluster writes them; members, when not
// empty, are the members it forwards to first (default src's). A cluster
// without a token service URL gets this gateway's. It returns the
// gateway's configuration and peer id; a home that already holds a
// configuration is refused.
func NewStatelessGatewayHome(srcHome string, src *ClusterConfig, home string, members []string) (*ClusterConfig, peer.ID, error) {
	if src.StatelessGateway {
		return nil, "", errors.New("the source configuration is a stateless gateway's; name a member's")
	}
	if _, err := os.Stat(filepath.Join(home, ClusterFile)); err == nil {
		return nil, "", fmt.Errorf("%s already holds a cluster configuration", home)
	}
	id, err := NewMemberHome(home)
	if err != nil {
		return nil, "", err
	}
	ports, err := freeport.Loopback(2)
	if err != nil {
		return nil, "", err
	}
	c := statelessGatewayConfig(src, ports[0], ports[1])
	if len(members) > 0 {
		c.Members = append([]string(nil), members...)
	}
	if err := JoinTLS(srcHome, src, home, &c); err != nil {
		return nil, "", err
	}
	if c.Auth.Issuer == "" && c.Auth.IssuerURL == "" {
		c.Auth.IssuerURL = c.URL()
	}
	if err := c.Save(home); err != nil {
		return nil, "", err
	}
	return &c, id, nil
}

// NewMemberHome creates home and its identity, and returns its peer id.
func NewMemberHome(home string) (peer.ID, error) {
	if err := os.MkdirAll(home, 0o700); err != nil {
		return "", err
	}
	key, err := p2p.LoadOrCreateIdentity(filepath.Join(home, "identity.key"))
	if err != nil {
		return "", err
	}
	return peer.IDFromPrivateKey(key)
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
