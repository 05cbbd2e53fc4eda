package node

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/client"
)

// testCA makes a CA in dir and a certificate of it for 127.0.0.1 in
// dir/tls.crt, dir/tls.key.
func testCA(t *testing.T, dir string) *clusterCA {
	t.Helper()
	ca, err := newClusterCA("test")
	if err != nil {
		t.Fatal(err)
	}
	if err := ca.save(dir, true); err != nil {
		t.Fatal(err)
	}
	var c ClusterConfig
	if err := ca.issue(dir, "127.0.0.1:0", nil, &c); err != nil {
		t.Fatal(err)
	}
	return ca
}

// servedSerial is the serial number of the certificate a new connection
// to addr (host:port) gets.
func servedSerial(t *testing.T, addr string, roots *x509.CertPool) string {
	t.Helper()
	conn, err := tls.Dial("tcp", addr, &tls.Config{RootCAs: roots, ServerName: "127.0.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	return conn.ConnectionState().PeerCertificates[0].SerialNumber.String()
}

// A node started with a certificate serves its API and explorer over
// TLS: a client that trusts the CA talks to it, one that does not is
// told so, plain HTTP is refused, and a renewed certificate is served
// without a restart.
func TestTLSAPI(t *testing.T) {
	dir := t.TempDir()
	ca := testCA(t, dir)
	n, err := New(Config{Home: filepath.Join(dir, "home"), HTTPAddr: "127.0.0.1:0", NoMDNS: true,
		TLSCert: filepath.Join(dir, TLSCertFile), TLSKey: filepath.Join(dir, TLSKeyFile)})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop(context.Background()) })
	if !strings.HasPrefix(n.HTTPURL(), "https://127.0.0.1:") {
		t.Fatalf("HTTPURL %q", n.HTTPURL())
	}
	ctx := context.Background()

	c, err := client.New(n.HTTPURL(), client.WithCACert(ca.certPEM))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if st, err := c.Status(ctx); err != nil || st.PeerID != n.Host().ID().String() {
		t.Fatalf("status over TLS: %v %+v", err, st)
	}
	// the node's own client (the explorer's) pins its certificate
	self, _ := client.New(n.HTTPURL(), client.WithHTTPClient(n.HTTPClient()))
	if _, err := self.Status(ctx); err != nil {
		t.Fatalf("the node's own client: %v", err)
	}

	stranger, _ := client.New(n.HTTPURL())
	_, err = stranger.Status(ctx)
	if err == nil || !strings.Contains(err.Error(), "does not trust") || !strings.Contains(err.Error(), "--cacert") {
		t.Fatalf("a client without the CA: %v", err)
	}
	u, _ := url.Parse(n.HTTPURL())
	resp, err := http.Get("http://" + u.Host + "/v1/status")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), "HTTPS") {
		t.Fatalf("plain HTTP to the TLS port: %d %s", resp.StatusCode, body)
	}

	// Renewal: new files in place; new connections get the new
	// certificate within about a second, the API keeps answering.
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(ca.certPEM)
	before := servedSerial(t, u.Host, roots)
	time.Sleep(10 * time.Millisecond) // a later modification time
	var cc ClusterConfig
	if err := ca.issue(dir, "127.0.0.1:0", nil, &cc); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "the renewed certificate is served", func() error {
		if s := servedSerial(t, u.Host, roots); s == before {
			return fmt.Errorf("still serial %s", s)
		}
		return nil
	})
	// A broken renewal (a key that is not the certificate's) keeps the
	// current certificate.
	cur := servedSerial(t, u.Host, roots)
	other := t.TempDir()
	testCA(t, other)
	keyPEM, _ := os.ReadFile(filepath.Join(other, TLSKeyFile))
	if err := os.WriteFile(filepath.Join(dir, TLSKeyFile), keyPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond)
	if s := servedSerial(t, u.Host, roots); s != cur {
		t.Fatalf("after a broken renewal the served certificate changed: %s, was %s", s, cur)
	}
	if _, err := c.Status(ctx); err != nil {
		t.Fatalf("status after a broken renewal: %v", err)
	}
}

