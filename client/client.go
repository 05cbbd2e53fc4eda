// Package client is the Go client of an Amigo node's Network Interface
// (package api): the operations of /v1 as methods, over HTTP or, when the
// endpoint is a multiaddr, over the libp2p protocol /amigo/api/1. The CLI
// and the explorer use it; it never touches a store.
//
//	c, err := client.New("http://127.0.0.1:8888")
//	if err != nil { ... }
//	defer c.Close()
//	rc, err := c.Call(ctx, "hello.Greet", "world")
//
// Errors: a request the node refused is a *Error (its stable code, its
// message and, when the node attached one, a receipt); a transaction or
// query that ran and failed returns its receipt together with a
// *CallFailed; a node that cannot be reached gives an error matching
// ErrUnreachable.
package client

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/amigo-platform/amigo/api"
)

// DefaultEndpoint is the node a client talks to when given no endpoint:
// a dev node's default HTTP listener.
const DefaultEndpoint = "http://127.0.0.1:8888"

// Client talks to one node. It is safe for concurrent use.
type Client struct {
	endpoint string   // as given (after defaulting), for messages
	base     *url.URL // scheme://host[/prefix] the /v1 paths join onto
	hc       *http.Client
	token    string
	close    func() error // releases a libp2p host the client made
}

// Option configures New.
type Option func(*options) error

type options struct {
	hc    *http.Client
	token string
	roots *x509.CertPool // WithCACert: the system's and these
	p2p   p2pOptions
}

// WithHTTPClient sets the HTTP client of an http(s) endpoint (default: a
// client over http.DefaultTransport with no overall timeout, so event
// streams can stay open; bound requests with their context). It is ignored
// for multiaddr endpoints.
func WithHTTPClient(hc *http.Client) Option {
	return func(o *options) error {
		if hc == nil {
			return errors.New("client: nil HTTP client")
		}
		o.hc = hc
		return nil
	}
}

// WithCACert trusts, for an https:// endpoint, the certificate
// authorities in pemCerts (PEM) besides the system's: a node whose
// certificate a private CA signed, or a self-signed one. It is ignored
// with WithHTTPClient and for multiaddr endpoints.
func WithCACert(pemCerts []byte) Option {
	return func(o *options) error {
		roots, err := x509.SystemCertPool()
		if err != nil || roots == nil {
			roots = x509.NewCertPool()
		}
		if !roots.AppendCertsFromPEM(pemCerts) {
			return errors.New("client: no PEM certificate in the CA certificates given")
		}
		o.roots = roots
		return nil
	}
}

// WithToken sends token as an OAuth2 bearer token with every request, as
// gateways of the cluster profile require (default: none).
func WithToken(token string) Option {
	return func(o *options) error {
		o.token = token
		return nil
	}
}

type tokenKey struct{}

// ContextWithToken returns a context whose requests carry token as their
// bearer token instead of the client's own (WithToken): one client serves
// callers with tokens of their own, as the explorer does for each
// browser's session.
func ContextWithToken(ctx context.Context, token string) context.Context {
	return context.WithValue(ctx, tokenKey{}, token)
}

// New returns a client of the node at endpoint:
//
//   - "" is DefaultEndpoint;
//   - an http:// or https:// URL (a path prefix is kept: https://gw/amigo
//     serves https://gw/amigo/v1/...);
//   - host:port means http://host:port;
//   - a multiaddr ending in /p2p/<peer-id> makes an ephemeral, client-only
//     libp2p host that carries HTTP over the protocol api.Protocol; the
//     peer is dialled on the first request. Close releases the host.
//
// New does not contact the node.
func New(endpoint string, opts ...Option) (*Client, error) {
	var o options
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	c := &Client{endpoint: endpoint, token: o.token, close: func() error { return nil }}
	if strings.HasPrefix(endpoint, "/") {
		if err := c.dialP2P(endpoint, o.p2p); err != nil {
			return nil, err
		}
		return c, nil
	}
	u, err := parseHTTPEndpoint(endpoint)
	if err != nil {
		return nil, err
	}
	c.base = u
	c.hc = o.hc
	if c.hc == nil && o.roots != nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.TLSClientConfig = &tls.Config{RootCAs: o.roots, MinVersion: tls.VersionTLS12}
		c.hc = &http.Client{Transport: tr}
	}
	if c.hc == nil {
		c.hc = &http.Client{}
	}
	return c, nil
}

// CheckEndpoint reports whether endpoint is a form New accepts, without
// making anything.
func CheckEndpoint(endpoint string) error {
	if strings.HasPrefix(endpoint, "/") {
		_, err := parsePeerAddr(endpoint)
		return err
	}
	_, err := parseHTTPEndpoint(endpoint)
	return err
}

