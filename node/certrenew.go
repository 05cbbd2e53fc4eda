package node

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// certCheckPeriod is how often a node looks at its certificate's expiry
// (tests shorten it).
var certCheckPeriod = time.Hour

// renewable reports whether the node may renew its TLS certificate by
// itself: a cluster home's certificate (tls.crt in the home, served from
// there, with the CA's key beside it). RenewCert then also checks that
// the cluster's CA issued it. Others (--tls-cert, a certificate of your
// own CA) are renewed by whoever issued them; the node reloads the files
// either way.
func (n *Node) renewable() bool {
	if n.cl == nil || n.tls == nil {
		return false
	}
	home := filepath.Clean(n.cfg.Home)
	if n.tls.certFile != filepath.Join(home, TLSCertFile) || n.tls.keyFile != filepath.Join(home, TLSKeyFile) {
		return false
	}
	_, err := os.Stat(filepath.Join(home, CAKeyFile))
	return err == nil
}

// renewLoop renews the node's certificate when a third of its lifetime
// is left (about 132 days of 397), as ACME clients do: far enough ahead
// that a failure is seen, logged and alerted on (the expiry is in
// /metrics) long before clients would refuse the certificate.
func (n *Node) renewLoop(ctx context.Context) {
	t := time.NewTicker(certCheckPeriod)
	defer t.Stop()
	var foreign []byte // a certificate not of the cluster CA's, told once
	for {
		leaf := n.tls.current().Leaf
		ca, err := loadClusterCA(n.cfg.Home)
		switch {
		case err != nil:
			n.log.Error("TLS certificate renewal: the cluster CA does not load", "err", err)
		case leaf.CheckSignatureFrom(ca.cert) != nil:
			if !bytes.Equal(foreign, leaf.Raw) {
				foreign = leaf.Raw
				n.log.Info("the TLS certificate was not issued by the cluster CA: renew it with the CA that did (the node reloads it)", "file", n.tls.certFile, "issuer", leaf.Issuer.String())
			}
		case time.Until(leaf.NotAfter) < leaf.NotAfter.Sub(leaf.NotBefore)/3:
			c, err := RenewCert(n.cfg.Home, nil)
			if err != nil {
				n.log.Error("TLS certificate renewal failed; the node tries again later", "file", n.tls.certFile, "not_after", leaf.NotAfter, "err", err)
			} else {
				n.log.Info("TLS certificate renewed", "file", n.tls.certFile, "was_not_after", leaf.NotAfter, "not_after", c.NotAfter)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// certExpiry exports when the served certificate expires.
func (n *Node) certExpiry() prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "amigo_tls_cert_expiry_timestamp_seconds",
		Help: "When the TLS certificate the HTTP API serves expires (Unix time).",
	}, func() float64 { return float64(n.tls.current().Leaf.NotAfter.Unix()) })
}
