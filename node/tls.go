package node

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// certSource serves the certificate and key in two PEM files, read again
// when either changes (looked at no more than once a second, at a
// handshake), so a renewed certificate takes effect without a restart. A
// renewal that does not load is logged and the old certificate stays.
type certSource struct {
	certFile, keyFile string
	log               *slog.Logger

	mu      sync.Mutex
	cert    *tls.Certificate
	stamp   string // the files' sizes and modification times
	checked time.Time
}

// newCertSource loads certFile and keyFile; the error names the file.
func newCertSource(certFile, keyFile string, log *slog.Logger) (*certSource, error) {
	switch {
	case certFile == "" && keyFile == "":
		return nil, nil
	case certFile == "" || keyFile == "":
		return nil, errors.New("TLS: a certificate and its key go together (--tls-cert and --tls-key, or tls_cert and tls_key)")
	}
	s := &certSource{certFile: certFile, keyFile: keyFile, log: log}
	stamp, err := s.fileStamp()
	if err != nil {
		return nil, err
	}
	if s.cert, err = loadKeyPair(certFile, keyFile); err != nil {
		return nil, err
	}
	s.stamp, s.checked = stamp, time.Now()
	return s, nil
}

func (s *certSource) fileStamp() (string, error) {
	var b bytes.Buffer
	for _, f := range []string{s.certFile, s.keyFile} {
		fi, err := os.Stat(f)
		if err != nil {
			return "", fmt.Errorf("TLS: %w", err)
		}
		fmt.Fprintf(&b, "%d@%d;", fi.Size(), fi.ModTime().UnixNano())
	}
	return b.String(), nil
}

// loadKeyPair reads a certificate chain and its private key, with an
// error that names the file at fault.
func loadKeyPair(certFile, keyFile string) (*tls.Certificate, error) {
	certPEM, err := os.ReadFile(certFile)
	if err != nil {
		return nil, fmt.Errorf("TLS certificate: %w", err)
	}
	keyPEM, err := os.ReadFile(keyFile)
	if err != nil {
		return nil, fmt.Errorf("TLS key: %w", err)
	}
	if _, err := leafDER(certPEM); err != nil {
		return nil, fmt.Errorf("TLS certificate %s: %w", certFile, err)
	}
	c, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return nil, fmt.Errorf("TLS: %s with %s: %w", certFile, keyFile, err)
	}
	if c.Leaf == nil {
		if c.Leaf, err = x509.ParseCertificate(c.Certificate[0]); err != nil {
			return nil, fmt.Errorf("TLS certificate %s: %w", certFile, err)
		}
	}
	return &c, nil
}

// leafDER is the first certificate of a PEM file: the server's own.
func leafDER(certPEM []byte) ([]byte, error) {
	for rest := certPEM; ; {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return nil, errors.New("no CERTIFICATE block in PEM")
		}
		if b.Type == "CERTIFICATE" {
			if _, err := x509.ParseCertificate(b.Bytes); err != nil {
				return nil, err
			}
			return b.Bytes, nil
		}
	}
}

// current is the certificate served now, read again if its files changed.
func (s *certSource) current() *tls.Certificate {
	s.mu.Lock()
	defer s.mu.Unlock()
	if time.Since(s.checked) < time.Second {
		return s.cert
	}
	s.checked = time.Now()
	stamp, err := s.fileStamp()
	if err != nil || stamp == s.stamp {
		return s.cert
	}
	c, err := loadKeyPair(s.certFile, s.keyFile)
	if err != nil {
		// Often a renewal caught between its two files: tried again
		// at the next handshake a second later.
		s.log.Warn("the renewed TLS certificate does not load; serving the previous one", "err", err)
		return s.cert
	}
	s.cert, s.stamp = c, stamp
	s.log.Info("TLS certificate reloaded", "file", s.certFile, "subject", c.Leaf.Subject.String(), "not_after", c.Leaf.NotAfter)
	return c
}

func (s *certSource) serverConfig() *tls.Config {
	return &tls.Config{
		MinVersion:     tls.VersionTLS12,
		GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) { return s.current(), nil },
	}
}

// PinnedHTTPClient is an HTTP client that accepts over TLS exactly the
// server certificate leaf returns (a node's own, read from its file by
// whoever holds the node's home), whatever its names and issuer. Plain
// http:// URLs work as usual.
func PinnedHTTPClient(leaf func() ([]byte, error)) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig = &tls.Config{
		MinVersion: tls.VersionTLS12,
		// The check is VerifyConnection's: the exact certificate.
		InsecureSkipVerify: true,
		VerifyConnection: func(cs tls.ConnectionState) error {
			want, err := leaf()
			if err != nil {
				return err
			}
			if len(cs.PeerCertificates) == 0 || !bytes.Equal(cs.PeerCertificates[0].Raw, want) {
				return errors.New("the server's TLS certificate is not the node's")
			}
			return nil
		},
	}
	return &http.Client{Transport: tr}
}

// HTTPClient is an HTTP client of this node's own API (HTTPURL): over
// TLS it accepts exactly the certificate the node serves.
func (n *Node) HTTPClient() *http.Client {
	if n.tls == nil {
		return &http.Client{}
	}
	return PinnedHTTPClient(func() ([]byte, error) { return n.tls.current().Certificate[0], nil })
}

// tlsFiles are the certificate and key the node serves its HTTP API
// with: the flags', else cluster.toml's (relative to the home).
func (n *Node) tlsFiles() (cert, key string) {
	cert, key = n.cfg.TLSCert, n.cfg.TLSKey
	if cert == "" && key == "" && n.cl != nil {
		cert, key = n.cl.conf.TLSCert, n.cl.conf.TLSKey
		for _, p := range []*string{&cert, &key} {
			if *p != "" && !filepath.IsAbs(*p) {
				*p = filepath.Join(n.cfg.Home, *p)
			}
		}
	}
	return cert, key
}

// ClusterHTTPClient is a client of the member whose home is home (its
// cluster.toml's http address): over TLS it accepts exactly the
// certificate in the member's tls_cert file. The URL scheme follows.
func ClusterHTTPClient(home string, conf *ClusterConfig) (base string, hc *http.Client) {
	if conf.TLSCert == "" {
		return conf.URL(), &http.Client{}
	}
	certFile := conf.TLSCert
	if !filepath.IsAbs(certFile) {
		certFile = filepath.Join(home, certFile)
	}
	return conf.URL(), PinnedHTTPClient(func() ([]byte, error) {
		b, err := os.ReadFile(certFile)
		if err != nil {
			return nil, fmt.Errorf("TLS certificate: %w", err)
		}
		return leafDER(b)
	})
}
