package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/freeport"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/amigo-platform/amigo/auth"
	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/node/engine"
)

func newClusterCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cluster",
		Short: "set up and change a cluster (the cluster profile)",
	}
	cmd.AddCommand(newClusterInitCmd(f), newClusterJoinCmd(f), newClusterLeaveCmd(f), newClusterMembersCmd(f), newClusterGatewaysCmd(f), newClusterTokenCmd(f), newClusterBackupCmd(f), newClusterCertCmd(f))
	return cmd
}

func newClusterInitCmd(f *Factory) *cobra.Command {
	var name, out string
	var nodes, gateways, stateless int
	var useTLS bool
	var tlsHosts []string
	var restore string
	cmd := &cobra.Command{
		Use:   "init --name NAME --nodes N --output DIR",
		Short: "write the homes of a new cluster's members",
		Long: `write DIR/node1 ... DIR/nodeN: each member's identity and cluster.toml (the
private network key, the members' peer ids and addresses on free loopback
ports, the built-in token service's secret). The first --gateways members are
gateways. --stateless-gateways K writes DIR/gateway1 ... DIR/gatewayK too:
gateways that are not Raft members and hold no state (they verify tokens and
forward every request to a member); each one adds capacity. Start each with
amigo node --profile=cluster --home DIR/nodeI (or DIR/gatewayI).

--tls serves every HTTP API over TLS: a certificate authority of the
cluster's own (DIR/ca.pem; clients trust it with amigo --cacert DIR/ca.pem
or amigo context create --cacert) signs a certificate for each home, valid
for loopback and each --tls-host (the names or addresses clients use). A
node reads its certificate files again when they change.

--restore FILE starts every member from a backup (amigo cluster backup) of
another cluster's state: its packages, state and transactions, under a new
Raft log.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case name == "" || strings.ContainsAny(name, " /:\t"):
				return usagef(cmd, "--name: a cluster name without spaces, slashes or colons is required")
			case nodes < 1 || nodes > 99:
				return usagef(cmd, "--nodes %d: want 1 to 99 (3 or 5 tolerate 1 or 2 failures)", nodes)
			case out == "":
				return usagef(cmd, "--output: the directory to write the homes in is required")
			case gateways < 0 || gateways > nodes:
				return usagef(cmd, "--gateways %d: want 0 to --nodes", gateways)
			case stateless < 0 || stateless > 99:
				return usagef(cmd, "--stateless-gateways %d: want 0 to 99", stateless)
			}
			if len(tlsHosts) > 0 && !useTLS {
				return usagef(cmd, "--tls-host names a host of the certificates --tls writes: add --tls")
			}
			var backup *node.BackupHeader
			if restore != "" {
				// checked whole before anything is written
				bf, err := os.Open(restore)
				if err != nil {
					return usagef(cmd, "--restore: %v", err)
				}
				backup, err = node.VerifyBackup(bf)
				bf.Close()
				if err != nil {
					return fmt.Errorf("--restore %s: %w", restore, err)
				}
			}
			res, err := node.InitCluster(node.InitOptions{Dir: out, Name: name, Nodes: nodes, Gateways: gateways, StatelessGateways: stateless, TLS: useTLS, TLSHosts: tlsHosts})
			if err != nil {
				return err
			}
			w := f.Out
			scheme := "http"
			if useTLS {
				scheme = "https"
			}
			fmt.Fprintf(w, "cluster %s: %d members\n", name, nodes)
			for i, home := range res.Homes {
				role := "member"
				if i < gateways {
					role = "gateway"
				}
				fmt.Fprintf(w, "  %s  %s  %s://%s  amigo node --profile=cluster --home %s\n", filepath.Base(home), role, scheme, res.HTTP[i], home)
			}
			for i, home := range res.GatewayHomes {
				fmt.Fprintf(w, "  %s  stateless gateway  %s://%s  amigo node --profile=cluster --home %s\n", filepath.Base(home), scheme, res.GatewayHTTP[i], home)
			}
			if res.CAFile != "" {
				fmt.Fprintf(w, "certificate authority: %s (amigo --cacert %s ...)\n", res.CAFile, res.CAFile)
			}
			if backup != nil {
				var head engine.Head
				for _, home := range res.Homes {
					bf, err := os.Open(restore)
					if err != nil {
						return err
					}
					head, err = node.RestoreBackup(home, bf)
					bf.Close()
					if err != nil {
						return err
					}
				}
				fmt.Fprintf(w, "every member starts from the backup of %s at height %d (transaction %d, state %s)\n", backup.Network, head.Height, head.Seq, head.StateHash)
			}
			if res.IssuerURL != "" {
				fmt.Fprintf(w, "token service: %s (client admin, secret in %s)\n", res.IssuerURL, filepath.Join(out, "admin-client.secret"))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&name, "name", "", "the cluster's name (its network is cluster:NAME)")
	fl.IntVar(&nodes, "nodes", 3, "number of members")
	fl.StringVar(&out, "output", "", "directory to write the members' homes in")
	fl.IntVar(&gateways, "gateways", 1, "how many of the members are gateways")
	fl.IntVar(&stateless, "stateless-gateways", 0, "how many stateless gateways (not members, no state) to write besides the members")
	fl.BoolVar(&useTLS, "tls", false, "serve every HTTP API over TLS, with certificates of a CA of the cluster's own (DIR/ca.pem)")
	fl.StringVar(&restore, "restore", "", "a backup (amigo cluster backup) every member starts from")
	fl.StringArrayVar(&tlsHosts, "tls-host", nil, "a DNS name or IP address the certificates are also valid for (with --tls); repeatable")
	return cmd
}

// adminRequest sends a membership request to the member of home (conf
// is its cluster.toml), with an admin token from the built-in service
// when the member is a gateway; over TLS when the member serves it, and
// then trusting exactly the certificate in its home.
func adminRequest(ctx context.Context, home string, conf *node.ClusterConfig, method, path string, body any) ([]byte, error) {
	resp, err := adminResponse(ctx, home, conf, method, path, body)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

// adminResponse is adminRequest's response, whose body the caller reads
// and closes; a status other than 2xx is an error.
func adminResponse(ctx context.Context, home string, conf *node.ClusterConfig, method, path string, body any) (*http.Response, error) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	base, hc := node.ClusterHTTPClient(home, conf)
	url := base + path
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if (conf.Gateway || conf.StatelessGateway) && conf.Auth.Issuer == "" {
		is, err := node.BuiltinIssuer(conf)
		if err != nil {
			return nil, err
		}
		tok, _, err := is.Token("cluster-admin", []string{"amigo:admin"}, 5*time.Minute)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("reach the member at %s (is it running?): %w", url, err)
	}
	if resp.StatusCode >= 300 {
		defer resp.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		return nil, fmt.Errorf("%s %s: %s: %s", method, url, resp.Status, strings.TrimSpace(string(b)))
	}
	return resp, nil
}

func newClusterBackupCmd(f *Factory) *cobra.Command {
	var home, output string
	cmd := &cobra.Command{
		Use:   "backup --home MEMBER_HOME --output FILE",
		Short: "write a backup of the cluster's state",
		Long: `write a backup of the cluster's state, from the running member of
MEMBER_HOME, to FILE: every write acknowledged before the command started is
in it (the member first catches up with the leader). The file is checked
(its checksum) before the command succeeds. amigo cluster init --restore FILE
starts a new cluster from it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if home == "" || output == "" {
				return usagef(cmd, "--home (a running member's home) and --output (the backup file) are required")
			}
			conf, err := node.LoadClusterConfig(home)
			if err != nil {
				return err
			}
			if conf.StatelessGateway {
				return usagef(cmd, "--home %s: a stateless gateway holds no state; name a member's home", home)
			}
			resp, err := adminResponse(cmd.Context(), home, conf, "GET", "/v1/cluster/backup", nil)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			hdr, n, err := node.SaveBackup(output, resp.Body)
			if err != nil {
				return err
			}
			if f.JSON() {
				return f.printJSON(map[string]any{"file": output, "bytes": n, "network": hdr.Network, "head": hdr.Head})
			}
			fmt.Fprintf(f.Out, "backup of %s, started at height %d (transaction %d, state %s), in %s (%d bytes)\n", hdr.Network, hdr.Head.Height, hdr.Head.Seq, hdr.Head.StateHash, output, n)
			return nil
		},
	}
	cmd.Flags().StringVar(&home, "home", "", "home of a running member")
	cmd.Flags().StringVar(&output, "output", "", "the backup file to write")
	return cmd
}

func newClusterCertCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{Use: "cert", Short: "the TLS certificates of a cluster written with --tls"}
	var home string
	var hosts []string
	renew := &cobra.Command{
		Use:   "renew --home HOME [--tls-host NAME]...",
		Short: "issue a home a new TLS certificate from the cluster's CA",
		Long: `issue the member or gateway of HOME a new TLS certificate from the cluster's
CA in HOME, for the names of its current certificate and each --tls-host. The
files are replaced whole; a running node serves the new certificate within
a second or so, without a restart. A running node renews its own certificate
when a third of its lifetime (397 days) is left; this command renews at once,
as to add a name.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if home == "" {
				return usagef(cmd, "--home is required")
			}
			c, err := node.RenewCert(home, hosts)
			if err != nil {
				return err
			}
			names := append([]string(nil), c.DNSNames...)
			for _, ip := range c.IPAddresses {
				names = append(names, ip.String())
			}
			if f.JSON() {
				return f.printJSON(map[string]any{"home": home, "serial": c.SerialNumber.String(), "names": names, "not_after": c.NotAfter.UTC()})
			}
			fmt.Fprintf(f.Out, "renewed the certificate of %s: valid for %s until %s\n", home, strings.Join(names, ", "), c.NotAfter.UTC().Format(time.RFC3339))
			return nil
		},
	}
	renew.Flags().StringVar(&home, "home", "", "home of the member or gateway")
	renew.Flags().StringArrayVar(&hosts, "tls-host", nil, "another DNS name or IP address the certificate is valid for; repeatable")
	cmd.AddCommand(renew)
	return cmd
}

func newClusterJoinCmd(f *Factory) *cobra.Command {
	var from, home string
	var gateway, stateless bool
	cmd := &cobra.Command{
		Use:   "join --from MEMBER_HOME --home NEW_HOME [--gateway | --stateless-gateway]",
		Short: "add a member or a stateless gateway to a running cluster",
		Long: `add a member to a running cluster, online: writes NEW_HOME (an identity,
the cluster's key and settings, free loopback ports) unless it exists, then
asks the running member of MEMBER_HOME to add it to the Raft configuration.
Start it with amigo node --profile=cluster --home NEW_HOME; it receives the
state from the leader (a snapshot, then the log).

With --stateless-gateway, NEW_HOME is a stateless gateway's (as cluster init
--stateless-gateways writes them, forwarding to the current members), and
the member admits its peer id to the cluster's gateways (a Raft entry: every
member admits it). Start it the same way.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if from == "" || home == "" {
				return usagef(cmd, "--from (a running member's home) and --home (the new member's) are required")
			}
			if gateway && stateless {
				return usagef(cmd, "--gateway (a member that checks tokens) and --stateless-gateway (not a member) exclude each other")
			}
			src, err := node.LoadClusterConfig(from)
			if err != nil {
				return err
			}
			if src.StatelessGateway {
				return usagef(cmd, "--from %s: a stateless gateway's home; name a running member's", from)
			}
			if stateless {
				return joinStatelessGateway(cmd, f, from, src, home)
			}
			conf, err := node.LoadClusterConfig(home)
			if err != nil {
				id, err := node.NewMemberHome(home)
				if err != nil {
					return err
				}
				ports, err := freeport.Loopback(2)
				if err != nil {
					return err
				}
				c := *src
				c.Members = nil // no bootstrap: it waits to be added
				for _, m := range src.Members {
					if pid, err := peerOfAddr(m); err == nil {
						c.Allow = append(c.Allow, pid)
					}
				}
				c.Self = fmt.Sprintf("/ip4/127.0.0.1/tcp/%d/p2p/%s", ports[0], id)
				c.P2P = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ports[0])}
				c.HTTP = fmt.Sprintf("127.0.0.1:%d", ports[1])
				c.Gateway = gateway
				if err := node.JoinTLS(from, src, home, &c); err != nil {
					return err
				}
				if err := c.Save(home); err != nil {
					return err
				}
				conf = &c
			}
			if conf.StatelessGateway {
				return usagef(cmd, "--home %s holds a stateless gateway: add --stateless-gateway", home)
			}
			if _, err := adminRequest(cmd.Context(), from, src, "POST", "/v1/cluster/members", map[string]string{"address": conf.Self}); err != nil {
				return err
			}
			fmt.Fprintf(f.Out, "added %s to cluster %s; start it: amigo node --profile=cluster --home %s\n", conf.Self, conf.Name, home)
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "home of a running member")
	cmd.Flags().StringVar(&home, "home", "", "home of the new member (written if it does not exist)")
	cmd.Flags().BoolVar(&gateway, "gateway", false, "make the new member a gateway")
	cmd.Flags().BoolVar(&stateless, "stateless-gateway", false, "add a stateless gateway (not a Raft member) instead of a member")
	return cmd
}

