package cli

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/explorer"
	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/profiles"
)

// nodeOptions are the flags of `amigo node`.
type nodeOptions struct {
	Profile   string
	Home      string
	HTTP      string
	P2P       []string
	LogLevel  string
	Bootstrap []string
	Relays    []string
	NoMDNS    bool
	Insecure  bool
	BehindNAT bool
	Gateway   bool
	TLSCert   string
	TLSKey    string
}

func newNodeCmd(f *Factory) *cobra.Command {
	o := &nodeOptions{}
	cmd := &cobra.Command{
		Use:   "node",
		Short: "run a node (the dev profile by default)",
		Long: `run an Amigo node until interrupted.

The dev profile needs no set-up: one local node on loopback, its state in
~/.amigo/dev (or --home), no authentication. It prints one ready line with
its HTTP address and its peer's multiaddrs.

Nodes find each other with mDNS (dev) and --bootstrap peers, announce their
network and packages in the service registry (amigo services), and forward
a call for a package they do not serve to a peer that does. The open
profile is a public node: DHT server, circuit relay, AutoNAT and hole
punching; until signed transactions land it takes writes only from its
loopback HTTP API. A node behind a NAT stays callable through --relay.

profiles: ` + strings.Join(profiles.Names(), ", "),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.Home == "" {
				p, err := profiles.Lookup(o.Profile)
				if err != nil {
					return &usageError{err.Error()}
				}
				home, err := f.Home()
				if err != nil {
					return err
				}
				o.Home = filepath.Join(home, p.Home)
			}
			return runNode(cmd.Context(), o, f.Out, f.ErrOut)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.Profile, "profile", "dev", "node profile: "+strings.Join(profiles.Names(), ", "))
	fl.StringVar(&o.Home, "home", "", "home directory of the node's state and identity (default $AMIGO_HOME/<profile>, ~/.amigo/<profile>)")
	fl.StringVar(&o.HTTP, "http", "", "HTTP listen address of the API and explorer (default 127.0.0.1:8888 on dev)")
	fl.StringArrayVar(&o.P2P, "p2p", nil, "libp2p listen multiaddr, repeatable (default loopback TCP and QUIC on dev)")
	fl.StringVar(&o.LogLevel, "log-level", "info", "log level: debug, info, warn, error")
	fl.StringArrayVar(&o.Bootstrap, "bootstrap", nil, "peer to connect to at start and seed the DHT with, a multiaddr ending in /p2p/<peer-id>; repeatable")
	fl.StringArrayVar(&o.Relays, "relay", nil, "circuit relay to stay reachable through (this node takes itself as not publicly reachable), a multiaddr ending in /p2p/<peer-id>; repeatable")
	fl.BoolVar(&o.Insecure, "insecure-writes", false, "open profile: take deploys and calls from any peer, unauthenticated (test networks only; by default only the loopback HTTP API may write)")
	fl.BoolVar(&o.BehindNAT, "behind-nat", false, "this node is not publicly reachable: stay callable through relays found in the service registry (--relay names them instead)")
	fl.BoolVar(&o.NoMDNS, "no-mdns", false, "do not look for peers on the local network with mDNS (dev profile)")
	fl.BoolVar(&o.Gateway, "gateway", false, "cluster profile: verify OAuth2 bearer tokens on the API and serve the built-in token service")
	fl.StringVar(&o.TLSCert, "tls-cert", "", "serve the HTTP API and explorer over TLS with this PEM certificate (chain), read again when it changes; with --tls-key")
	fl.StringVar(&o.TLSKey, "tls-key", "", "the PEM private key of --tls-cert")
	return cmd
}

func runNode(ctx context.Context, o *nodeOptions, stdout, stderr io.Writer) error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.LogLevel)); err != nil {
		return &usageError{fmt.Sprintf("--log-level %q: want debug, info, warn or error", o.LogLevel)}
	}
	p, err := profiles.Lookup(o.Profile)
	if err != nil {
		return &usageError{err.Error()}
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	n, err := node.New(node.Config{Profile: p, Home: o.Home, HTTPAddr: o.HTTP, P2PAddrs: o.P2P, Logger: log, Handler: explorerFor(p.Name, log),
		Bootstrap: o.Bootstrap, Relays: o.Relays, NoMDNS: o.NoMDNS, InsecureWrites: o.Insecure, BehindNAT: o.BehindNAT, Gateway: o.Gateway,
		TLSCert: o.TLSCert, TLSKey: o.TLSKey})
	if err != nil {
		return &usageError{err.Error()}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := n.Start(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "amigo node ready: profile=%s http=%s p2p=%s home=%s\n", p.Name, n.HTTPURL(), strings.Join(n.PeerAddrs(), ","), n.Home())
	<-ctx.Done()
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return n.Stop(sctx)
}

// explorerFor serves the explorer at / of a node, reading through the
// node's own API.
func explorerFor(profile string, log *slog.Logger) func(n *node.Node) (http.Handler, error) {
	return func(n *node.Node) (http.Handler, error) {
		c, err := client.New(n.HTTPURL(), client.WithHTTPClient(n.HTTPClient()))
		if err != nil {
			return nil, err
		}
		return explorer.New(explorer.Options{Client: c, Profile: profile, Logger: log})
	}
}
