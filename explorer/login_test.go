package explorer

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

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

// In Chromium: a gateway's explorer asks for a sign-in, takes a client's
// credentials, and then serves its pages, a query form (posted to the
// explorer) and the live events stream (the browser's GET /v1/events
// with the cookie); scripts cannot read the cookie.
func TestBrowserGatewayLogin(t *testing.T) {
	ctx := newBrowser(t)
	tn, res, is := startGateway(t)
	tok, _, err := is.Token("admin", []string{"amigo:deploy", "amigo:call", "amigo:read"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.New(tn.url, client.WithToken(tok))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	files, err := client.ReadPackage("testdata/board")
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for { // the member may still be electing itself
		_, err := c.Deploy(context.Background(), "board", files, client.CallOptions{})
		if err == nil || time.Now().After(deadline) {
			if err != nil {
				t.Fatal(err)
			}
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if _, err := c.Call(context.Background(), "board.Add", "First", "One."); err != nil {
		t.Fatal(err)
	}
	b := &browser{t: t, ctx: ctx, base: tn.url, shot: screenshots(t)}
	b.open("/board")
	if got := b.eval(`location.pathname + location.search`); got != "/login?next=%2Fboard" {
		t.Fatalf("without a session: at %s", got)
	}
	b.screenshot("gateway-login")
	b.do("fill in the client", chromedp.SendKeys(chromedp.CSS(`#client_id`), "admin"), chromedp.SendKeys(chromedp.CSS(`#client_secret`), res.AdminSecret))
	b.follow(`#client_secret ~ button`, "/board")
	if s := b.text("main"); !strings.Contains(s, "Count") {
		t.Fatalf("the package page after signing in: %s", s)
	}
	if v := b.eval(`document.cookie`); strings.Contains(v, api.TokenCookie) {
		t.Fatalf("a script reads the token cookie: %s", v)
	}
	// a query form posts to the explorer, which queries with the session
	if _, err := chromedp.Run(b.ctx, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Click(chromedp.CSS(`#fn-Count button[value=query]`)))); err != nil {
		t.Fatal(err)
	}
	b.waitFor("the query's result", `document.querySelector("#fn-Count .result pre.json")?.textContent === "1"`)
	// the events stream with the cookie
	b.open("/events")
	b.waitFor("the event stream", `document.getElementById("live").dataset.state === "on"`)
	if _, err := c.Call(context.Background(), "board.Add", "Live one", "Through the gateway."); err != nil {
		t.Fatal(err)
	}
	b.waitFor("the live event", `[...document.querySelectorAll("#events tbody tr.fresh")].some(r => r.textContent.includes("Live one"))`)
	b.screenshot("gateway-events")
}