// Bad TLS settings stop the start with an error naming what is wrong.
func TestTLSBadConfig(t *testing.T) {
	dir := t.TempDir()
	testCA(t, dir)
	junk := filepath.Join(dir, "junk.pem")
	os.WriteFile(junk, []byte("not a certificate"), 0o600)
	for _, c := range []struct {
		cert, key, want string
	}{
		{filepath.Join(dir, TLSCertFile), "", "go together"},
		{filepath.Join(dir, "missing.crt"), filepath.Join(dir, TLSKeyFile), "missing.crt"},
		{junk, filepath.Join(dir, TLSKeyFile), "junk.pem"},
		{filepath.Join(dir, TLSCertFile), filepath.Join(dir, CAKeyFile), "private key does not match"},
	} {
		n, err := New(Config{Home: filepath.Join(t.TempDir(), "home"), HTTPAddr: "127.0.0.1:0", NoMDNS: true, TLSCert: c.cert, TLSKey: c.key})
		if err != nil {
			t.Fatal(err)
		}
		err = n.Start(context.Background())
		n.Stop(context.Background())
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("cert %s key %s: %v, want an error with %q", filepath.Base(c.cert), filepath.Base(c.key), err, c.want)
		}
	}
}

// A cluster written with TLS serves every API over TLS with its CA's
// certificates: the token service (discovery and the client-credentials
// grant) over HTTPS, calls with its token, and the members' admin API
// to whoever holds a member's home.
func TestClusterTLS(t *testing.T) {
	dir := t.TempDir()
	res, err := InitCluster(InitOptions{Dir: dir, Name: "tls", Nodes: 3, Gateways: 1, TLS: true, TLSHosts: []string{"gw.example.test"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.IssuerURL, "https://") || res.CAFile != filepath.Join(dir, CAFile) {
		t.Fatalf("issuer %s, CA %s", res.IssuerURL, res.CAFile)
	}
	if _, err := os.Stat(filepath.Join(dir, CAKeyFile)); err == nil {
		t.Fatal("the CA's key is in the output directory beside ca.pem")
	}
	ns := startClusterNodes(t, res.Homes)
	gw := ns[0]
	caPEM, err := os.ReadFile(res.CAFile)
	if err != nil {
		t.Fatal(err)
	}
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(caPEM)
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots}}}
	leaf, _ := x509.ParseCertificate(gw.tls.current().Certificate[0])
	if err := leaf.VerifyHostname("gw.example.test"); err != nil {
		t.Fatalf("the certificate is not valid for --tls-host: %v", err)
	}

	var disc struct {
		Issuer        string `json:"issuer"`
		TokenEndpoint string `json:"token_endpoint"`
	}
	resp, err := hc.Get(gw.HTTPURL() + "/.well-known/openid-configuration")
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&disc)
	resp.Body.Close()
	if !strings.HasPrefix(disc.TokenEndpoint, "https://") {
		t.Fatalf("discovery over TLS: %+v", disc)
	}
	form := url.Values{"grant_type": {"client_credentials"}, "scope": {"amigo:call amigo:read amigo:deploy"}}
	req, _ := http.NewRequest("POST", disc.TokenEndpoint, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth("admin", res.AdminSecret)
	resp, err = hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	json.NewDecoder(resp.Body).Decode(&tok)
	resp.Body.Close()
	if resp.StatusCode != 200 || tok.AccessToken == "" {
		t.Fatalf("client credentials over TLS: %d", resp.StatusCode)
	}
	c, err := client.New(gw.HTTPURL(), client.WithCACert(caPEM), client.WithToken(tok.AccessToken))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	if st, err := c.Status(ctx); err != nil || st.Caller == "" {
		t.Fatalf("status with the token over TLS: %v %+v", err, st)
	}

	// the admin API of a member, to the holder of its home
	for i, home := range res.Homes {
		conf, err := LoadClusterConfig(home)
		if err != nil {
			t.Fatal(err)
		}
		base, ahc := ClusterHTTPClient(home, conf)
		if base != ns[i].HTTPURL() {
			t.Fatalf("member %d: admin base %s, node at %s", i+1, base, ns[i].HTTPURL())
		}
		resp, err := ahc.Get(base + "/metrics")
		if err != nil {
			t.Fatalf("member %d over TLS, pinned: %v", i+1, err)
		}
		resp.Body.Close()
	}
	// pinned to its own certificate, the admin client refuses another
	// member's
	conf0, _ := LoadClusterConfig(res.Homes[0])
	_, ahc := ClusterHTTPClient(res.Homes[0], conf0)
	if _, err := ahc.Get(ns[1].HTTPURL() + "/metrics"); err == nil || !strings.Contains(err.Error(), "not the node's") {
		t.Fatalf("a pinned client at another member: %v", err)
	}

	// a stateless gateway joining gets a certificate of the cluster's CA
	src, _ := LoadClusterConfig(res.Homes[0])
	gwConf, _, err := NewStatelessGatewayHome(res.Homes[0], src, filepath.Join(dir, "gw"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if gwConf.TLSCert != TLSCertFile || !strings.HasPrefix(gwConf.URL(), "https://") {
		t.Fatalf("the new gateway's configuration: %+v", gwConf)
	}
	if _, err := loadKeyPair(filepath.Join(dir, "gw", TLSCertFile), filepath.Join(dir, "gw", TLSKeyFile)); err != nil {
		t.Fatal(err)
	}
}

// A member renews its cluster certificate by itself when a third of its
// lifetime is left, and serves the new one without a restart; a node
// whose certificate is not the cluster CA's in its home leaves it alone.
// /metrics shows when the served certificate expires.
func TestCertRenewedByTheNode(t *testing.T) {
	old := certCheckPeriod
	certCheckPeriod = 100 * time.Millisecond
	t.Cleanup(func() { certCheckPeriod = old })
	dir := t.TempDir()
	res, err := InitCluster(InitOptions{Dir: dir, Name: "renew", Nodes: 1, TLS: true, TLSHosts: []string{"api.example.test"}})
	if err != nil {
		t.Fatal(err)
	}
	home := res.Homes[0]
	conf, err := LoadClusterConfig(home)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := loadClusterCA(home)
	if err != nil {
		t.Fatal(err)
	}
	// 10 minutes left of 70 (it was issued an hour back)
	if err := ca.issueFor(home, conf.HTTP, []string{"api.example.test"}, conf, 10*time.Minute); err != nil {
		t.Fatal(err)
	}
	n := startClusterNodes(t, res.Homes)[0]
	var leaf *x509.Certificate
	eventually(t, 10*time.Second, "the node serves a renewed certificate", func() error {
		resp, err := n.HTTPClient().Get(n.HTTPURL() + "/v1/status")
		if err != nil {
			return err
		}
		resp.Body.Close()
		leaf = resp.TLS.PeerCertificates[0]
		if time.Until(leaf.NotAfter) < 300*24*time.Hour {
			return fmt.Errorf("served certificate expires %s", leaf.NotAfter)
		}
		return nil
	})
	if err := leaf.VerifyHostname("api.example.test"); err != nil {
		t.Errorf("the renewed certificate lost a name: %v", err)
	}
	if !strings.Contains(metricsText(t, n), fmt.Sprintf("amigo_tls_cert_expiry_timestamp_seconds %s\n", strconv.FormatFloat(float64(leaf.NotAfter.Unix()), 'g', -1, 64))) {
		t.Errorf("/metrics does not show the expiry %s", leaf.NotAfter)
	}
	if !n.renewable() {
		t.Fatal("a cluster home's certificate is not renewable")
	}
	// a certificate of another CA in its place is not replaced
	otherCA, err := newClusterCA("other")
	if err != nil {
		t.Fatal(err)
	}
	if err := otherCA.issueFor(home, conf.HTTP, nil, conf, 10*time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := RenewCert(home, nil); err == nil || !strings.Contains(err.Error(), "not issued by the cluster CA") {
		t.Fatalf("renew a certificate of another CA: %v", err)
	}
	time.Sleep(1500 * time.Millisecond) // the node reloads it, and looks at it again
	if got := n.tls.current().Leaf; got.Issuer.CommonName == leaf.Issuer.CommonName {
		t.Fatalf("the node replaced a certificate of another CA: issuer %s", got.Issuer)
	}
	// as with --tls-cert
	other := &Node{cfg: Config{Home: home}, cl: n.cl, tls: &certSource{certFile: filepath.Join(dir, "own.crt"), keyFile: filepath.Join(home, TLSKeyFile)}}
	if other.renewable() {
		t.Error("a certificate from outside the home would be renewed")
	}
}
