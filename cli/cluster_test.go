package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/amigo-platform/amigo/node"
)

// cluster init --stateless-gateways writes gateway homes the members
// trust.
func TestClusterInitStatelessGateways(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	out, _ := e.ok("cluster", "init", "--name", "sg", "--nodes", "3", "--gateways", "0", "--stateless-gateways", "2", "--output", dir)
	for _, want := range []string{"node3  member", "gateway1  stateless gateway", "gateway2  stateless gateway", "token service: http://"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	gw, err := node.LoadClusterConfig(filepath.Join(dir, "gateway2"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := node.LoadClusterConfig(filepath.Join(dir, "node1"))
	if err != nil {
		t.Fatal(err)
	}
	if !gw.StatelessGateway || gw.Self != "" || len(gw.Members) != 3 || m.StatelessGateway || len(m.Gateways) != 2 || m.Auth.IssuerURL != gw.Auth.IssuerURL {
		t.Fatalf("gateway %+v\nmember %+v", gw, m)
	}
	e.fails(2, "cluster", "init", "--name", "x", "--stateless-gateways", "-1", "--output", t.TempDir())
}
