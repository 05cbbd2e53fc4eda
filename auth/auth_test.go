package auth

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"

	"github.com/amigo-platform/amigo/api"
)

var secret = []byte("0123456789abcdef0123456789abcdef")

func newIssuer(t *testing.T, url, aud string, now func() time.Time) *Issuer {
	t.Helper()
	is, err := NewIssuer(IssuerConfig{URL: url, Audience: aud, Secret: secret, Now: now,
		Clients: []Client{{ID: "ci", SecretHash: HashSecret("s3cret"), Subject: "robot", Scopes: []string{"amigo:call", "amigo:read"}}}})
	if err != nil {
		t.Fatal(err)
	}
	return is
}

func authReq(tok string) *http.Request {
	r := httptest.NewRequest("POST", "/v1/call", nil)
	if tok != "" {
		r.Header.Set("Authorization", "Bearer "+tok)
	}
	return r
}

func b64(v any) string {
	b, _ := json.Marshal(v)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Every kind of bad token is refused with 401 or 403 and a reason that
// names what was wrong; a good one gives its subject's caller address.
func TestRejections(t *testing.T) {
	const iss, aud = "https://gw.example", "cluster:test"
	is := newIssuer(t, iss, aud, nil)
	v, err := NewVerifier(context.Background(), Config{Issuer: iss, Audience: aud, KeySet: is.KeySet(), Algs: []string{"ES256"}})
	if err != nil {
		t.Fatal(err)
	}
	tok := func(is *Issuer, sub string, scopes ...string) string {
		raw, _, err := is.Token(sub, scopes, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	past := func() time.Time { return time.Now().Add(-2 * time.Hour) }
	now := time.Now().Unix()
	claims := map[string]any{"iss": iss, "aud": aud, "sub": "mallory", "exp": now + 3600, "iat": now, "scope": "amigo:call"}
	hs, _ := jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: secret}, (&jose.SignerOptions{}).WithType("JWT"))
	payload, _ := json.Marshal(claims)
	hsJWS, _ := hs.Sign(payload)
	hsTok, _ := hsJWS.CompactSerialize()
	otherPeriod, _ := NewIssuer(IssuerConfig{URL: iss, Audience: aud, Secret: secret, Period: 7 * time.Hour})

	for _, tc := range []struct {
		name, token string
		code        api.ErrorCode
		want        string
	}{
		{"missing", "", api.CodeUnauthorized, "needs a bearer token"},
		{"garbage", "not.a.jwt", api.CodeUnauthorized, "malformed"},
		{"expired", tok(newIssuer(t, iss, aud, past), "alice", "amigo:call"), api.CodeUnauthorized, "expired"},
		{"wrong audience", tok(newIssuer(t, iss, "cluster:other", nil), "alice", "amigo:call"), api.CodeUnauthorized, "wrong audience"},
		{"wrong issuer", tok(newIssuer(t, "https://evil.example", aud, nil), "alice", "amigo:call"), api.CodeUnauthorized, "wrong issuer"},
		{"unknown key id", tok(otherPeriod, "alice", "amigo:call"), api.CodeUnauthorized, "unknown key id"},
		{"alg none", b64(map[string]string{"alg": "none", "typ": "JWT"}) + "." + b64(claims) + ".", api.CodeUnauthorized, "algorithm"},
		{"HS256", hsTok, api.CodeUnauthorized, "algorithm"},
		{"missing scope", tok(is, "alice", "amigo:read"), api.CodeForbidden, "lacks scope amigo:call"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := v.Authenticate(authReq(tc.token), PermCall)
			e, ok := err.(*api.Error)
			if !ok || e.Code != tc.code || !strings.Contains(e.Message, tc.want) {
				t.Fatalf("got %v, want %s with %q", err, tc.code, tc.want)
			}
			t.Log(e.Message)
		})
	}
	caller, err := v.Authenticate(authReq(tok(is, "alice", "amigo:call")), PermCall)
	if err != nil || caller != Caller(iss, "alice") {
		t.Fatalf("valid token: %q %v", caller, err)
	}
	if Caller(iss, "alice") == Caller("https://other.example", "alice") || Caller(iss, "alice") == Caller(iss, "bob") {
		t.Fatal("callers collide across issuers or subjects")
	}
}

