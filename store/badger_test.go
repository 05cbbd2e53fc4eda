package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestOpenBadgerOptions(t *testing.T) {
	for _, opts := range []Options{{}, {InMemory: true, Dir: t.TempDir()}} {
		if s, err := OpenBadger(opts); err == nil {
			s.Close()
			t.Errorf("OpenBadger(%+v) succeeded", opts)
		}
	}
}

// TestBadgerLimits checks that the limits the package states (and the memory
// store enforces) are Badger's own for the options OpenBadger uses.
func TestBadgerLimits(t *testing.T) {
	s := openBadger(t, Options{InMemory: true})
	defer s.Close()
	db := s.(*badgerStore).db
	if got, want := int64(MaxTxnBytes), db.MaxBatchSize(); got != want {
		t.Errorf("MaxTxnBytes = %d, Badger's MaxBatchSize = %d", got, want)
	}
	if got, want := int64(MaxTxnWrites), db.MaxBatchCount()-2; got != want {
		t.Errorf("MaxTxnWrites = %d, Badger's MaxBatchCount-2 = %d", got, want)
	}
	if got := db.Opts().ValueThreshold; got < largeValue {
		t.Errorf("ValueThreshold = %d, want at least %d", got, largeValue)
	}

	// In-memory Badger refuses values over 1 MiB.
	txn := s.NewTxn(true)
	defer txn.Discard()
	if err := txn.Set([]byte("k"), make([]byte, largeValue)); err != nil {
		t.Errorf("Set of a 1 MiB value: %v", err)
	}
	if err := txn.Set([]byte("k"), make([]byte, largeValue+1)); !errors.Is(err, ErrValueTooLarge) {
		t.Errorf("Set of a value over 1 MiB: %v, want ErrValueTooLarge", err)
	}
}

// TestBadgerLargeValues stores values that go to Badger's value log.
func TestBadgerLargeValues(t *testing.T) {
	dir := t.TempDir()
	s := openBadger(t, Options{Dir: dir})
	big := bytes.Repeat([]byte("0123456789abcdef"), 3<<16) // 3 MiB
	txn := s.NewTxn(true)
	for i := range 3 {
		if err := txn.Set(fmt.Appendf(nil, "big/%d", i), big); err != nil {
			t.Fatal(err)
		}
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openBadger(t, Options{Dir: dir})
	defer s.Close()
	r := s.NewTxn(false)
	defer r.Discard()
	n := 0
	err := r.Iterate([]byte("big/"), nil, true, func(k, v []byte) bool {
		if !bytes.Equal(v, big) {
			t.Errorf("%s: %d bytes differ", k, len(v))
		}
		n++
		return true
	})
	if err != nil || n != 3 {
		t.Errorf("Iterate: %d values, %v", n, err)
	}
}

func TestBadgerReopen(t *testing.T) {
	dir := t.TempDir()
	s := openBadger(t, Options{Dir: dir, Sync: true})
	commit(t, s, "a/1", "one", "a/2", "two", "b", "bee")
	commit(t, s, "a/2", "")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openBadger(t, Options{Dir: dir})
	defer s.Close()
	r := s.NewTxn(false)
	defer r.Discard()
	if got, want := strings.Join(list(t, r, "", "", false), " "), "a/1=one b=bee"; got != want {
		t.Errorf("after reopening: %q, want %q", got, want)
	}
}

func TestBadgerLogger(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := openBadger(t, Options{Dir: t.TempDir(), Logger: log})
	commit(t, s, "k", "v")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "component=badger") {
		t.Errorf("no Badger log line reached slog:\n%s", buf.String())
	}
	if strings.Contains(buf.String(), `\n"`) {
		t.Errorf("log messages keep their trailing newline:\n%s", buf.String())
	}
}

// Environment of the child process of TestBadgerCrash.
const (
	crashDirEnv  = "AMIGO_STORE_CRASH_DIR"
	crashSyncEnv = "AMIGO_STORE_CRASH_SYNC"
)

// TestBadgerCrash kills a process that commits transactions in a loop, then
// checks that every commit it acknowledged survived, and that no transaction
// survived in part. The test binary is the child: it re-runs itself with
// crashDirEnv set.
func TestBadgerCrash(t *testing.T) {
	if dir := os.Getenv(crashDirEnv); dir != "" {
		crashChild(t, dir, os.Getenv(crashSyncEnv) == "1")
		return
	}
	for _, sync := range []bool{true, false} {
		t.Run(fmt.Sprintf("sync=%v", sync), func(t *testing.T) {
			testCrash(t, sync)
		})
	}
}

