package node

import (
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// Every metric docs/alerts/amigo-cluster.rules.yml names is one a cluster
// member exports.
func TestAlertRulesNameExportedMetrics(t *testing.T) {
	rules, err := os.ReadFile("../docs/alerts/amigo-cluster.rules.yml")
	if err != nil {
		t.Fatal(err)
	}
	// with TLS and a backup schedule, for their metrics too
	res, err := InitCluster(InitOptions{Dir: t.TempDir(), Name: "alerts", Nodes: 1, TLS: true})
	if err != nil {
		t.Fatal(err)
	}
	homes := res.Homes
	conf, err := LoadClusterConfig(homes[0])
	if err != nil {
		t.Fatal(err)
	}
	conf.Backup = BackupSchedule{Interval: time.Hour}
	if err := conf.Save(homes[0]); err != nil {
		t.Fatal(err)
	}
	n := startClusterNodes(t, homes)[0]
	metricsText(t, n) // the second scrape shows the first in the request counters
	body := metricsText(t, n)
	exported := map[string]bool{}
	for _, line := range strings.Split(body, "\n") {
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

// metricsText is n's /metrics.
func metricsText(t *testing.T, n *Node) string {
	t.Helper()
	resp, err := n.HTTPClient().Get(n.HTTPURL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