// An external issuer: discovery, JWKS over HTTP, the client-credentials
// grant; keys rotate by period and the previous key still verifies.
func TestDiscoveryAndClientCredentials(t *testing.T) {
	var is *Issuer
	clock := time.Now()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { is.Handler().ServeHTTP(w, r) }))
	defer srv.Close()
	is = newIssuer(t, srv.URL, "cluster:x", func() time.Time { return clock })
	v, err := NewVerifier(context.Background(), Config{Issuer: srv.URL, Audience: "cluster:x", Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	// client credentials
	resp, err := http.PostForm(srv.URL+"/oauth2/token", map[string][]string{"grant_type": {"client_credentials"}, "client_id": {"ci"}, "client_secret": {"s3cret"}, "scope": {"amigo:call"}})
	if err != nil {
		t.Fatal(err)
	}
	var tr struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
	}
	json.NewDecoder(resp.Body).Decode(&tr)
	resp.Body.Close()
	if resp.StatusCode != 200 || tr.TokenType != "Bearer" {
		t.Fatalf("token endpoint: %d %+v", resp.StatusCode, tr)
	}
	caller, err := v.Authenticate(authReq(tr.AccessToken), PermCall)
	if err != nil || caller != Caller(srv.URL, "robot") {
		t.Fatalf("client-credentials token: %q %v", caller, err)
	}
	// a wrong secret and a scope the client may not have are refused
	for _, form := range []map[string][]string{
		{"grant_type": {"client_credentials"}, "client_id": {"ci"}, "client_secret": {"nope"}},
		{"grant_type": {"client_credentials"}, "client_id": {"ci"}, "client_secret": {"s3cret"}, "scope": {"amigo:deploy"}},
	} {
		resp, err := http.PostForm(srv.URL+"/oauth2/token", form)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == 200 {
			t.Fatalf("token granted to %v", form)
		}
	}
	// rotation: a day later the signing key changed; the verifier
	// fetches the new key set for the unknown kid, and the old token
	// (signed by the previous period's key) still verifies
	old, _, _ := is.Token("alice", []string{"amigo:call"}, time.Hour)
	clock = clock.Add(24 * time.Hour)
	fresh, _, _ := is.Token("alice", []string{"amigo:call"}, time.Hour)
	if hdr(t, old) == hdr(t, fresh) {
		t.Fatal("the signing key did not rotate")
	}
	if _, err := v.Authenticate(authReq(fresh), PermCall); err != nil {
		t.Fatalf("token signed with the rotated key: %v", err)
	}
	clock = clock.Add(-23*time.Hour - 30*time.Minute) // within the old token's life
	if _, err := v.Authenticate(authReq(old), PermCall); err != nil {
		t.Fatalf("token signed with the previous key: %v", err)
	}
}

func hdr(t *testing.T, raw string) string {
	jws, err := jose.ParseSigned(raw, []jose.SignatureAlgorithm{jose.ES256})
	if err != nil {
		t.Fatal(err)
	}
	return jws.Signatures[0].Header.KeyID
}

