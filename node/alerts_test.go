package node

import (
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Every metric docs/alerts/amigo-cluster.rules.yml names is one a cluster
// member exports.
func TestAlertRulesNameExportedMetrics(t *testing.T) {
	rules, err := os.ReadFile("../docs/alerts/amigo-cluster.rules.yml")
	if err != nil {
		t.Fatal(err)
	}
	homes, _ := testClusterHomes(t, 1)
	n := startClusterNodes(t, homes)[0]
	var body []byte
	for range 2 { // the second shows the first in the request counters
		resp, err := http.Get(n.HTTPURL() + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		body, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	exported := map[string]bool{}
	for _, line := range strings.Split(string(body), "\n") {
		if name, ok := strings.CutPrefix(line, "# TYPE "); ok {
			f := strings.Fields(name)
			exported[f[0]] = true
			if f[1] == "histogram" {
				exported[f[0]+"_bucket"] = true
			}
		}
	}
	names := regexp.MustCompile(`\bamigo_[a-z_]+\b`).FindAllString(string(rules), -1)
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) < 5 {
		t.Fatalf("the rules name %d metrics: %v", len(names), names)
	}
	for _, name := range names {
		if !exported[name] {
			t.Errorf("the rules name %s, which a member does not export", name)
		}
	}
}
