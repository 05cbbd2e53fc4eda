package node

import (
	"bytes"
	"context"
	"fmt"
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

// A member with a [backup] schedule writes backups of its state by
// itself: whole and checked (the newest holds the last write), the oldest
// removed beyond keep, what a crash cut short removed at start, counted
// in /metrics; a bad schedule is refused with the reason.
func TestScheduledBackups(t *testing.T) {
	old := minBackupInterval
	minBackupInterval = 100 * time.Millisecond
	t.Cleanup(func() { minBackupInterval = old })
	homes, _ := testClusterHomes(t, 3)
	conf, err := LoadClusterConfig(homes[1])
	if err != nil {
		t.Fatal(err)
	}
	conf.Backup = BackupSchedule{Interval: 150 * time.Millisecond, Dir: "bk", Keep: 2}
	if err := conf.Save(homes[1]); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(homes[1], "bk")
	os.MkdirAll(dir, 0o700)
	partial := filepath.Join(dir, "test-20260101T000000.000Z-3.amigo-backup.partial-123")
	os.WriteFile(partial, []byte("cut"), 0o600)
	other := filepath.Join(dir, "notes.txt") // not the schedule's: kept
	os.WriteFile(other, []byte("mine"), 0o600)

	ns := startClusterNodes(t, homes)
	ctx := context.Background()
	c, _ := client.New(ns[1].HTTPURL())
	defer c.Close()
	eventually(t, 20*time.Second, "deploy", func() error {
		_, err := c.Deploy(ctx, "counter", []vm.File{{Name: "counter.go", Src: []byte(backupCounterSrc)}}, client.CallOptions{})
		return err
	})
	var last *engine.Receipt
	for i := 0; i < 3; i++ {
		if last, err = c.Call(ctx, "counter.Inc"); err != nil {
			t.Fatal(err)
		}
	}
	var newest string
	eventually(t, 20*time.Second, "a scheduled backup holding the last write, two kept", func() error {
		names, err := filepath.Glob(filepath.Join(dir, "test-*.amigo-backup"))
		if err != nil || len(names) == 0 {
			return fmt.Errorf("no backup yet (%v)", err)
		}
		newest = names[len(names)-1]
		f, err := os.Open(newest)
		if err != nil {
			return err // pruned in between
		}
		defer f.Close()
		hdr, err := VerifyBackup(f)
		if err != nil {
			return fmt.Errorf("%s: %v", newest, err)
		}
		if hdr.Head.Seq != last.Seq || hdr.Head.StateHash != last.StateHash {
			return fmt.Errorf("the newest backup %s is at %d, the last write at %d", newest, hdr.Head.Seq, last.Seq)
		}
		if len(names) != 2 {
			return fmt.Errorf("%d backups kept: %v", len(names), names)
		}
		return nil
	})
	if _, err := os.Stat(partial); err == nil {
		t.Error("the partial backup a crash left was not removed")
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("a file that is not a backup was removed: %v", err)
	}
	m := metricsText(t, ns[1])
	for _, want := range []string{"amigo_backup_interval_seconds 0.15", "amigo_backup_failures_total 0"} {
		if !strings.Contains(m, want+"\n") {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if !strings.Contains(m, "amigo_backups_total ") || strings.Contains(m, "amigo_backups_total 0\n") {
		t.Error("/metrics counts no backup")
	}
	if strings.Contains(metricsText(t, ns[0]), "amigo_backup_") {
		t.Error("a member without a schedule exports backup metrics")
	}
	// a backup that cannot be written is an error, and leaves nothing
	bad := &backups{n: ns[1], s: conf.Backup, dir: filepath.Join(other, "bk"), prefix: "test-"}
	if _, _, _, err := bad.take(ctx); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("a backup into a directory under a file: %v", err)
	}
	// the backup restores
	res, err := InitCluster(InitOptions{Dir: t.TempDir(), Name: "copy", Nodes: 1})
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(newest)
	defer f.Close()
	if head, err := RestoreBackup(res.Homes[0], f); err != nil || head.Seq != last.Seq {
		t.Fatalf("restore the scheduled backup: %+v %v", head, err)
	}

	for _, c := range []struct {
		s    BackupSchedule
		want string
	}{
		{BackupSchedule{Interval: time.Millisecond}, "interval 1ms: want at least"},
		{BackupSchedule{Interval: -time.Second}, "interval -1s"},
		{BackupSchedule{Interval: time.Second, Keep: -1}, "keep -1"},
		{BackupSchedule{Dir: "bk"}, "without an interval"},
	} {
		conf.Backup = c.s
		home := t.TempDir()
		if err := conf.Save(home); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadClusterConfig(home); err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), ClusterFile) {
			t.Errorf("%+v: %v, want an error naming the file and %q", c.s, err, c.want)
		}
	}
}
