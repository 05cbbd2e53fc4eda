package node

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"github.com/amigo-platform/amigo/internal/atomicfile"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// Files of a cluster's TLS (amigo cluster init --tls): the cluster's
// certificate authority, in every home and in the output directory, and
// each home's own certificate, which the CA signed.
const (
	CAFile      = "ca.pem"
	CAKeyFile   = "ca.key"
	TLSCertFile = "tls.crt"
	TLSKeyFile  = "tls.key"
)

// Validity of what the cluster's CA issues; a node reads its certificate
// files again when they change, so renewing is replacing them.
const (
	caValidity   = 10 * 365 * 24 * time.Hour
	leafValidity = 397 * 24 * time.Hour
)

// clusterCA is a cluster's certificate authority.
type clusterCA struct {
	cert            *x509.Certificate
	key             *ecdsa.PrivateKey
	certPEM, keyPEM []byte
}

func newClusterCA(name string) (*clusterCA, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          serial(),
		Subject:               pkix.Name{CommonName: "amigo cluster " + name + " CA"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(caValidity),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLenZero:        true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	cert, _ := x509.ParseCertificate(der)
	kb, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, err
	}
	return &clusterCA{cert: cert, key: key,
		certPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		keyPEM:  pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kb})}, nil
}

// loadClusterCA reads the CA in dir.
func loadClusterCA(dir string) (*clusterCA, error) {
	certPEM, err := os.ReadFile(filepath.Join(dir, CAFile))
	if err != nil {
		return nil, err
	}
	keyPEM, err := os.ReadFile(filepath.Join(dir, CAKeyFile))
	if err != nil {
		return nil, err
	}
	der, err := leafDER(certPEM)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, CAFile), err)
	}
	cert, _ := x509.ParseCertificate(der)
	b, _ := pem.Decode(keyPEM)
	if b == nil {
		return nil, fmt.Errorf("%s: no PEM block", filepath.Join(dir, CAKeyFile))
	}
	k, err := x509.ParsePKCS8PrivateKey(b.Bytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, CAKeyFile), err)
	}
	key, ok := k.(*ecdsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("%s: not an ECDSA key", filepath.Join(dir, CAKeyFile))
	}
	return &clusterCA{cert: cert, key: key, certPEM: certPEM, keyPEM: keyPEM}, nil
}

// save writes the CA into dir: the certificate readable by all, the key
// by its owner only.
func (ca *clusterCA) save(dir string, withKey bool) error {
	if err := os.WriteFile(filepath.Join(dir, CAFile), ca.certPEM, 0o644); err != nil {
		return err
	}
	if !withKey {
		return nil
	}
	return os.WriteFile(filepath.Join(dir, CAKeyFile), ca.keyPEM, 0o600)
}

// issue writes home's TLS certificate and key for a server at httpAddr
// (host:port), also valid for loopback and hosts (DNS names or IP
// addresses clients use), and points c at them.
func (ca *clusterCA) issue(home, httpAddr string, hosts []string, c *ClusterConfig) error {
	return ca.issueFor(home, httpAddr, hosts, c, leafValidity)
}

// issueFor is issue with a certificate valid for validity.
func (ca *clusterCA) issueFor(home, httpAddr string, hosts []string, c *ClusterConfig, validity time.Duration) error {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	names := []string{"localhost", "127.0.0.1", "::1"}
	if h, _, err := net.SplitHostPort(httpAddr); err == nil && h != "" {
		names = append(names, h)
	}
	names = append(names, hosts...)
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber: serial(),
		Subject:      pkix.Name{CommonName: names[len(names)-1]},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(validity),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, n := range slices.Compact(names) {
		if ip := net.ParseIP(n); ip != nil {
			if !slices.ContainsFunc(tmpl.IPAddresses, ip.Equal) {
				tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
			}
		} else if !slices.Contains(tmpl.DNSNames, n) {
			tmpl.DNSNames = append(tmpl.DNSNames, n)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		return err
	}
	kb, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	// the chain: the server's certificate, then the CA's. Each file is
	// replaced whole (a running node reads them again, and keeps its
	// certificate until the two match).
	chain := append(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), ca.certPEM...)
	if err := atomicfile.Write(filepath.Join(home, TLSKeyFile), pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kb}), 0o600); err != nil {
		return err
	}
	if err := atomicfile.Write(filepath.Join(home, TLSCertFile), chain, 0o644); err != nil {
		return err
	}
	c.TLSCert, c.TLSKey = TLSCertFile, TLSKeyFile
	return nil
}

