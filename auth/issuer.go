package auth

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	jose "github.com/go-jose/go-jose/v4"
)

// Client is an OAuth2 client of the built-in token service.
type Client struct {
	ID string
	// SecretHash is the hex sha256 of its secret.
	SecretHash string
	// Subject of its tokens (default ID).
	Subject string
	// Scopes it may be granted.
	Scopes []string
}

// IssuerConfig configures the built-in token service.
type IssuerConfig struct {
	// URL is the issuer ("iss"), the base of its endpoints.
	URL string
	// Audience is put in every token ("aud").
	Audience string
	// Secret seeds the signing keys (at least 32 bytes). Every member
	// holds the same secret, so each derives the same keys without
	// talking to the others.
	Secret []byte
	// Period is how long one signing key signs (default 24 h). The key
	// set holds the previous, current and next period's keys, so tokens
	// outlive a rotation; a token lives at most Period.
	Period time.Duration
	// TTL is a token's default lifetime (default 1 h, at most Period).
	TTL     time.Duration
	Clients []Client
	Now     func() time.Time
}

// Issuer is the cluster's built-in token service.
type Issuer struct {
	cfg  IssuerConfig
	mu   sync.Mutex
	keys map[int64]*ecdsa.PrivateKey
}

// NewIssuer returns the token service.
func NewIssuer(cfg IssuerConfig) (*Issuer, error) {
	if cfg.URL == "" || cfg.Audience == "" {
		return nil, errors.New("auth: the token service needs an issuer URL and an audience")
	}
	if len(cfg.Secret) < 32 {
		return nil, errors.New("auth: the token service's secret must be at least 32 bytes")
	}
	if cfg.Period <= 0 {
		cfg.Period = 24 * time.Hour
	}
	if cfg.TTL <= 0 {
		cfg.TTL = time.Hour
	}
	cfg.TTL = min(cfg.TTL, cfg.Period)
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Issuer{cfg: cfg, keys: map[int64]*ecdsa.PrivateKey{}}, nil
}

// URL is the issuer URL.
func (is *Issuer) URL() string { return is.cfg.URL }

func (is *Issuer) epoch(t time.Time) int64 { return t.Unix() / int64(is.cfg.Period/time.Second) }

func kid(epoch int64) string { return "amigo-" + strconv.FormatInt(epoch, 10) }

// key derives the P-256 key of a period: its scalar is
// HMAC-SHA256(secret, "amigo token key" || period || counter), the first
// value that is a valid scalar.
func (is *Issuer) key(epoch int64) *ecdsa.PrivateKey {
	is.mu.Lock()
	defer is.mu.Unlock()
	if k, ok := is.keys[epoch]; ok {
		return k
	}
	for ctr := uint64(0); ; ctr++ {
		m := hmac.New(sha256.New, is.cfg.Secret)
		m.Write([]byte("amigo token key"))
		m.Write(binary.BigEndian.AppendUint64(nil, uint64(epoch)))
		m.Write(binary.BigEndian.AppendUint64(nil, ctr))
		if k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), m.Sum(nil)); err == nil {
			if len(is.keys) > 16 {
				clear(is.keys)
			}
			is.keys[epoch] = k
			return k
		}
	}
}

// published are the periods whose keys are in the key set.
func (is *Issuer) published() []int64 {
	e := is.epoch(is.cfg.Now())
	return []int64{e - 1, e, e + 1}
}

// TokenID is the "jti" of a token, read without verifying it ("" when
// it has none or is malformed): `amigo cluster token create` shows it,
// to revoke the token later.
func TokenID(raw string) string {
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return ""
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return ""
	}
	var c struct {
		JTI string `json:"jti"`
	}
	json.Unmarshal(b, &c)
	return c.JTI
}

// Token signs a token for subject with scopes, valid for ttl (0: the
// default TTL; at most Period).
func (is *Issuer) Token(subject string, scopes []string, ttl time.Duration) (string, time.Time, error) {
	if subject == "" {
		return "", time.Time{}, errors.New("auth: a token needs a subject")
	}
	if ttl <= 0 {
		ttl = is.cfg.TTL
	}
	ttl = min(ttl, is.cfg.Period)
	now := is.cfg.Now()
	e := is.epoch(now)
	exp := now.Add(ttl)
	var id [16]byte
	rand.Read(id[:])
	claims := map[string]any{"iss": is.cfg.URL, "sub": subject, "aud": is.cfg.Audience, "jti": hex.EncodeToString(id[:]),
		"iat": now.Unix(), "nbf": now.Unix(), "exp": exp.Unix(), "scope": strings.Join(scopes, " ")}
	payload, _ := json.Marshal(claims)
	sig, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.ES256, Key: is.key(e)},
		(&jose.SignerOptions{}).WithType("JWT").WithHeader(jose.HeaderKey("kid"), kid(e)))
	if err != nil {
		return "", time.Time{}, fmt.Errorf("auth: signer: %w", err)
	}
	jws, err := sig.Sign(payload)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("auth: sign: %w", err)
	}
	raw, err := jws.CompactSerialize()
	return raw, exp, err
}

