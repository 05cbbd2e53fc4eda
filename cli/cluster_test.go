package cli

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/auth"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/profiles"
	"github.com/amigo-platform/amigo/vm"
)

// cluster init --stateless-gateways writes gateway homes the members
// trust.
func TestClusterInitStatelessGateways(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	out, _ := e.ok("cluster", "init", "--name", "sg", "--nodes", "3", "--gateways", "0", "--stateless-gateways", "2", "--output", dir)
	for _, want := range []string{"node3  member", "gateway1  stateless gateway", "gateway2  stateless gateway", "token service: http://"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	gw, err := node.LoadClusterConfig(filepath.Join(dir, "gateway2"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := node.LoadClusterConfig(filepath.Join(dir, "node1"))
	if err != nil {
		t.Fatal(err)
	}
	if !gw.StatelessGateway || gw.Self != "" || len(gw.Members) != 3 || m.StatelessGateway || len(m.Gateways) != 2 || m.Auth.IssuerURL != gw.Auth.IssuerURL {
		t.Fatalf("gateway %+v\nmember %+v", gw, m)
	}
	e.fails(2, "cluster", "init", "--name", "x", "--stateless-gateways", "-1", "--output", t.TempDir())
}

// cluster join --stateless-gateway writes a gateway's home and admits it
// through a running member; cluster gateways lists it; cluster leave
// --home GATEWAY_HOME removes it through the gateway itself; cluster
// token revoke refuses a token across the cluster.
func TestClusterJoinLeaveStatelessGateway(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	e.ok("cluster", "init", "--name", "rt", "--nodes", "3", "--gateways", "1", "--output", dir)
	for i := 1; i <= 3; i++ {
		startMember(t, filepath.Join(dir, fmt.Sprintf("node%d", i)))
	}
	gwHome := filepath.Join(dir, "gw")
	node1, err := node.LoadClusterConfig(filepath.Join(dir, "node1"))
	if err != nil {
		t.Fatal(err)
	}
	// node1 is a gateway member: the command signs an admin token
	out, _ := e.ok("cluster", "join", "--from", filepath.Join(dir, "node1"), "--home", gwHome, "--stateless-gateway")
	conf, err := node.LoadClusterConfig(gwHome)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := node.NewMemberHome(gwHome)
	if !strings.Contains(out, "admitted stateless gateway "+id.String()) || !conf.StatelessGateway || conf.Self != "" || len(conf.Members) != 3 {
		t.Fatalf("join output %q, configuration %+v", out, conf)
	}
	e.fails(2, "cluster", "join", "--from", filepath.Join(dir, "node1"), "--home", gwHome, "--gateway", "--stateless-gateway")
	startMember(t, gwHome)
	// node2 is not a gateway: asked on loopback
	out, _ = e.ok("cluster", "gateways", "--home", filepath.Join(dir, "node2"))
	if strings.TrimSpace(out) != id.String()+"  admitted" {
		t.Fatalf("gateways: %q", out)
	}
	// a token revoked through a member is refused at the gateway member
	tokOut, tokErr := e.ok("cluster", "token", "create", "--home", filepath.Join(dir, "node1"), "--subject", "alice", "--scope", "amigo:read")
	tok := strings.TrimSpace(tokOut)
	jti := auth.TokenID(tok)
	if jti == "" || !strings.Contains(tokErr, "token "+jti+" for alice") {
		t.Fatalf("token create: %q %q", tokOut, tokErr)
	}
	st, err := http.NewRequest("GET", "http://"+node1.HTTP+"/v1/status", nil)
	if err != nil {
		t.Fatal(err)
	}
	st.Header.Set("Authorization", "Bearer "+tok)
	status := func() int {
		resp, err := http.DefaultClient.Do(st)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := status(); code != 200 {
		t.Fatalf("status with the token: %d", code)
	}
	out, _ = e.ok("cluster", "token", "revoke", "--home", filepath.Join(dir, "node2"), "--jti", jti)
	if !strings.Contains(out, "revoked token "+jti) {
		t.Fatalf("revoke output %q", out)
	}
	deadline := time.Now().Add(10 * time.Second)
	for status() != http.StatusUnauthorized {
		if time.Now().After(deadline) {
			t.Fatal("the revoked token is still taken")
		}
		time.Sleep(50 * time.Millisecond)
	}
	e.fails(2, "cluster", "token", "revoke", "--home", filepath.Join(dir, "node2"))

	out, _ = e.ok("cluster", "leave", "--home", gwHome)
	if !strings.Contains(out, id.String()+" left cluster rt") {
		t.Fatalf("leave output %q", out)
	}
	deadline = time.Now().Add(10 * time.Second)
	for {
		out, _ = e.ok("cluster", "gateways", "--home", filepath.Join(dir, "node3"))
		if out == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("gateways after leave: %q", out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// cluster init --tls writes a cluster that serves TLS with its own CA:
// the CLI reaches a gateway with --cacert or a context's ca_file, and is
// told what to do without; the admin commands and cluster join work over
// TLS from a member's home.
func TestClusterTLS(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	e.fails(2, "cluster", "init", "--name", "x", "--tls-host", "gw.example", "--output", t.TempDir())
	out, _ := e.ok("cluster", "init", "--name", "sec", "--nodes", "3", "--gateways", "1", "--tls", "--output", dir)
	ca := filepath.Join(dir, node.CAFile)
	for _, want := range []string{"node1  gateway  https://127.0.0.1:", "token service: https://", "certificate authority: " + ca} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	var gwURL string
	for i := 1; i <= 3; i++ {
		n := startMember(t, filepath.Join(dir, fmt.Sprintf("node%d", i)))
		if i == 1 {
			gwURL = n.HTTPURL()
		}
	}
	tok, _ := e.ok("cluster", "token", "create", "--home", filepath.Join(dir, "node1"), "--subject", "alice", "--scope", "amigo:read")
	e.vars[EnvRemote] = ""
	e.vars[EnvToken] = strings.TrimSpace(tok)
	line := e.fails(1, "--remote", gwURL, "status")
	if !strings.Contains(line, "does not trust") || !strings.Contains(line, "--cacert") {
		t.Fatalf("status without the CA: %s", line)
	}
	if out, _ := e.ok("--remote", gwURL, "--cacert", ca, "status"); !strings.Contains(out, gwURL) {
		t.Fatalf("status with --cacert: %s", out)
	}
	e.fails(1, "--remote", gwURL, "--cacert", filepath.Join(dir, "nope.pem"), "status")
	// a context keeps the CA (an absolute path) and the token
	delete(e.vars, EnvToken)
	e.ok("context", "create", "sec", "--remote", gwURL, "--cacert", ca, "--token", strings.TrimSpace(tok), "--use")
	if out, _ := e.ok("status"); !strings.Contains(out, gwURL) {
		t.Fatalf("status through the context: %s", out)
	}
	e.fails(2, "context", "create", "bad", "--remote", gwURL, "--cacert", filepath.Join(dir, "nope.pem"))
	// token create --context stores the cluster's CA with the token
	e.ok("cluster", "token", "create", "--home", filepath.Join(dir, "node1"), "--subject", "bob", "--scope", "amigo:read", "--context", "sec-bob")
	e.ok("context", "use", "sec-bob")
	if out, _ := e.ok("status"); !strings.Contains(out, gwURL) {
		t.Fatalf("status through token create's context: %s", out)
	}

	// admin commands over TLS, pinned to the member's certificate
	if out, _ := e.ok("cluster", "members", "--home", filepath.Join(dir, "node2")); strings.Count(out, "\n") != 4 || !strings.HasPrefix(out, "ADDRESS ") || !strings.Contains(out, "(answering)  yes        amigo/") {
		t.Fatalf("members over TLS: %q", out)
	}

	// a renewed certificate is served without a restart, and the pinned
	// admin client follows it (it reads the file)
	served := func() string {
		pool := x509.NewCertPool()
		b, _ := os.ReadFile(ca)
		pool.AppendCertsFromPEM(b)
		conn, err := tls.Dial("tcp", strings.TrimPrefix(gwURL, "https://"), &tls.Config{RootCAs: pool})
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		return conn.ConnectionState().PeerCertificates[0].SerialNumber.String()
	}
	before := served()
	out, _ = e.ok("cluster", "cert", "renew", "--home", filepath.Join(dir, "node1"), "--tls-host", "gw.example.test")
	if !strings.Contains(out, "gw.example.test") || !strings.Contains(out, "127.0.0.1") {
		t.Fatalf("renew output: %s", out)
	}
	deadline := time.Now().Add(10 * time.Second)
	for served() == before {
		if time.Now().After(deadline) {
			t.Fatal("the renewed certificate is not served")
		}
		time.Sleep(100 * time.Millisecond)
	}
	e.ok("cluster", "members", "--home", filepath.Join(dir, "node1"))
	if out, _ := e.ok("status"); !strings.Contains(out, gwURL) {
		t.Fatalf("status after the renewal: %s", out)
	}
	e.fails(1, "cluster", "cert", "renew", "--home", t.TempDir())
	gwHome := filepath.Join(dir, "gw")
	out, _ = e.ok("cluster", "join", "--from", filepath.Join(dir, "node1"), "--home", gwHome, "--stateless-gateway")
	if !strings.Contains(out, "(https://127.0.0.1:") {
		t.Fatalf("join output: %s", out)
	}
	conf, err := node.LoadClusterConfig(gwHome)
	if err != nil || conf.TLSCert != node.TLSCertFile {
		t.Fatalf("the joined gateway's configuration: %v %+v", err, conf)
	}
}

// cluster backup writes a checked backup of a running cluster; cluster
// init --restore starts a new cluster from it; a damaged backup is
// refused before any home is written.
func TestClusterBackupRestore(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	e.ok("cluster", "init", "--name", "orig", "--nodes", "3", "--gateways", "1", "--output", dir)
	var n2 *node.Node
	for i := 1; i <= 3; i++ {
		n := startMember(t, filepath.Join(dir, fmt.Sprintf("node%d", i)))
		if i == 2 {
			n2 = n
		}
	}
	ctx := context.Background()
	c, _ := client.New(n2.HTTPURL())
	defer c.Close()
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, err := c.Deploy(ctx, "counter", []vm.File{{Name: "c.go", Src: []byte("package counter\n\nvar n int\n\nfunc Inc() int { n++; return n }\n\nfunc Get() int { return n }\n")}}, client.CallOptions{})
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for i := 0; i < 3; i++ {
		if _, err := c.Call(ctx, "counter.Inc"); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(t.TempDir(), "orig.amigo-backup")
	// node1 is a gateway: the command signs an admin token
	out, _ := e.ok("cluster", "backup", "--home", filepath.Join(dir, "node1"), "--output", file)
	if !strings.Contains(out, "backup of cluster:orig, started at height 4 (transaction 4") {
		t.Fatalf("backup output: %s", out)
	}
	e.fails(2, "cluster", "backup", "--home", filepath.Join(dir, "node1"))

	b, _ := os.ReadFile(file)
	bad := filepath.Join(t.TempDir(), "bad")
	os.WriteFile(bad, b[:len(b)-10], 0o600)
	dir3 := t.TempDir()
	if line := e.fails(1, "cluster", "init", "--name", "x", "--output", dir3, "--restore", bad); !strings.Contains(line, "cut short") {
		t.Fatalf("a cut backup: %s", line)
	}
	if _, err := os.Stat(filepath.Join(dir3, "node1")); err == nil {
		t.Fatal("a refused restore wrote homes")
	}

	dir2 := t.TempDir()
	out, _ = e.ok("cluster", "init", "--name", "copy", "--nodes", "3", "--output", dir2, "--restore", file)
	if !strings.Contains(out, "every member starts from the backup of cluster:orig at height 4") {
		t.Fatalf("init --restore output: %s", out)
	}
	var m2 *node.Node
	for i := 1; i <= 3; i++ {
		n := startMember(t, filepath.Join(dir2, fmt.Sprintf("node%d", i)))
		if i == 2 {
			m2 = n
		}
	}
	c2, _ := client.New(m2.HTTPURL())
	defer c2.Close()
	if rc, err := c2.Query(ctx, "counter.Get"); err != nil || string(rc.Result) != "3" {
		t.Fatalf("the restored count: %v %+v", err, rc)
	}
}

// startMember starts the cluster node of home until the test ends.
func startMember(t *testing.T, home string) *node.Node {
	t.Helper()
	p, err := profiles.Lookup("cluster")
	if err != nil {
		t.Fatal(err)
	}
	n, err := node.New(node.Config{Profile: p, Home: home})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop(context.Background()) })
	return n
}