func parseHTTPEndpoint(endpoint string) (*url.URL, error) {
	s := endpoint
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("endpoint %q: %v", endpoint, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("endpoint %q: want an http(s) URL or a multiaddr with /p2p/<peer-id>", endpoint)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("endpoint %q has no host", endpoint)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("endpoint %q: a query or fragment is not allowed", endpoint)
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// Endpoint is the endpoint the client talks to.
func (c *Client) Endpoint() string { return c.endpoint }

// Close releases what the client holds (the libp2p host of a multiaddr
// endpoint). The client must not be used afterwards.
func (c *Client) Close() error { return c.close() }

// errorResponse is the body of every API error; Receipt is set when the
// failure belongs to a transaction that has one.
type errorResponse struct {
	Error   api.ErrorBody   `json:"error"`
	Receipt json.RawMessage `json:"receipt,omitempty"`
}

// maxErrorBody bounds how much of an error response is read.
const maxErrorBody = 1 << 20

// request builds a request of path (under /v1) with query q and, when in is
// non-nil, in as its JSON body.
func (c *Client) request(ctx context.Context, method, path string, q url.Values, in any) (*http.Request, error) {
	u := *c.base
	u.Path = c.base.Path + path
	if len(q) > 0 {
		u.RawQuery = q.Encode()
	}
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return nil, fmt.Errorf("client: encode request: %w", err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return nil, fmt.Errorf("client: %w", err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	if t, _ := ctx.Value(tokenKey{}).(string); t != "" {
		req.Header.Set("Authorization", "Bearer "+t)
	} else if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	return req, nil
}

// send sends req and returns the response when its status is 2xx; any
// other status is decoded into an *Error.
func (c *Client) send(req *http.Request) (*http.Response, error) {
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, c.transportError(req, err)
	}
	if resp.StatusCode/100 == 2 {
		return resp, nil
	}
	defer resp.Body.Close()
	return nil, c.decodeError(req, resp)
}

// do sends a request and decodes the JSON response into out.
func (c *Client) do(ctx context.Context, method, path string, q url.Values, in, out any) error {
	req, err := c.request(ctx, method, path, q, in)
	if err != nil {
		return err
	}
	resp, err := c.send(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%s %s: decode the node's response: %w", method, path, err)
	}
	return nil
}

// transportError classifies a failed round trip: a request that could not
// reach the node, a cancelled context, or a failure mid-exchange (after
// which the node may have acted on the request).
func (c *Client) transportError(req *http.Request, err error) error {
	if ctxErr := req.Context().Err(); ctxErr != nil {
		return fmt.Errorf("%s %s: %w", req.Method, req.URL.Path, ctxErr)
	}
	cause := err
	var ue *url.Error
	if errors.As(err, &ue) {
		cause = ue.Err
	}
	if isDialError(cause) {
		return &UnreachableError{Endpoint: c.endpoint, Err: cause}
	}
	var cv *tls.CertificateVerificationError
	if errors.As(cause, &cv) {
		// The handshake failed: the node did not see the request.
		return fmt.Errorf("the node at %s presented a TLS certificate this client does not trust (%w); trust its certificate authority with --cacert FILE, $AMIGO_CACERT or the context's ca_file (client.WithCACert in Go)", c.endpoint, cause)
	}
	return fmt.Errorf("request to the node at %s failed: %w", c.endpoint, cause)
}

func isDialError(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	var pd *peerDialError
	return errors.As(err, &pd)
}

// decodeError turns a non-2xx response into an *Error.
func (c *Client) decodeError(req *http.Request, resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	e := &Error{Status: resp.StatusCode}
	var er errorResponse
	if err := json.Unmarshal(b, &er); err == nil && er.Error.Code != "" {
		e.Code, e.Message = er.Error.Code, er.Error.Message
		if len(er.Receipt) > 0 && string(er.Receipt) != "null" {
			_ = json.Unmarshal(er.Receipt, &e.Receipt)
		}
		return e
	}
	// Not the API's error JSON: a proxy, another server, an old node.
	e.Code = api.CodeForStatus(resp.StatusCode)
	text := strings.TrimSpace(string(b))
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	if len(text) > 200 {
		text = text[:200] + "..."
	}
	e.Message = fmt.Sprintf("%s %s: unexpected response %s from %s (is it an amigo node?)", req.Method, req.URL.Path, resp.Status, c.endpoint)
	if text != "" {
		e.Message += ": " + text
	}
	return e
}

// setInt sets q[k] to v unless v is zero (the node's default).
func setInt(q url.Values, k string, v int64) {
	if v != 0 {
		q.Set(k, strconv.FormatInt(v, 10))
	}
}