// joinStatelessGateway writes home for a stateless gateway unless it
// holds one, and admits its peer id through the running member of src.
func joinStatelessGateway(cmd *cobra.Command, f *Factory, srcHome string, src *node.ClusterConfig, home string) error {
	ctx := cmd.Context()
	conf, err := node.LoadClusterConfig(home)
	var id peer.ID
	switch {
	case err == nil && !conf.StatelessGateway:
		return usagef(cmd, "--home %s holds a member, not a stateless gateway", home)
	case err == nil:
		if id, err = node.NewMemberHome(home); err != nil { // its identity
			return err
		}
	default:
		// the current members, so the gateway starts with them
		b, err := adminRequest(ctx, srcHome, src, "GET", "/v1/cluster/members", nil)
		if err != nil {
			return err
		}
		var ms node.MembersResponse
		if err := json.Unmarshal(b, &ms); err != nil {
			return err
		}
		if conf, id, err = node.NewStatelessGatewayHome(srcHome, src, home, ms.Members); err != nil {
			return err
		}
	}
	if _, err := adminRequest(ctx, srcHome, src, "POST", "/v1/cluster/gateways", map[string]string{"peer": id.String()}); err != nil {
		return err
	}
	fmt.Fprintf(f.Out, "admitted stateless gateway %s to cluster %s (%s); start it: amigo node --profile=cluster --home %s\n", id, conf.Name, conf.URL(), home)
	return nil
}