// A verified token is cached, but never past its expiry.
func TestCacheKeepsExpiry(t *testing.T) {
	clock := time.Now()
	now := func() time.Time { return clock }
	is := newIssuer(t, "https://gw", "aud", now)
	v, err := NewVerifier(context.Background(), Config{Issuer: "https://gw", Audience: "aud", KeySet: is.KeySet(), Algs: []string{"ES256"}, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	tok, _, _ := is.Token("alice", []string{"amigo:read"}, 10*time.Second)
	for i := 0; i < 3; i++ {
		if _, err := v.Authenticate(authReq(tok), PermRead); err != nil {
			t.Fatal(err)
		}
	}
	clock = clock.Add(10*time.Second + DefaultSkew + time.Second)
	if _, err := v.Authenticate(authReq(tok), PermRead); err == nil || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("expired cached token: %v", err)
	}
}

// The explorer's cookie stands for the Authorization header on reads
// (GET, HEAD) only; the header wins when both are sent; a bad cookie
// token is refused like a bad header.
func TestCookieAuthenticate(t *testing.T) {
	const iss, aud = "https://gw.example", "cluster:test"
	is := newIssuer(t, iss, aud, nil)
	v, err := NewVerifier(context.Background(), Config{Issuer: iss, Audience: aud, KeySet: is.KeySet(), Algs: []string{"ES256"}})
	if err != nil {
		t.Fatal(err)
	}
	alice, _, _ := is.Token("alice", []string{"amigo:read", "amigo:call"}, time.Hour)
	bob, _, _ := is.Token("bob", []string{"amigo:read"}, time.Hour)
	req := func(method, cookie, header string) *http.Request {
		r := httptest.NewRequest(method, "/v1/status", nil)
		if cookie != "" {
			r.AddCookie(&http.Cookie{Name: api.TokenCookie, Value: cookie})
		}
		if header != "" {
			r.Header.Set("Authorization", "Bearer "+header)
		}
		return r
	}
	for _, tc := range []struct {
		method, cookie, header, perm string
		caller                       string
		code                         api.ErrorCode
	}{
		{"GET", alice, "", "read", Caller(iss, "alice"), ""},
		{"HEAD", alice, "", "read", Caller(iss, "alice"), ""},
		{"GET", alice, bob, "read", Caller(iss, "bob"), ""},
		{"POST", alice, "", "call", "", api.CodeUnauthorized},
		{"PUT", alice, "", "read", "", api.CodeUnauthorized},
		{"GET", "garbage", "", "read", "", api.CodeUnauthorized},
		{"GET", bob, "", "call", "", api.CodeForbidden},
		{"GET", "", "", "read", "", api.CodeUnauthorized},
	} {
		caller, err := v.Authenticate(req(tc.method, tc.cookie, tc.header), tc.perm)
		var ae *api.Error
		switch {
		case tc.code == "" && (err != nil || caller != tc.caller):
			t.Errorf("%s cookie=%.8s header=%.8s: %q %v, want %q", tc.method, tc.cookie, tc.header, caller, err, tc.caller)
		case tc.code != "" && (!errors.As(err, &ae) || ae.Code != tc.code):
			t.Errorf("%s cookie=%.8s header=%.8s: %v, want %s", tc.method, tc.cookie, tc.header, err, tc.code)
		}
	}
}

// Tokens of the built-in service carry an id (jti) and issue time; a
// token Config.Revoked names is refused 401 "token revoked".
func TestRevokedToken(t *testing.T) {
	const iss, aud = "https://gw.example", "cluster:test"
	is := newIssuer(t, iss, aud, nil)
	var revoked string
	v, err := NewVerifier(context.Background(), Config{Issuer: iss, Audience: aud, KeySet: is.KeySet(), Algs: []string{"ES256"},
		Revoked: func(p *Principal) bool { return p.ID == revoked }})
	if err != nil {
		t.Fatal(err)
	}
	a, _, _ := is.Token("alice", []string{"amigo:call"}, time.Hour)
	b, _, _ := is.Token("alice", []string{"amigo:call"}, time.Hour)
	p, err := v.Verify(context.Background(), a)
	if err != nil || p.ID == "" || p.ID != TokenID(a) || p.ID == TokenID(b) || p.IssuedAt.IsZero() {
		t.Fatalf("principal %+v %v (ids %q %q)", p, err, TokenID(a), TokenID(b))
	}
	if _, err := v.Authenticate(authReq(a), "call"); err != nil {
		t.Fatal(err)
	}
	revoked = p.ID // after a verification: revocation is not cached
	_, err = v.Authenticate(authReq(a), "call")
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != api.CodeUnauthorized || !strings.Contains(ae.Message, "token revoked") {
		t.Fatalf("a revoked token: %v", err)
	}
	if _, err := v.Authenticate(authReq(b), "call"); err != nil {
		t.Fatalf("another token of the subject: %v", err)
	}
}
