package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/amigo-platform/amigo/internal/atomicfile"
	"github.com/amigo-platform/amigo/store"
)

// BackupSchedule makes a member write backups of its own state by
// itself ([backup] in cluster.toml): the same files as amigo cluster
// backup, each checked before it takes its name, the oldest removed
// beyond Keep.
type BackupSchedule struct {
	// Interval between two backups ("6h", "24h"); none when 0.
	Interval time.Duration `toml:"interval,omitempty"`
	// Dir receives them: relative to the home, default "backups". Put
	// it on another disk than the home's.
	Dir string `toml:"dir,omitempty"`
	// Keep is how many of the newest are kept (default 7).
	Keep int `toml:"keep,omitempty"`
}

// minBackupInterval bounds Interval from below (tests lower it).
var minBackupInterval = time.Minute

// backupSuffix ends the name of every backup file.
const backupSuffix = ".amigo-backup"

// check reports what is wrong with s, if anything.
func (s BackupSchedule) check() error {
	switch {
	case s.Interval < 0 || s.Interval > 0 && s.Interval < minBackupInterval:
		return fmt.Errorf("[backup] interval %s: want at least %s (or none)", s.Interval, minBackupInterval)
	case s.Keep < 0:
		return fmt.Errorf("[backup] keep %d: want at least 1 (default 7)", s.Keep)
	case s.Interval == 0 && (s.Dir != "" || s.Keep != 0):
		return fmt.Errorf("[backup] dir or keep without an interval: set interval (\"24h\") for scheduled backups")
	}
	return nil
}

func (s BackupSchedule) dir(home string) string {
	switch {
	case s.Dir == "":
		return filepath.Join(home, "backups")
	case filepath.IsAbs(s.Dir):
		return s.Dir
	}
	return filepath.Join(home, s.Dir)
}

func (s BackupSchedule) keep() int {
	if s.Keep == 0 {
		return 7
	}
	return s.Keep
}

// backups runs a member's backup schedule.
type backups struct {
	n      *Node
	s      BackupSchedule
	dir    string
	prefix string // file names: prefix + UTC time + "-" + height + backupSuffix

	last     prometheus.Gauge
	bytes    prometheus.Gauge
	height   prometheus.Gauge
	failures prometheus.Counter
	taken    prometheus.Counter
}

func newBackups(n *Node, s BackupSchedule) *backups {
	b := &backups{n: n, s: s, dir: s.dir(n.cfg.Home), prefix: strings.TrimPrefix(n.network, "cluster:") + "-",
		last:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "amigo_backup_last_success_timestamp_seconds", Help: "When the last scheduled backup was written (Unix time; 0: none yet)."}),
		bytes:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "amigo_backup_last_bytes", Help: "Size of the last scheduled backup."}),
		height:   prometheus.NewGauge(prometheus.GaugeOpts{Name: "amigo_backup_last_height", Help: "Height of the state in the last scheduled backup."}),
		failures: prometheus.NewCounter(prometheus.CounterOpts{Name: "amigo_backup_failures_total", Help: "Scheduled backups that failed."}),
		taken:    prometheus.NewCounter(prometheus.CounterOpts{Name: "amigo_backups_total", Help: "Scheduled backups written."}),
	}
	interval := prometheus.NewGauge(prometheus.GaugeOpts{Name: "amigo_backup_interval_seconds", Help: "Interval of the backup schedule."})
	interval.Set(s.Interval.Seconds())
	n.metrics.reg.MustRegister(b.last, b.bytes, b.height, b.failures, b.taken, interval)
	return b
}