func peerOfAddr(m string) (string, error) {
	i := strings.LastIndex(m, "/p2p/")
	if i < 0 {
		return "", errors.New("no /p2p/")
	}
	id, err := peer.Decode(m[i+len("/p2p/"):])
	return id.String(), err
}

func newClusterLeaveCmd(f *Factory) *cobra.Command {
	var home string
	cmd := &cobra.Command{
		Use:   "leave --home HOME",
		Short: "remove a running member or stateless gateway from its cluster",
		Long: `remove the running member of HOME from the Raft configuration, or, when HOME
is a stateless gateway's, remove it from the cluster's gateways: the running
gateway asks a member to remove it (a Raft entry); members refuse its
requests at once and close its connections.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if home == "" {
				return usagef(cmd, "--home: the leaving member's or gateway's home is required")
			}
			conf, err := node.LoadClusterConfig(home)
			if err != nil {
				return err
			}
			id, err := node.NewMemberHome(home)
			if err != nil {
				return err
			}
			path := "/v1/cluster/members/" + id.String()
			if conf.StatelessGateway {
				path = "/v1/cluster/gateways/self"
			}
			if _, err := adminRequest(cmd.Context(), home, conf, "DELETE", path, nil); err != nil {
				return err
			}
			fmt.Fprintf(f.Out, "%s left cluster %s; stop its node\n", id, conf.Name)
			return nil
		},
	}
	cmd.Flags().StringVar(&home, "home", "", "home of the member or stateless gateway that leaves")
	return cmd
}

func newClusterGatewaysCmd(f *Factory) *cobra.Command {
	return clusterListCmd(f, "gateways", "list the stateless gateways of a running cluster", "/v1/cluster/gateways",
		func(w io.Writer, gs *node.GatewaysResponse) {
			for _, g := range gs.Gateways {
				fmt.Fprintf(w, "%s  admitted\n", g)
			}
			for _, g := range gs.Configured {
				fmt.Fprintf(w, "%s  %s\n", g, node.ClusterFile)
			}
		})
}

func newClusterMembersCmd(f *Factory) *cobra.Command {
	return clusterListCmd(f, "members", "list the members of a running cluster", "/v1/cluster/members?probe=true",
		func(w io.Writer, ms *node.MembersResponse) {
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ADDRESS\tROLE\tCONNECTED\tAGENT\tRTT")
			for _, m := range ms.Status {
				role, conn, rtt := "follower", "no", "-"
				switch {
				case m.Leader:
					role = "leader"
				case m.ID == "":
					role = "?"
				}
				if m.Self {
					role += " (answering)"
				}
				if m.Connected {
					conn = "yes"
				}
				if m.RTTMillis > 0 {
					rtt = fmt.Sprintf("%.2fms", m.RTTMillis)
				}
				agent := m.Agent
				if agent == "" {
					agent = "-"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", m.Address, role, conn, agent, rtt)
			}
			tw.Flush()
		})
}

// clusterListCmd is a command that reads path from the admin API of the
// running member whose home --home names, and prints it (text, or the
// answer itself with --json).
func clusterListCmd[T any](f *Factory, use, short, path string, text func(io.Writer, *T)) *cobra.Command {
	var home string
	cmd := &cobra.Command{
		Use:   use + " --home MEMBER_HOME",
		Short: short,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if home == "" {
				return usagef(cmd, "--home: a running member's home is required")
			}
			conf, err := node.LoadClusterConfig(home)
			if err != nil {
				return err
			}
			b, err := adminRequest(cmd.Context(), home, conf, "GET", path, nil)
			if err != nil {
				return err
			}
			var v T
			if err := json.Unmarshal(b, &v); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			if f.JSON() {
				return f.printJSON(&v)
			}
			text(f.Out, &v)
			return nil
		},
	}
	cmd.Flags().StringVar(&home, "home", "", "home of a running member")
	return cmd
}

func newClusterTokenCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{Use: "token", Short: "tokens of the cluster's built-in token service"}
	var home, subject, scope, ctxName string
	var ttl time.Duration
	create := &cobra.Command{
		Use:   "create --home MEMBER_HOME --subject NAME",
		Short: "sign a bearer token with the cluster's built-in token service",
		Long: `sign a bearer token with the built-in token service's current key (derived
from the cluster secret in MEMBER_HOME/cluster.toml). Its subject is the
caller: amigo.Caller() is the same address for every token of that subject.
With --context NAME the token is stored in a context naming the gateway.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if home == "" || subject == "" {
				return usagef(cmd, "--home (a member's home) and --subject are required")
			}
			conf, err := node.LoadClusterConfig(home)
			if err != nil {
				return err
			}
			is, err := node.BuiltinIssuer(conf)
			if err != nil {
				return err
			}
			scopes := strings.Fields(strings.ReplaceAll(scope, ",", " "))
			tok, exp, err := is.Token(subject, scopes, ttl)
			if err != nil {
				return err
			}
			if ctxName != "" {
				cfg, err := f.Config()
				if err != nil {
					return err
				}
				if err := checkContextName(ctxName); err != nil {
					return usagef(cmd, "--context: %v", err)
				}
				c := Context{Remote: is.URL(), Description: "cluster " + conf.Name + " as " + subject, Token: tok}
				if ca := filepath.Join(home, node.CAFile); conf.TLSCert != "" && strings.HasPrefix(c.Remote, "https://") {
					if _, err := os.Stat(ca); err == nil {
						c.CAFile, _ = filepath.Abs(ca) // the cluster's CA signed the gateway's certificate
					}
				}
				cfg.Contexts[ctxName] = c
				if err := cfg.Save(); err != nil {
					return err
				}
			}
			if f.JSON() {
				return f.printJSON(map[string]any{"token": tok, "expires": exp.UTC(), "subject": subject,
					"caller": auth.Caller(is.URL(), subject), "scopes": scopes, "jti": auth.TokenID(tok)})
			}
			fmt.Fprintln(f.Out, tok)
			fmt.Fprintf(f.ErrOut, "token %s for %s (caller %s), scopes %s, expires %s\n", auth.TokenID(tok), subject, auth.Caller(is.URL(), subject), strings.Join(scopes, " "), exp.UTC().Format(time.RFC3339))
			return nil
		},
	}
	fl := create.Flags()
	fl.StringVar(&home, "home", "", "home of a cluster member (holds the token service's secret)")
	fl.StringVar(&subject, "subject", "", "the token's subject (the caller)")
	fl.StringVar(&scope, "scope", "amigo:deploy amigo:call amigo:read", "scopes, space- or comma-separated")
	fl.DurationVar(&ttl, "ttl", time.Hour, "lifetime (at most the key period, 24h)")
	fl.StringVar(&ctxName, "context", "", "also store the token in this context (remote: the token service's gateway)")
	cmd.AddCommand(create, newClusterTokenRevokeCmd(f))
	return cmd
}

