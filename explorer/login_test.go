package explorer

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/auth"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node"
	"github.com/amigo-platform/amigo/profiles"
)

// startGateway starts a one-member cluster whose member is a gateway
// (tokens from its built-in token service), with the explorer at /.
func startGateway(t *testing.T) (*testNode, *node.InitResult, *auth.Issuer) {
	t.Helper()
	dir := t.TempDir()
	res, err := node.InitCluster(node.InitOptions{Dir: dir, Name: "ex", Nodes: 1, Gateways: 1})
	if err != nil {
		t.Fatal(err)
	}
	p, err := profiles.Lookup("cluster")
	if err != nil {
		t.Fatal(err)
	}
	tn := startNodeConfig(t, node.Config{Profile: p, Home: res.Homes[0]}, Options{})
	conf, err := node.LoadClusterConfig(res.Homes[0])
	if err != nil {
		t.Fatal(err)
	}
	is, err := node.BuiltinIssuer(conf)
	if err != nil {
		t.Fatal(err)
	}
	return tn, res, is
}

// On a gateway, the explorer sends a browser without a session to the
// login page; a token (pasted, or from the built-in token service with a
// client's credentials) becomes an HttpOnly, SameSite=Strict cookie; with
// it the explorer's pages and the browser's GET requests to /v1 are
// served as the token's subject, never a write.
func TestGatewayLogin(t *testing.T) {
	tn, res, is := startGateway(t)
	form := func(v url.Values, hdr http.Header) (*http.Response, string) {
		if hdr == nil {
			hdr = http.Header{}
		}
		hdr.Set("Content-Type", "application/x-www-form-urlencoded")
		return tn.do("POST", "/login", strings.NewReader(v.Encode()), hdr)
	}
	withCookie := func(c *http.Cookie) http.Header {
		return http.Header{"Cookie": {c.String()}}
	}
	// no session: the pages send the browser to the login page
	resp, _ := tn.get("/packages?q=x")
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login?next="+url.QueryEscape("/packages?q=x") {
		t.Fatalf("a page without a session: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := tn.get("/packages?format=json"); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("a JSON twin without a session: %d", resp.StatusCode)
	}
	resp, body := tn.get("/login?next=/packages")
	contains(t, "login page", body, `name="token"`, `name="client_id"`, `value="/packages"`)
	// a wrong secret, a bad token
	resp, body = form(url.Values{"client_id": {"admin"}, "client_secret": {"wrong"}}, nil)
	if resp.StatusCode != http.StatusUnauthorized || resp.Header.Get("Set-Cookie") != "" {
		t.Fatalf("wrong secret: %d %s", resp.StatusCode, resp.Header.Get("Set-Cookie"))
	}
	contains(t, "wrong secret", body, "the token service refused the client")
	if resp, _ = form(url.Values{"token": {"not.a.token"}}, nil); resp.StatusCode != http.StatusUnauthorized || resp.Header.Get("Set-Cookie") != "" {
		t.Fatalf("bad token: %d", resp.StatusCode)
	}
	// another site's form is refused
	if resp, _ = form(url.Values{"client_id": {"admin"}, "client_secret": {res.AdminSecret}}, http.Header{"Origin": {"http://evil.example"}}); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-site login: %d", resp.StatusCode)
	}
	// the client's credentials
	resp, _ = form(url.Values{"client_id": {"admin"}, "client_secret": {res.AdminSecret}, "next": {"/packages"}}, nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/packages" {
		t.Fatalf("login: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == api.TokenCookie {
			cookie = c
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode || cookie.Path != "/" || cookie.MaxAge <= 0 {
		t.Fatalf("session cookie %+v", cookie)
	}
	resp, body = tn.do("GET", "/packages", nil, withCookie(cookie))
	if resp.StatusCode != 200 {
		t.Fatalf("packages with a session: %d %s", resp.StatusCode, clip(body))
	}
	contains(t, "packages with a session", body, `data-session="1"`, "Signed in")
	// the browser's own reads of /v1 carry the cookie
	resp, body = tn.do("GET", "/v1/status", nil, withCookie(cookie))
	var st api.Status
	json.Unmarshal([]byte(body), &st)
	if resp.StatusCode != 200 || st.Caller != auth.Caller(is.URL(), "admin") {
		t.Fatalf("GET /v1/status with the cookie: %d %s", resp.StatusCode, body)
	}
	// ... and never a write
	hdr := withCookie(cookie)
	hdr.Set("Content-Type", "application/json")
	if resp, body = tn.do("POST", "/v1/call", strings.NewReader(`{"package":"x","func":"F"}`), hdr); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("POST /v1/call with the cookie: %d %s", resp.StatusCode, body)
	}
	// the login page says who is signed in
	_, body = tn.do("GET", "/login", nil, withCookie(cookie))
	contains(t, "login page with a session", body, auth.Caller(is.URL(), "admin"), `action="/logout"`)

	// a pasted token works as well; its subject is the caller
	tok, _, err := is.Token("alice", []string{"amigo:read"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	resp, _ = form(url.Values{"token": {"Bearer " + tok}, "next": {"//evil.example/"}}, nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
		t.Fatalf("login with a token: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	alice := resp.Cookies()[0]
	c, _ := client.New(tn.url)
	defer c.Close()
	st2, err := c.Status(client.ContextWithToken(context.Background(), alice.Value))
	if err != nil || st2.Caller != auth.Caller(is.URL(), "alice") {
		t.Fatalf("the pasted token: %v %+v", err, st2)
	}
	resp, body = tn.do("GET", "/", nil, withCookie(alice))
	if resp.StatusCode != 200 {
		t.Fatalf("home with a pasted token: %d %s", resp.StatusCode, clip(body))
	}
	// sign out
	resp, _ = tn.do("POST", "/logout", nil, withCookie(alice))
	if resp.StatusCode != http.StatusSeeOther || len(resp.Cookies()) != 1 || resp.Cookies()[0].MaxAge >= 0 {
		t.Fatalf("logout: %d %v", resp.StatusCode, resp.Cookies())
	}
}