// run takes a backup every interval until ctx ends.
func (b *backups) run(ctx context.Context) {
	b.removePartial()
	t := time.NewTicker(b.s.Interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		start := time.Now()
		path, hdr, size, err := b.take(ctx)
		if ctx.Err() != nil {
			return // stopping: the partial file is gone
		}
		if err != nil {
			b.failures.Inc()
			b.n.log.Error("scheduled backup failed", "dir", b.dir, "err", err)
			continue
		}
		b.taken.Inc()
		b.last.Set(float64(time.Now().Unix()))
		b.bytes.Set(float64(size))
		b.height.Set(float64(hdr.Head.Height))
		b.n.log.Info("scheduled backup written", "file", path, "height", hdr.Head.Height, "bytes", size, "took", time.Since(start).Round(time.Millisecond))
		if err := b.prune(); err != nil {
			b.n.log.Error("scheduled backup: remove old backups", "dir", b.dir, "err", err)
		}
	}
}

// take writes one backup of the member's state as it stands (no read
// barrier: a member cut off from the others still backs up what it has).
func (b *backups) take(ctx context.Context) (string, *BackupHeader, int64, error) {
	snap, ok := b.n.store.(store.Snapshotter)
	if !ok {
		return "", nil, 0, fmt.Errorf("the store cannot write backups")
	}
	if err := os.MkdirAll(b.dir, 0o700); err != nil {
		return "", nil, 0, err
	}
	hdr := BackupHeader{Network: b.n.network, Head: b.n.engine.Head(), Created: time.Now().UTC()}
	path := filepath.Join(b.dir, fmt.Sprintf("%s%s-%d%s", b.prefix, hdr.Created.Format("20060102T150405.000Z"), hdr.Head.Height, backupSuffix))
	pr, pw := io.Pipe()
	wrote := make(chan struct{})
	go func() {
		defer close(wrote)
		pw.CloseWithError(writeBackup(pw, snap, hdr))
	}()
	stop := context.AfterFunc(ctx, func() { pr.CloseWithError(ctx.Err()) })
	got, size, err := SaveBackup(path, pr)
	stop()
	// The writer ends at its next write if it is not done: the node
	// closes the store only after this returns.
	pr.CloseWithError(errors.New("backup abandoned"))
	<-wrote
	if err != nil {
		return "", nil, 0, err
	}
	return path, got, size, nil
}

// backupFiles lists the schedule's backups in dir, oldest first.
func (b *backups) backupFiles() ([]string, error) {
	ents, err := os.ReadDir(b.dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		if name := e.Name(); e.Type().IsRegular() && strings.HasPrefix(name, b.prefix) && strings.HasSuffix(name, backupSuffix) {
			names = append(names, name)
		}
	}
	slices.Sort(names) // the UTC time in the name sorts them
	return names, nil
}

// prune removes the oldest backups beyond Keep.
func (b *backups) prune() error {
	names, err := b.backupFiles()
	if err != nil {
		return err
	}
	for len(names) > b.s.keep() {
		if err := os.Remove(filepath.Join(b.dir, names[0])); err != nil {
			return err
		}
		names = names[1:]
	}
	return atomicfile.SyncDir(b.dir)
}

// removePartial removes what backups cut by a crash left behind.
func (b *backups) removePartial() {
	ents, _ := os.ReadDir(b.dir)
	for _, e := range ents {
		if name := e.Name(); strings.HasPrefix(name, b.prefix) && strings.Contains(name, backupSuffix+".partial-") {
			os.Remove(filepath.Join(b.dir, name))
		}
	}
}

// SaveBackup writes the backup r carries to path through a temporary
// file in the same directory, synced and checked whole (VerifyBackup)
// before it takes path's name; on any failure nothing is left at path.
// It returns the backup's header and size.
func SaveBackup(path string, r io.Reader) (*BackupHeader, int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".partial-*")
	if err != nil {
		return nil, 0, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	n, err := io.Copy(tmp, r)
	if err != nil {
		return nil, 0, fmt.Errorf("receive the backup: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		return nil, 0, err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return nil, 0, err
	}
	hdr, err := VerifyBackup(tmp)
	if err != nil {
		return nil, 0, fmt.Errorf("the backup received is not whole (%w); nothing was written to %s", err, path)
	}
	if err := tmp.Close(); err != nil {
		return nil, 0, err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return nil, 0, err
	}
	return hdr, n, atomicfile.SyncDir(filepath.Dir(path)) // the rename survives a crash
}
