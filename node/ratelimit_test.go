package node

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
)

func TestCallerLimiter(t *testing.T) {
	if newCallerLimiter(0, 10).allow("x") != nil {
		t.Fatal("no rate limit refused a request")
	}
	l := newCallerLimiter(5, 3)
	for i := 0; i < 3; i++ {
		if err := l.allow("alice"); err != nil {
			t.Fatalf("request %d of a burst of 3: %v", i+1, err)
		}
	}
	err := l.allow("alice")
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != api.CodeRateLimited || ae.RetryAfter <= 0 || ae.RetryAfter > 200*time.Millisecond ||
		!strings.Contains(ae.Message, "caller alice is over this gateway's rate limit of 5 requests a second (bursts of 3)") {
		t.Fatalf("over the burst: %#v", err)
	}
	if err := l.allow("bob"); err != nil {
		t.Fatalf("another caller: %v", err)
	}
	time.Sleep(ae.RetryAfter + 10*time.Millisecond)
	if err := l.allow("alice"); err != nil {
		t.Fatalf("after Retry-After: %v", err)
	}
	// full buckets are dropped at the next sweep; the others stay
	l.mu.Lock()
	l.swept = time.Now().Add(-2 * time.Minute)
	l.mu.Unlock()
	time.Sleep(700 * time.Millisecond) // bob's bucket refills; alice's too
	l.allow("carol")
	l.mu.Lock()
	_, bob := l.callers["bob"]
	_, carol := l.callers["carol"]
	l.mu.Unlock()
	if bob || !carol {
		t.Fatalf("after a sweep: bob kept %v (full bucket), carol kept %v (just used)", bob, carol)
	}
}

// A gateway member and a stateless gateway with [auth] rate_limit refuse
// a caller over it 429 with Retry-After, and serve other callers.
func TestGatewayRateLimit(t *testing.T) {
	dir := t.TempDir()
	res, err := InitCluster(InitOptions{Dir: dir, Name: "rl", Nodes: 3, Gateways: 1, StatelessGateways: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, home := range append([]string{res.Homes[0]}, res.GatewayHomes...) {
		c, err := LoadClusterConfig(home)
		if err != nil {
			t.Fatal(err)
		}
		c.Auth.RateLimit, c.Auth.RateBurst = 0.5, 3 // one request every 2 s after a burst of 3
		if err := c.Save(home); err != nil {
			t.Fatal(err)
		}
	}
	members := startClusterNodes(t, res.Homes)
	gws := startClusterNodes(t, res.GatewayHomes)
	conf, _ := LoadClusterConfig(res.Homes[0])
	is, err := BuiltinIssuer(conf)
	if err != nil {
		t.Fatal(err)
	}
	alice, bob := tokenFor(t, is, "alice", "amigo:read"), tokenFor(t, is, "bob", "amigo:read")
	probes := 0
	for _, gw := range []*Node{members[0], gws[0]} {
		get := func(tok string) *http.Response {
			req, _ := http.NewRequest("GET", gw.HTTPURL()+"/v1/status", nil)
			req.Header.Set("Authorization", "Bearer "+tok)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			return resp
		}
		eventually(t, 20*time.Second, "the gateway serves", func() error {
			probes++ // a caller of its own each time: none is limited
			c, _ := client.New(gw.HTTPURL(), client.WithToken(tokenFor(t, is, fmt.Sprintf("probe%d", probes), "amigo:read")))
			_, err := c.Status(context.Background())
			return err
		})
		for i := 0; i < 3; i++ {
			if resp := get(alice); resp.StatusCode != 200 {
				t.Fatalf("%s: request %d of alice's burst: %d", gw.HTTPURL(), i+1, resp.StatusCode)
			}
		}
		resp := get(alice)
		if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "2" {
			t.Fatalf("%s: alice over the limit: %d, Retry-After %q", gw.HTTPURL(), resp.StatusCode, resp.Header.Get("Retry-After"))
		}
		c, _ := client.New(gw.HTTPURL(), client.WithToken(alice))
		_, err := c.Status(context.Background())
		var ce *client.Error
		if !errors.As(err, &ce) || ce.Code != api.CodeRateLimited || !strings.Contains(ce.Message, "rate limit of 0.5 requests a second") {
			t.Fatalf("%s: the client's error: %v", gw.HTTPURL(), err)
		}
		if resp := get(bob); resp.StatusCode != 200 {
			t.Fatalf("%s: bob while alice is limited: %d", gw.HTTPURL(), resp.StatusCode)
		}
	}
}
