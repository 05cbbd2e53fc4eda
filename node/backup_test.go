package node

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

const backupCounterSrc = `package counter

var n int

func Inc() int { n++; return n }

func Get() int { return n }
`

// A backup of a running cluster holds every acknowledged write; a new
// cluster restored from it starts with that state on every member and
// goes on from it; a damaged or cut backup is refused and leaves nothing
// behind.
func TestClusterBackupRestore(t *testing.T) {
	homes, _ := testClusterHomes(t, 3)
	ns := startClusterNodes(t, homes)
	ctx := context.Background()
	c, _ := client.New(ns[1].HTTPURL()) // not a gateway: loopback
	defer c.Close()
	eventually(t, 20*time.Second, "deploy", func() error {
		_, err := c.Deploy(ctx, "counter", []vm.File{{Name: "counter.go", Src: []byte(backupCounterSrc)}}, client.CallOptions{})
		return err
	})
	var last *engine.Receipt
	for i := 0; i < 5; i++ {
		var err error
		if last, err = c.Call(ctx, "counter.Inc"); err != nil {
			t.Fatal(err)
		}
	}
	// the backup, from another member than the one written through
	resp, err := http.Get(ns[2].HTTPURL() + "/v1/cluster/backup")
	if err != nil {
		t.Fatal(err)
	}
	backup, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("backup: %d %s", resp.StatusCode, backup)
	}
	hdr, err := VerifyBackup(bytes.NewReader(backup))
	if err != nil {
		t.Fatal(err)
	}
	// the last acknowledged write is in it (the member it was written
	// through may not have applied it yet: it was answered by the leader)
	if hdr.Head.Seq != last.Seq || hdr.Head.StateHash != last.StateHash || hdr.Network != "cluster:test" {
		t.Fatalf("backup header %+v, want the head of the last write %+v", hdr, last)
	}
	// over a gateway member, the admin API wants a token
	if resp, err := http.Get(ns[0].HTTPURL() + "/v1/cluster/backup"); err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("backup at a gateway without a token: %v %v", err, resp)
	}

	damaged := bytes.Clone(backup)
	damaged[len(damaged)/2] ^= 0xff
	for name, b := range map[string][]byte{"damaged": damaged, "cut": backup[:len(backup)-40], "not a backup": []byte("hello\n")} {
		if _, err := VerifyBackup(bytes.NewReader(b)); err == nil {
			t.Fatalf("%s: verified", name)
		}
		home := filepath.Join(t.TempDir(), "h")
		if _, err := RestoreBackup(home, bytes.NewReader(b)); err == nil {
			t.Fatalf("%s: restored", name)
		} else if !strings.Contains(err.Error(), "backup") {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := os.Stat(filepath.Join(home, "data")); err == nil {
			t.Fatalf("%s: a failed restore left state behind", name)
		}
	}

	res, err := InitCluster(InitOptions{Dir: t.TempDir(), Name: "copy", Nodes: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, home := range res.Homes {
		head, err := RestoreBackup(home, bytes.NewReader(backup))
		if err != nil {
			t.Fatal(err)
		}
		if head != hdr.Head {
			t.Fatalf("restored head %+v, want %+v", head, hdr.Head)
		}
		if _, err := RestoreBackup(home, bytes.NewReader(backup)); err == nil || !strings.Contains(err.Error(), "already holds state") {
			t.Fatalf("a second restore into the same home: %v", err)
		}
	}
	copies := startClusterNodes(t, res.Homes)
	c2, _ := client.New(copies[1].HTTPURL())
	defer c2.Close()
	if rc, err := c2.Query(ctx, "counter.Get"); err != nil || string(rc.Result) != "5" {
		t.Fatalf("the restored count: %v %+v", err, rc)
	}
	var rc *engine.Receipt
	eventually(t, 20*time.Second, "a call on the restored cluster", func() error {
		rc, err = c2.Call(ctx, "counter.Inc")
		return err
	})
	if string(rc.Result) != "6" || rc.Seq != hdr.Head.Seq+1 {
		t.Fatalf("the first call after the restore: %+v", rc)
	}
	waitSame(t, copies)
}