// RenewCert issues home a new certificate from the cluster CA in the
// home, for the names of its current certificate plus hosts, and returns
// it. A running node serves it within a second or so.
func RenewCert(home string, hosts []string) (*x509.Certificate, error) {
	c, err := LoadClusterConfig(home)
	if err != nil {
		return nil, err
	}
	if c.TLSCert == "" {
		return nil, fmt.Errorf("%s serves no TLS (no tls_cert in its %s): amigo cluster init --tls writes homes that do", home, ClusterFile)
	}
	certFile := c.TLSCert
	if !filepath.IsAbs(certFile) {
		certFile = filepath.Join(home, certFile)
	}
	if filepath.Base(certFile) != TLSCertFile || filepath.Dir(certFile) != filepath.Clean(home) {
		return nil, fmt.Errorf("%s's certificate is %s, not the cluster CA's %s: renew it with the CA that issued it", home, certFile, TLSCertFile)
	}
	ca, err := loadClusterCA(home)
	if err != nil {
		return nil, fmt.Errorf("%s has no cluster CA to renew its certificate with (%v); renew it with your own CA and replace %s", home, err, certFile)
	}
	if b, err := os.ReadFile(certFile); err == nil {
		if der, err := leafDER(b); err == nil {
			old, _ := x509.ParseCertificate(der)
			if err := old.CheckSignatureFrom(ca.cert); err != nil {
				// one an operator put in place of the cluster's: not ours
				// to replace
				return nil, fmt.Errorf("%s was not issued by the cluster CA in %s (%v): renew it with the CA that issued it", certFile, home, err)
			}
			for _, ip := range old.IPAddresses {
				hosts = append(hosts, ip.String())
			}
			hosts = append(hosts, old.DNSNames...)
		}
	}
	if err := ca.issue(home, c.HTTP, hosts, c); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(certFile)
	if err != nil {
		return nil, err
	}
	der, err := leafDER(b)
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}

func serial() *big.Int {
	n, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 126))
	return n
}

// JoinTLS gives home, a new member or gateway of the cluster whose member
// srcHome holds src, what it needs to serve TLS as its cluster does: the
// cluster's CA (copied from srcHome) and a certificate of its own for
// c.HTTP, recorded in c. A cluster without TLS needs nothing.
func JoinTLS(srcHome string, src *ClusterConfig, home string, c *ClusterConfig) error {
	c.TLSCert, c.TLSKey = "", ""
	if src.TLSCert == "" {
		return nil
	}
	ca, err := loadClusterCA(srcHome)
	if err != nil {
		return fmt.Errorf("the cluster serves TLS, but %s has no CA to issue the new home's certificate (%v): put a certificate and key in %s and name them tls_cert and tls_key in its %s", srcHome, err, home, ClusterFile)
	}
	if err := ca.save(home, true); err != nil {
		return err
	}
	return ca.issue(home, c.HTTP, nil, c)
}

// httpScheme is the scheme of c's HTTP API.
func (c *ClusterConfig) httpScheme() string {
	if c.TLSCert != "" {
		return "https"
	}
	return "http"
}

// URL is the base URL of c's HTTP API.
func (c *ClusterConfig) URL() string { return c.httpScheme() + "://" + c.HTTP }
