package auth

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/api"
)

// Permissions a route needs, and the scopes that grant them.
const (
	PermDeploy = "deploy"
	PermCall   = "call"
	PermRead   = "read"
)

// Scope is the OAuth2 scope granting perm ("amigo:call").
func Scope(perm string) string { return "amigo:" + perm }

// DefaultSkew is the clock skew allowed on a token's expiry.
const DefaultSkew = 30 * time.Second

// Caller is the caller address of a token's subject: stable per issuer
// and subject, distinct across issuers.
func Caller(issuer, subject string) string {
	return address.ForName("oidc:" + issuer + "#" + subject)
}

// Principal is who a verified token speaks for.
type Principal struct {
	Issuer  string
	Subject string
	Caller  string
	Scopes  []string
	Expiry  time.Time
	// ID is the token's "jti" ("" when it has none); IssuedAt its "iat"
	// (zero when it has none): what a revocation names.
	ID       string
	IssuedAt time.Time
}

// Has reports whether the token grants perm.
func (p *Principal) Has(perm string) bool { return slices.Contains(p.Scopes, Scope(perm)) }

// Config configures a Verifier.
type Config struct {
	// Issuer is the issuer URL tokens must carry in "iss".
	Issuer string
	// Audience must be one of a token's "aud".
	Audience string
	// KeySet verifies signatures. Default (nil): the issuer's JWKS, found
	// by OIDC discovery at Issuer/.well-known/openid-configuration and
	// fetched again when a token names an unknown key (rotation).
	KeySet oidc.KeySet
	// Algs are the accepted signature algorithms (default RS256, ES256):
	// "none" and HMAC algorithms are never accepted.
	Algs []string
	// Skew is the clock skew allowed on expiry (default DefaultSkew).
	Skew time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
	// HTTPClient fetches discovery and keys (default http.DefaultClient).
	HTTPClient *http.Client
	// Revoked, if set, reports whether a verified token was revoked
	// (checked on every request, never cached). It must be safe for
	// concurrent use.
	Revoked func(*Principal) bool
}

// Verifier verifies bearer tokens.
type Verifier struct {
	cfg Config
	mu  sync.Mutex
	v   *oidc.IDTokenVerifier // nil until discovery succeeded

	// cache holds tokens verified recently (by sha256), so a client
	// sending the same token with every request costs one signature
	// check a minute, not one per request.
	cacheMu sync.Mutex
	cache   map[[32]byte]cached
}

type cached struct {
	p     *Principal
	until time.Time // re-verify after this (at most a minute, at most the expiry)
}

// maxCached bounds the verification cache; when full it is emptied.
const maxCached = 4096

// NewVerifier returns a verifier. With no KeySet, discovery is tried now
// and, if the issuer cannot be reached yet, again at the next token.
func NewVerifier(ctx context.Context, cfg Config) (*Verifier, error) {
	if cfg.Issuer == "" || cfg.Audience == "" {
		return nil, errors.New("auth: an issuer and an audience are required")
	}
	for _, a := range cfg.Algs {
		if a == "none" || strings.HasPrefix(a, "HS") {
			return nil, fmt.Errorf("auth: algorithm %s is not accepted for bearer tokens", a)
		}
	}
	if len(cfg.Algs) == 0 {
		cfg.Algs = []string{oidc.RS256, oidc.ES256}
	}
	if cfg.Skew <= 0 {
		cfg.Skew = DefaultSkew
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	v := &Verifier{cfg: cfg}
	if _, err := v.verifier(ctx); err != nil && cfg.KeySet != nil {
		return nil, err
	}
	return v, nil
}

func (v *Verifier) verifier(context.Context) (*oidc.IDTokenVerifier, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.v != nil {
		return v.v, nil
	}
	oc := &oidc.Config{ClientID: v.cfg.Audience, SupportedSigningAlgs: v.cfg.Algs,
		Now: func() time.Time { return v.cfg.Now().Add(-v.cfg.Skew) }}
	if v.cfg.KeySet != nil {
		v.v = oidc.NewVerifier(v.cfg.Issuer, v.cfg.KeySet, oc)
		return v.v, nil
	}
	// The key set outlives this request: fetches use a context of its own.
	p, err := oidc.NewProvider(oidc.ClientContext(context.Background(), httpClient(v.cfg.HTTPClient)), v.cfg.Issuer)
	if err != nil {
		return nil, fmt.Errorf("auth: discovery at %s: %w", v.cfg.Issuer, err)
	}
	v.v = p.Verifier(oc)
	return v.v, nil
}

func httpClient(c *http.Client) *http.Client {
	if c != nil {
		return c
	}
	return &http.Client{Timeout: 10 * time.Second}
}

// ErrToken is wrapped by every rejection of a token.
var ErrToken = errors.New("invalid bearer token")

// Verify checks a raw token and returns its principal. A rejection wraps
// ErrToken and says why in plain words.
func (v *Verifier) Verify(ctx context.Context, raw string) (*Principal, error) {
	key := sha256.Sum256([]byte(raw))
	now := v.cfg.Now()
	v.cacheMu.Lock()
	c, ok := v.cache[key]
	v.cacheMu.Unlock()
	if ok && now.Before(c.until) {
		return c.p, nil
	}
	p, err := v.verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	until := now.Add(time.Minute)
	if exp := p.Expiry.Add(v.cfg.Skew); exp.Before(until) {
		until = exp
	}
	v.cacheMu.Lock()
	if v.cache == nil || len(v.cache) >= maxCached {
		v.cache = map[[32]byte]cached{}
	}
	v.cache[key] = cached{p: p, until: until}
	v.cacheMu.Unlock()
	return p, nil
}

func (v *Verifier) verify(ctx context.Context, raw string) (*Principal, error) {
	ov, err := v.verifier(ctx)
	if err != nil {
		return nil, err
	}
	tok, err := ov.Verify(ctx, raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrToken, reason(err, v.cfg))
	}
	if tok.Subject == "" {
		return nil, fmt.Errorf("%w: no subject (sub)", ErrToken)
	}
	var claims struct {
		Scope string   `json:"scope"`
		Scp   []string `json:"scp"`
		JTI   string   `json:"jti"`
	}
	if err := tok.Claims(&claims); err != nil {
		return nil, fmt.Errorf("%w: claims: %v", ErrToken, err)
	}
	p := &Principal{Issuer: tok.Issuer, Subject: tok.Subject, Caller: Caller(tok.Issuer, tok.Subject), Expiry: tok.Expiry,
		Scopes: append(strings.Fields(claims.Scope), claims.Scp...), ID: claims.JTI, IssuedAt: tok.IssuedAt}
	return p, nil
}