// crashChild commits transactions 1, 2, ... each writing a/N, b/N and
// last=N, and prints N once Commit has returned.
func crashChild(t *testing.T, dir string, sync bool) {
	s, err := OpenBadger(Options{Dir: dir, Sync: sync})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	value := bytes.Repeat([]byte("v"), 1000)
	deadline := time.Now().Add(10 * time.Second)
	for n := 1; n <= 100000 && time.Now().Before(deadline); n++ {
		txn := s.NewTxn(true)
		for _, k := range []string{"a", "b"} {
			if err := txn.Set(fmt.Appendf(nil, "%s/%08d", k, n), value); err != nil {
				t.Fatal(err)
			}
		}
		if err := txn.Set([]byte("last"), strconv.AppendInt(nil, int64(n), 10)); err != nil {
			t.Fatal(err)
		}
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("ack %d\n", n)
	}
}

func testCrash(t *testing.T, sync bool) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestBadgerCrash$", "-test.count=1")
	env := []string{crashDirEnv + "=" + dir, crashSyncEnv + "=0"}
	if sync {
		env[1] = crashSyncEnv + "=1"
	}
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}

	acks := make(chan int)
	var output []string // what else the child printed; read after acks closes
	go func() {
		defer close(acks)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if n, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
				if n, err := strconv.Atoi(n); err == nil {
					acks <- n
					continue
				}
			}
			output = append(output, sc.Text())
		}
	}()
	acked := 0
	timeout := time.After(10 * time.Second)
wait:
	for acked < 200 {
		select {
		case n, ok := <-acks:
			if !ok {
				break wait
			}
			acked = n
		case <-timeout:
			break wait
		}
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	for range acks { // drain, so the reader goroutine ends
	}
	cmd.Wait()
	if acked == 0 {
		t.Fatalf("child acknowledged no commit; output:\n%s\n%s", strings.Join(output, "\n"), stderr.String())
	}

	s := openBadger(t, Options{Dir: dir})
	defer s.Close()
	r := s.NewTxn(false)
	defer r.Discard()
	last, err := strconv.Atoi(get(t, r, "last"))
	if err != nil {
		t.Fatalf("last: %v", err)
	}
	if last < acked {
		t.Errorf("last = %d, but %d commits were acknowledged", last, acked)
	}
	// Transactions 1..last are whole, none after it exists.
	for _, k := range []string{"a/", "b/"} {
		want := 1
		err := r.Iterate([]byte(k), nil, false, func(key, v []byte) bool {
			if got := fmt.Sprintf("%s%08d", k, want); string(key) != got || len(v) != 1000 {
				t.Errorf("found %q (%d bytes), want %q", key, len(v), got)
				return false
			}
			want++
			return true
		})
		if err != nil {
			t.Fatal(err)
		}
		if want-1 != last {
			t.Errorf("%d keys under %q, want %d (last)", want-1, k, last)
		}
	}
	t.Logf("acknowledged %d, recovered %d", acked, last)
}

// A backup loaded into another store gives the same content, and Restore
// drops what the target held before.
func TestBackupRestore(t *testing.T) {
	src, err := OpenBadger(Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := OpenBadger(Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	put := func(s Store, k, v string) {
		txn := s.NewTxn(true)
		defer txn.Discard()
		if err := txn.Set([]byte(k), []byte(v)); err != nil {
			t.Fatal(err)
		}
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	put(src, "a", "1")
	put(src, "b", "2")
	put(dst, "stale", "x")
	var buf bytes.Buffer
	if err := src.(Snapshotter).Backup(&buf); err != nil {
		t.Fatal(err)
	}
	if err := dst.(Snapshotter).Restore(&buf); err != nil {
		t.Fatal(err)
	}
	txn := dst.NewTxn(false)
	defer txn.Discard()
	var got []string
	txn.Iterate(nil, nil, false, func(k, v []byte) bool { got = append(got, string(k)+"="+string(v)); return true })
	if fmt.Sprint(got) != "[a=1 b=2]" {
		t.Fatalf("restored %v", got)
	}
}
