package node

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/amigo-platform/amigo/node/engine"
)

// metrics are the node's Prometheus metrics, on a registry of its own (so
// several nodes can run in one process).
type metrics struct {
	reg      *prometheus.Registry
	txs      *prometheus.CounterVec
	gas      prometheus.Counter
	height   prometheus.Gauge
	queries  prometheus.Counter
	requests *prometheus.CounterVec
	latency  prometheus.Histogram
}

func newMetrics() *metrics {
	m := &metrics{
		reg:      prometheus.NewRegistry(),
		txs:      prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amigo_transactions_total", Help: "Transactions applied, by kind and outcome."}, []string{"kind", "outcome"}),
		gas:      prometheus.NewCounter(prometheus.CounterOpts{Name: "amigo_gas_used_total", Help: "Gas used by applied transactions."}),
		height:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "amigo_height", Help: "Height of the last applied transaction."}),
		queries:  prometheus.NewCounter(prometheus.CounterOpts{Name: "amigo_queries_total", Help: "Queries and renders served."}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "amigo_http_requests_total", Help: "HTTP requests, by status class."}, []string{"code"}),
		latency:  prometheus.NewHistogram(prometheus.HistogramOpts{Name: "amigo_http_request_seconds", Help: "HTTP request latency.", Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16)}),
	}
	m.reg.MustRegister(m.txs, m.gas, m.height, m.queries, m.requests, m.latency,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) observe(rc *engine.Receipt) {
	outcome := "ok"
	if !rc.OK() {
		outcome = rc.ErrorKind
	}
	m.txs.WithLabelValues(string(rc.Kind), outcome).Inc()
	m.gas.Add(float64(rc.GasUsed))
}

// instrument counts requests and their latency.
func (m *metrics) instrument(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: 200}
		h.ServeHTTP(sw, r)
		m.latency.Observe(time.Since(start).Seconds())
		m.requests.WithLabelValues(string(rune('0'+sw.code/100)) + "xx").Inc()
	})
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) { w.code = code; w.ResponseWriter.WriteHeader(code) }

// Flush lets server-sent events through.
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
