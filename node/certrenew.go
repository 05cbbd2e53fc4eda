package node

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// certCheckPeriod is how often a node looks at its certificate's expiry
// (tests shorten it).
var certCheckPeriod = time.Hour

// renewable reports whether the node renews its TLS certificate by
// itself: a cluster home's certificate of the cluster's CA (tls.crt in
// the home, served from there, with the CA's key beside it). Others
// (--tls-cert, a certificate of your own CA) are renewed by whoever
// issued them; the node reloads the files either way.
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
	for {
		leaf := n.tls.current().Leaf
		if left := time.Until(leaf.NotAfter); left < leaf.NotAfter.Sub(leaf.NotBefore)/3 {
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