// JWKS is the public key set.
func (is *Issuer) JWKS() jose.JSONWebKeySet {
	var set jose.JSONWebKeySet
	for _, e := range is.published() {
		set.Keys = append(set.Keys, jose.JSONWebKey{Key: &is.key(e).PublicKey, KeyID: kid(e), Algorithm: string(jose.ES256), Use: "sig"})
	}
	return set
}

// KeySet verifies signatures with the published keys, locally: gateways
// of the cluster need no request to verify its tokens.
func (is *Issuer) KeySet() oidc.KeySet { return keySet{is} }

type keySet struct{ is *Issuer }

func (k keySet) VerifySignature(_ context.Context, raw string) ([]byte, error) {
	jws, err := jose.ParseSigned(raw, []jose.SignatureAlgorithm{jose.ES256})
	if err != nil {
		return nil, err
	}
	if len(jws.Signatures) != 1 {
		return nil, errors.New("want exactly one signature")
	}
	id := jws.Signatures[0].Header.KeyID
	for _, e := range k.is.published() {
		if kid(e) == id {
			return jws.Verify(&k.is.key(e).PublicKey)
		}
	}
	return nil, fmt.Errorf("unknown key id %q (the key set holds %s)", id, strings.Join(k.kids(), ", "))
}

func (k keySet) kids() []string {
	var out []string
	for _, e := range k.is.published() {
		out = append(out, kid(e))
	}
	return out
}

// Handler serves the discovery document
// (/.well-known/openid-configuration), the key set (/oauth2/jwks) and
// the token endpoint (/oauth2/token, client-credentials grant).
func (is *Issuer) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{
			"issuer": is.cfg.URL, "jwks_uri": is.cfg.URL + "/oauth2/jwks", "token_endpoint": is.cfg.URL + "/oauth2/token",
			"grant_types_supported": []string{"client_credentials"}, "response_types_supported": []string{"token"},
			"subject_types_supported": []string{"public"}, "id_token_signing_alg_values_supported": []string{"ES256"},
			"token_endpoint_auth_methods_supported": []string{"client_secret_basic", "client_secret_post"},
			"scopes_supported":                      []string{Scope(PermDeploy), Scope(PermCall), Scope(PermRead)},
		})
	})
	mux.HandleFunc("GET /oauth2/jwks", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, is.JWKS()) })
	mux.HandleFunc("POST /oauth2/token", is.token)
	return mux
}

// token is the client-credentials grant (RFC 6749 section 4.4).
func (is *Issuer) token(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request", "the body is not a form")
		return
	}
	if gt := r.PostForm.Get("grant_type"); gt != "client_credentials" {
		oauthError(w, http.StatusBadRequest, "unsupported_grant_type", fmt.Sprintf("grant_type %q: only client_credentials", gt))
		return
	}
	id, secret, ok := r.BasicAuth()
	if !ok {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	var c *Client
	for i := range is.cfg.Clients {
		if is.cfg.Clients[i].ID == id {
			c = &is.cfg.Clients[i]
		}
	}
	sum := sha256.Sum256([]byte(secret))
	if c == nil || subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum[:])), []byte(c.SecretHash)) != 1 {
		oauthError(w, http.StatusUnauthorized, "invalid_client", "unknown client or wrong secret")
		return
	}
	scopes := c.Scopes
	if s := r.PostForm.Get("scope"); s != "" {
		scopes = strings.Fields(s)
		for _, sc := range scopes {
			if !slices.Contains(c.Scopes, sc) {
				oauthError(w, http.StatusBadRequest, "invalid_scope", fmt.Sprintf("client %s may not have scope %s", c.ID, sc))
				return
			}
		}
	}
	sub := c.Subject
	if sub == "" {
		sub = c.ID
	}
	raw, exp, err := is.Token(sub, scopes, 0)
	if err != nil {
		oauthError(w, http.StatusInternalServerError, "server_error", err.Error())
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, map[string]any{"access_token": raw, "token_type": "Bearer",
		"expires_in": int(time.Until(exp).Seconds()), "scope": strings.Join(scopes, " ")})
}

func oauthError(w http.ResponseWriter, status int, code, desc string) {
	writeJSON(w, status, map[string]string{"error": code, "error_description": desc})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// HashSecret is the SecretHash of a client secret.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}