// reason turns go-oidc's errors into the reason a client reads.
func reason(err error, cfg Config) string {
	var exp *oidc.TokenExpiredError
	msg := err.Error()
	switch {
	case errors.As(err, &exp):
		return fmt.Sprintf("expired at %s (allowed skew %s)", exp.Expiry.UTC().Format(time.RFC3339), cfg.Skew)
	case strings.Contains(msg, "different provider"):
		return fmt.Sprintf("wrong issuer: want %q (%s)", cfg.Issuer, msg)
	case strings.Contains(msg, "expected audience"):
		return fmt.Sprintf("wrong audience: want %q (%s)", cfg.Audience, msg)
	case strings.Contains(msg, "unexpected signature algorithm"), strings.Contains(msg, "unsupported"):
		return fmt.Sprintf("signature algorithm not accepted: want one of %s (%s)", strings.Join(cfg.Algs, ", "), msg)
	case strings.Contains(msg, "malformed"):
		return "malformed token: " + msg
	}
	return "signature not verified: " + msg
}

// Authenticate implements the API's hook: the request's bearer token is
// verified and must grant perm. A GET or HEAD request without an
// Authorization header may carry the token in the api.TokenCookie cookie
// instead (the explorer's login); other methods need the header. It
// answers 401 unauthorized for a missing or invalid token and 403
// forbidden for a valid token without the scope.
func (v *Verifier) Authenticate(r *http.Request, perm string) (string, error) {
	p, err := v.AuthenticatePrincipal(r, perm)
	if err != nil {
		return "", err
	}
	return p.Caller, nil
}

// AuthenticatePrincipal is Authenticate, giving the token's principal.
// A token Config.Revoked names is refused 401 "token revoked".
func (v *Verifier) AuthenticatePrincipal(r *http.Request, perm string) (*Principal, error) {
	h := r.Header.Get("Authorization")
	if h == "" && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		// A browser's explorer session: the token in an HttpOnly,
		// SameSite=Strict cookie, taken for reads only, so a page of
		// another site cannot make the browser write with it.
		if c, err := r.Cookie(api.TokenCookie); err == nil && c.Value != "" {
			h = "Bearer " + c.Value
		}
	}
	if h == "" {
		return nil, api.Errorf(api.CodeUnauthorized, "this gateway needs a bearer token (Authorization: Bearer <token>) with scope %s", Scope(perm))
	}
	scheme, raw, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(raw) == "" {
		return nil, api.Errorf(api.CodeUnauthorized, "Authorization: want \"Bearer <token>\"")
	}
	p, err := v.Verify(r.Context(), strings.TrimSpace(raw))
	if err != nil {
		return nil, api.Errorf(api.CodeUnauthorized, "%v", err)
	}
	if v.cfg.Revoked != nil && v.cfg.Revoked(p) {
		return nil, api.Errorf(api.CodeUnauthorized, "token revoked (subject %s, id %s)", p.Subject, p.ID)
	}
	if !p.Has(perm) {
		return nil, api.Errorf(api.CodeForbidden, "the token of %s lacks scope %s (it has: %s)", p.Subject, Scope(perm), strings.Join(p.Scopes, " "))
	}
	return p, nil
}
