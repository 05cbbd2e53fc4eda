package node

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Every change asked of the admin API, accepted or refused, is logged
// with who asked: a token's subject on a gateway, loopback elsewhere.
func TestAdminAuditLog(t *testing.T) {
	homes, conf := testClusterHomes(t, 3)
	var logs [3]syncBuffer
	ns := startClusterNodesWith(t, homes, func(i int, c *Config) {
		c.Logger = slog.New(slog.NewTextHandler(&logs[i], nil))
	})
	is, err := BuiltinIssuer(conf)
	if err != nil {
		t.Fatal(err)
	}
	post := func(n *Node, token string) int {
		b, _ := json.Marshal(RevokeRequest{Subject: "mallory"})
		req, _ := http.NewRequest("POST", n.HTTPURL()+"/v1/cluster/revocations", bytes.NewReader(b))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(ns[0], tokenFor(t, is, "ops", "amigo:admin")); code != http.StatusNoContent {
		t.Fatalf("revoke with an admin token: %d", code)
	}
	if code := post(ns[0], ""); code != http.StatusUnauthorized {
		t.Fatalf("revoke without a token: %d", code)
	}
	if code := post(ns[1], ""); code != http.StatusNoContent {
		t.Fatalf("revoke on loopback at a member that is not a gateway: %d", code)
	}
	if code, _ := adminDo(t, ns[1], "GET", "/v1/cluster/members", nil); code != 200 {
		t.Fatalf("members: %d", code)
	}
	for _, c := range []struct {
		i    int
		want []string
	}{
		{0, []string{`msg="audit: cluster admin" action="POST /v1/cluster/revocations" by="subject \"ops\" of http://gateway.test (token `, "status=204"}},
		{0, []string{`by="a request without a valid token from 127.0.0.1:`, "status=401"}},
		{1, []string{`by="loopback 127.0.0.1:`, "status=204"}},
	} {
		found := false
		for _, line := range strings.Split(logs[c.i].String(), "\n") {
			ok := true
			for _, w := range c.want {
				ok = ok && strings.Contains(line, w)
			}
			found = found || ok
		}
		if !found {
			t.Errorf("member %d's log lacks a line with %q:\n%s", c.i+1, c.want, logs[c.i].String())
		}
	}
	if strings.Contains(logs[1].String(), "GET /v1/cluster/members") {
		t.Error("a read was audited")
	}
}