func newClusterTokenRevokeCmd(f *Factory) *cobra.Command {
	var home, jti, subject string
	cmd := &cobra.Command{
		Use:   "revoke --home MEMBER_HOME (--jti ID | --subject NAME)",
		Short: "revoke bearer tokens across a running cluster",
		Long: `revoke a token by its id (the jti token create prints), or every token of a
subject issued until now (tokens issued later in the same second too),
through the running member of MEMBER_HOME: a Raft entry, so every member and
gateway refuses them (401 "token revoked"), after restarts too. A
revocation is kept 25 hours, past the longest token lifetime.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if home == "" || (jti == "") == (subject == "") {
				return usagef(cmd, "--home (a running member's home) and one of --jti or --subject are required")
			}
			conf, err := node.LoadClusterConfig(home)
			if err != nil {
				return err
			}
			if conf.StatelessGateway {
				return usagef(cmd, "--home %s: a stateless gateway's home; name a running member's", home)
			}
			if _, err := adminRequest(cmd.Context(), home, conf, "POST", "/v1/cluster/revocations", node.RevokeRequest{ID: jti, Subject: subject}); err != nil {
				return err
			}
			if jti != "" {
				fmt.Fprintf(f.Out, "revoked token %s in cluster %s\n", jti, conf.Name)
			} else {
				fmt.Fprintf(f.Out, "revoked the tokens of %s issued until now in cluster %s\n", subject, conf.Name)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&home, "home", "", "home of a running cluster member")
	fl.StringVar(&jti, "jti", "", "the id of the token to revoke")
	fl.StringVar(&subject, "subject", "", "revoke every token of this subject issued until now")
	return cmd
}
