package store

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
)

// implementations lists every Store under test; each test of the contract
// runs against all of them.
var implementations = []struct {
	name string
	open func(t *testing.T) Store
}{
	{"memory", func(t *testing.T) Store { return NewMemory() }},
	{"badger-mem", func(t *testing.T) Store { return openBadger(t, Options{InMemory: true}) }},
	{"badger-disk", func(t *testing.T) Store { return openBadger(t, Options{Dir: t.TempDir()}) }},
}

func openBadger(t *testing.T, opts Options) Store {
	t.Helper()
	s, err := OpenBadger(opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	for _, impl := range implementations {
		t.Run(impl.name, func(t *testing.T) { testStore(t, impl.open) })
	}
}

// testStore is the conformance suite: every Store must pass it.
func testStore(t *testing.T, open func(t *testing.T) Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s Store)
	}{
		{"GetSetDelete", testGetSetDelete},
		{"InvalidInput", testInvalidInput},
		{"Iterate", testIterate},
		{"IterateRandom", testIterateRandom},
		{"IterateCallback", testIterateCallback},
		{"PendingWrites", testPendingWrites},
		{"Snapshot", testSnapshot},
		{"ConcurrentSnapshots", testConcurrentSnapshots},
		{"Discard", testDiscard},
		{"ReadOnly", testReadOnly},
		{"Count", testCount},
		{"TxnTooBig", testTxnTooBig},
		{"Close", testClose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.run(t, s)
		})
	}
}

// commit writes kv (value "" deletes the key; use setEmpty for empty values)
// in one transaction.
func commit(t *testing.T, s Store, kv ...string) {
	t.Helper()
	txn := s.NewTxn(true)
	defer txn.Discard()
	write(t, txn, kv...)
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
}

// write applies pairs of key, value to txn; an empty value deletes.
func write(t *testing.T, txn Txn, kv ...string) {
	t.Helper()
	for i := 0; i < len(kv); i += 2 {
		var err error
		if kv[i+1] == "" {
			err = txn.Delete([]byte(kv[i]))
		} else {
			err = txn.Set([]byte(kv[i]), []byte(kv[i+1]))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// get returns the value of key in r, or "<none>".
func get(t *testing.T, r Reader, key string) string {
	t.Helper()
	v, err := r.Get([]byte(key))
	if errors.Is(err, ErrNotFound) {
		return "<none>"
	}
	if err != nil {
		t.Fatalf("Get(%q): %v", key, err)
	}
	return string(v)
}

// list returns "key=value" for every key Iterate visits.
func list(t *testing.T, r Reader, prefix, start string, reverse bool) []string {
	t.Helper()
	var out []string
	err := r.Iterate(bs(prefix), bs(start), reverse, func(k, v []byte) bool {
		out = append(out, string(k)+"="+string(v))
		return true
	})
	if err != nil {
		t.Fatalf("Iterate(%q, %q, %v): %v", prefix, start, reverse, err)
	}
	return out
}

// bs turns "" into nil, so that tests exercise nil prefixes and starts.
func bs(s string) []byte {
	if s == "" {
		return nil
	}
	return []byte(s)
}

// model is what list must return for a store holding m.
func model(m map[string]string, prefix, start string, reverse bool) []string {
	var keys []string
	for k := range m {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		if start != "" && (!reverse && k < start || reverse && k > start) {
			continue
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if reverse {
		slices.Reverse(keys)
	}
	var out []string
	for _, k := range keys {
		out = append(out, k+"="+m[k])
	}
	return out
}

func testGetSetDelete(t *testing.T, s Store) {
	commit(t, s, "k1", "v1", "k2", "v2")
	commit(t, s, "k1", "v1b", "k2", "")

	txn := s.NewTxn(true)
	defer txn.Discard()
	if got := get(t, txn, "k1"); got != "v1b" {
		t.Errorf("k1 = %q, want v1b", got)
	}
	if got := get(t, txn, "k2"); got != "<none>" {
		t.Errorf("deleted k2 = %q", got)
	}
	if err := txn.Delete([]byte("never-set")); err != nil {
		t.Errorf("Delete of a missing key: %v", err)
	}

	// Set copies its arguments; Get returns a copy.
	k, v := []byte("k3"), []byte("v3")
	if err := txn.Set(k, v); err != nil {
		t.Fatal(err)
	}
	k[0], v[0] = 'x', 'x'
	got, err := txn.Get([]byte("k3"))
	if err != nil || string(got) != "v3" {
		t.Fatalf("Get(k3) = %q, %v after changing the caller's slices", got, err)
	}
	got[0] = 'x'
	if got := get(t, txn, "k3"); got != "v3" {
		t.Errorf("k3 = %q after changing Get's result", got)
	}

	// Empty values are values.
	if err := txn.Set([]byte("empty"), nil); err != nil {
		t.Fatal(err)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	r := s.NewTxn(false)
	defer r.Discard()
	if v, err := r.Get([]byte("empty")); err != nil || len(v) != 0 {
		t.Errorf("Get(empty) = %q, %v; want an empty value", v, err)
	}
	if got := list(t, r, "", "", false); !slices.Equal(got, []string{"empty=", "k1=v1b", "k3=v3"}) {
		t.Errorf("after commit: %q", got)
	}
}

func testInvalidInput(t *testing.T, s Store) {
	txn := s.NewTxn(true)
	defer txn.Discard()
	for _, key := range [][]byte{nil, {}, []byte("!badger!head"), bytes.Repeat([]byte("k"), MaxKeySize+1)} {
		if err := txn.Set(key, []byte("v")); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Set(%.20q): %v, want ErrInvalidKey", key, err)
		}
		if err := txn.Delete(key); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Delete(%.20q): %v, want ErrInvalidKey", key, err)
		}
		if _, err := txn.Get(key); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Get(%.20q): %v, want ErrInvalidKey", key, err)
		}
	}
	// The longest key works.
	long := bytes.Repeat([]byte("k"), MaxKeySize)
	if err := txn.Set(long, []byte("v")); err != nil {
		t.Fatal(err)
	}
	// Failed writes do not spoil the transaction.
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Count(nil); n != 1 || err != nil {
		t.Errorf("Count = %d, %v; want 1", n, err)
	}
}

// iterKeys are the keys testIterate stores; iterPrefixes and iterStarts are
// combined with them, both directions, to compare Iterate with the model.
var (
	iterKeys = []string{
		"a", "a/1", "a/2", "a/2/x", "a/3", "a0", "ab", "b", "b/1", "c",
		"\xfe", "\xff", "\xff\xff", "\xff\xff\x01", "\xff\xff\xff",
	}
	iterPrefixes = []string{"", "a", "a/", "a/2", "a/2/", "b", "b/", "bb", "c", "d", "\xfe", "\xff", "\xff\xff", "\xff\xff\xff"}
	iterStarts   = []string{"", "0", "a", "a/", "a/2", "a/25", "a/3", "a0", "a1", "b", "b/0", "b/2", "z", "\xff", "\xff\xff", "\xff\xff\x00", "\xff\xff\xff\xff"}
)

func testIterate(t *testing.T, s Store) {
	// The same keys seen three ways: all committed, all pending, and a mix
	// where pending writes overwrite, delete and add to committed keys.
	all := map[string]string{}
	for i, k := range iterKeys {
		all[k] = fmt.Sprint("v", i)
	}
	views := []struct {
		name  string
		setup func(t *testing.T, s Store) Txn
	}{
		{"committed", func(t *testing.T, s Store) Txn {
			for k, v := range all {
				commit(t, s, k, v)
			}
			return s.NewTxn(false)
		}},
		{"pending", func(t *testing.T, s Store) Txn {
			txn := s.NewTxn(true)
			for k, v := range all {
				write(t, txn, k, v)
			}
			return txn
		}},
		{"mixed", func(t *testing.T, s Store) Txn {
			deleted := []string{"a/0", "a/20", "a/22", "aa", "b/", "\xff\x00", "\xff\xff\xfe"}
			for i, k := range iterKeys {
				switch i % 3 {
				case 0:
					commit(t, s, k, all[k])
				case 1:
					commit(t, s, k, "old")
				}
			}
			for _, k := range deleted {
				commit(t, s, k, "deleted")
			}
			txn := s.NewTxn(true)
			for i, k := range iterKeys {
				if i%3 != 0 {
					write(t, txn, k, all[k])
				}
			}
			for _, k := range deleted {
				write(t, txn, k, "")
			}
			return txn
		}},
	}
	for _, view := range views {
		t.Run(view.name, func(t *testing.T) {
			txn := view.setup(t, s)
			defer txn.Discard()
			for _, prefix := range iterPrefixes {
				for _, start := range iterStarts {
					for _, reverse := range []bool{false, true} {
						got := list(t, txn, prefix, start, reverse)
						want := model(all, prefix, start, reverse)
						if !slices.Equal(got, want) {
							t.Errorf("Iterate(%q, %q, reverse=%v):\n got %q\nwant %q", prefix, start, reverse, got, want)
						}
					}
				}
			}
			// An empty start is no start.
			for _, reverse := range []bool{false, true} {
				var got []string
				txn.Iterate([]byte("a/"), []byte{}, reverse, func(k, _ []byte) bool {
					got = append(got, string(k))
					return true
				})
				if len(got) != 4 {
					t.Errorf("Iterate(a/, empty start, reverse=%v) = %q, want 4 keys", reverse, got)
				}
			}
			if t.Failed() {
				t.FailNow() // avoid a flood from the next view
			}
		})
		// Clear the store for the next view.
		txn := s.NewTxn(true)
		txn.Iterate(nil, nil, false, func(k, _ []byte) bool {
			txn.Delete(bytes.Clone(k))
			return true
		})
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
	}
}

// testIterateRandom compares Iterate and Get with a model over random
// committed and pending writes on a small alphabet, which makes prefixes and
// starts collide with keys often.
func testIterateRandom(t *testing.T, s Store) {
	rng := rand.New(rand.NewPCG(1, 2))
	key := func() string {
		b := make([]byte, 1+rng.IntN(3))
		for i := range b {
			b[i] = "ab\xff"[rng.IntN(3)]
		}
		return string(b)
	}
	committed := map[string]string{}
	for round := range 20 {
		txn := s.NewTxn(true)
		view := maps.Clone(committed)
		for range 10 {
			k := key()
			if rng.IntN(3) == 0 {
				write(t, txn, k, "")
				delete(view, k)
			} else {
				v := fmt.Sprint(round, k)
				write(t, txn, k, v)
				view[k] = v
			}
		}
		for range 20 {
			prefix, start := key()[:rng.IntN(2)], ""
			if rng.IntN(4) > 0 {
				start = key()
			}
			reverse := rng.IntN(2) == 0
			got, want := list(t, txn, prefix, start, reverse), model(view, prefix, start, reverse)
			if !slices.Equal(got, want) {
				t.Fatalf("round %d: Iterate(%q, %q, reverse=%v):\n got %q\nwant %q", round, prefix, start, reverse, got, want)
			}
			k := key()
			want1, ok := view[k]
			if !ok {
				want1 = "<none>"
			}
			if got := get(t, txn, k); got != want1 {
				t.Fatalf("round %d: Get(%q) = %q, want %q", round, k, got, want1)
			}
		}
		if rng.IntN(4) == 0 {
			txn.Discard()
			continue
		}
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
		committed = view
	}
	if n, err := s.Count(nil); n != len(committed) || err != nil {
		t.Errorf("Count = %d, %v; want %d", n, err, len(committed))
	}
}

func testIterateCallback(t *testing.T, s Store) {
	commit(t, s, "k1", "v1", "k2", "v2", "k3", "v3")

	t.Run("stop", func(t *testing.T) {
		r := s.NewTxn(false)
		defer r.Discard()
		n := 0
		err := r.Iterate(nil, nil, false, func(k, v []byte) bool { n++; return n < 2 })
		if err != nil || n != 2 {
			t.Errorf("visited %d keys (%v), want 2", n, err)
		}
	})

	t.Run("nested and writes", func(t *testing.T) {
		txn := s.NewTxn(true)
		defer txn.Discard()
		var got []string
		err := txn.Iterate(nil, nil, false, func(k, v []byte) bool {
			// Writes during the iteration are allowed but not seen by it.
			write(t, txn, "k0", "new", "k9", "new", "k3", "")
			inner := list(t, txn, "", "", true)
			got = append(got, string(k)+":"+strings.Join(inner, ","))
			return true
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{
			"k1:k9=new,k2=v2,k1=v1,k0=new",
			"k2:k9=new,k2=v2,k1=v1,k0=new",
			"k3:k9=new,k2=v2,k1=v1,k0=new",
		}
		if !slices.Equal(got, want) {
			t.Errorf("got %q\nwant %q", got, want)
		}
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("commit inside", func(t *testing.T) {
		txn := s.NewTxn(true)
		defer txn.Discard()
		write(t, txn, "k5", "v5")
		var commitErr error
		err := txn.Iterate(nil, nil, false, func(k, v []byte) bool {
			commitErr = txn.Commit()
			return false
		})
		if err != nil || commitErr == nil {
			t.Fatalf("Iterate: %v; Commit inside: %v, want an error", err, commitErr)
		}
		if err := txn.Commit(); err != nil {
			t.Fatalf("Commit after the iteration: %v", err)
		}
		if got := get(t, s.NewTxn(false), "k5"); got != "v5" {
			t.Errorf("k5 = %q", got)
		}
	})

	t.Run("discard inside", func(t *testing.T) {
		for _, more := range []bool{false, true} {
			txn := s.NewTxn(true)
			write(t, txn, "k6", "v6")
			n := 0
			err := txn.Iterate(nil, nil, false, func(k, v []byte) bool {
				n++
				txn.Discard()
				return more
			})
			if n != 1 {
				t.Errorf("more=%v: fn called %d times after Discard", more, n)
			}
			if more && !errors.Is(err, ErrTxnDone) || !more && err != nil {
				t.Errorf("more=%v: Iterate = %v", more, err)
			}
			if err := txn.Commit(); !errors.Is(err, ErrTxnDone) {
				t.Errorf("Commit after Discard: %v", err)
			}
		}
		if got := get(t, s.NewTxn(false), "k6"); got != "<none>" {
			t.Errorf("k6 = %q, want none", got)
		}
	})
}

func testPendingWrites(t *testing.T, s Store) {
	commit(t, s, "a/1", "one", "a/2", "two", "a/3", "three")

	txn := s.NewTxn(true)
	defer txn.Discard()
	write(t, txn, "a/2", "", "a/3", "THREE", "a/4", "four")

	other := s.NewTxn(false)
	defer other.Discard()

	want := []string{"a/1=one", "a/3=THREE", "a/4=four"}
	if got := list(t, txn, "a/", "", false); !slices.Equal(got, want) {
		t.Errorf("own view: %q, want %q", got, want)
	}
	if got := get(t, txn, "a/2"); got != "<none>" {
		t.Errorf("own deleted a/2 = %q", got)
	}
	if got := list(t, other, "a/", "", false); !slices.Equal(got, []string{"a/1=one", "a/2=two", "a/3=three"}) {
		t.Errorf("other txn sees pending writes: %q", got)
	}
	if n, _ := s.Count([]byte("a/")); n != 3 {
		t.Errorf("Count before commit = %d, want 3", n)
	}
	if err := txn.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := list(t, s.NewTxn(false), "a/", "", false); !slices.Equal(got, want) {
		t.Errorf("after commit: %q, want %q", got, want)
	}
}

func testSnapshot(t *testing.T, s Store) {
	commit(t, s, "x", "1", "y", "1")
	r := s.NewTxn(false)
	defer r.Discard()
	w := s.NewTxn(true)
	defer w.Discard()

	commit(t, s, "x", "2", "y", "", "z", "2")

	for name, txn := range map[string]Txn{"read": r, "write": w} {
		if got := list(t, txn, "", "", false); !slices.Equal(got, []string{"x=1", "y=1"}) {
			t.Errorf("%s txn started before the commit sees %q", name, got)
		}
		if got := get(t, txn, "z"); got != "<none>" {
			t.Errorf("%s txn: z = %q", name, got)
		}
	}
	if got := list(t, s.NewTxn(false), "", "", false); !slices.Equal(got, []string{"x=2", "z=2"}) {
		t.Errorf("new txn sees %q", got)
	}

	// No conflict detection: the write transaction commits over the newer
	// state, and the last commit wins key by key.
	write(t, w, "x", "3")
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := list(t, s.NewTxn(false), "", "", false); !slices.Equal(got, []string{"x=3", "z=2"}) {
		t.Errorf("after the older txn commits: %q", got)
	}
}

// testConcurrentSnapshots moves value between accounts while readers check
// that every snapshot adds up.
func testConcurrentSnapshots(t *testing.T, s Store) {
	const accounts, total = 8, 800
	kv := []string{}
	for i := range accounts {
		kv = append(kv, fmt.Sprintf("acct/%d", i), fmt.Sprint(total/accounts))
	}
	commit(t, s, kv...)

	sum := func(r Reader) (int, error) {
		n := 0
		err := r.Iterate([]byte("acct/"), nil, false, func(k, v []byte) bool {
			var x int
			fmt.Sscan(string(v), &x)
			n += x
			return true
		})
		return n, err
	}

	var wg sync.WaitGroup
	done := make(chan struct{})
	errs := make(chan error, 4)
	for range 3 {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				r := s.NewTxn(false)
				n, err := sum(r)
				r.Discard()
				if err != nil || n != total {
					errs <- fmt.Errorf("snapshot sums to %d (%v), want %d", n, err, total)
					return
				}
			}
		})
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		from, to := fmt.Sprintf("acct/%d", rng.IntN(accounts)), fmt.Sprintf("acct/%d", rng.IntN(accounts))
		txn := s.NewTxn(true)
		var a, b int
		fmt.Sscan(get(t, txn, from), &a)
		write(t, txn, from, fmt.Sprint(a-1))
		fmt.Sscan(get(t, txn, to), &b)
		write(t, txn, to, fmt.Sprint(b+1))
		if err := txn.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func testDiscard(t *testing.T, s Store) {
	commit(t, s, "k", "v")
	txn := s.NewTxn(true)
	write(t, txn, "k", "", "k2", "v2")
	txn.Discard()
	txn.Discard()
	if got := list(t, s.NewTxn(false), "", "", false); !slices.Equal(got, []string{"k=v"}) {
		t.Errorf("after Discard: %q", got)
	}

	// A finished transaction refuses everything.
	for _, end := range []string{"Discard", "Commit"} {
		txn := s.NewTxn(true)
		if end == "Commit" {
			if err := txn.Commit(); err != nil {
				t.Fatal(err)
			}
		} else {
			txn.Discard()
		}
		txn.Discard() // harmless
		calls := map[string]error{
			"Set":     txn.Set([]byte("k"), []byte("v")),
			"Delete":  txn.Delete([]byte("k")),
			"Commit":  txn.Commit(),
			"Iterate": txn.Iterate(nil, nil, false, func(_, _ []byte) bool { return true }),
		}
		_, calls["Get"] = txn.Get([]byte("k"))
		for name, err := range calls {
			if !errors.Is(err, ErrTxnDone) {
				t.Errorf("%s after %s: %v, want ErrTxnDone", name, end, err)
			}
		}
	}
}

func testReadOnly(t *testing.T, s Store) {
	commit(t, s, "k", "v")
	r := s.NewTxn(false)
	if err := r.Set([]byte("k"), []byte("x")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Set: %v, want ErrReadOnly", err)
	}
	if err := r.Delete([]byte("k")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Delete: %v, want ErrReadOnly", err)
	}
	if got := get(t, r, "k"); got != "v" {
		t.Errorf("k = %q", got)
	}
	if err := r.Commit(); err != nil {
		t.Errorf("Commit of a read-only txn: %v", err)
	}
}

func testCount(t *testing.T, s Store) {
	if n, err := s.Count(nil); n != 0 || err != nil {
		t.Errorf("empty store: Count = %d, %v", n, err)
	}
	commit(t, s, "a/1", "x", "a/2", "x", "a/3", "x", "b/1", "x", "c", "x")
	commit(t, s, "a/2", "")
	for _, tt := range []struct {
		prefix string
		want   int
	}{
		{"", 4}, {"a", 2}, {"a/", 2}, {"a/1", 1}, {"a/2", 0}, {"b", 1}, {"c", 1}, {"d", 0},
	} {
		if n, err := s.Count(bs(tt.prefix)); n != tt.want || err != nil {
			t.Errorf("Count(%q) = %d, %v; want %d", tt.prefix, n, err, tt.want)
		}
	}
}

// testTxnTooBig fills a transaction until it is refused, checks that it
// cannot commit, then commits the largest transaction that fits.
func testTxnTooBig(t *testing.T, s Store) {
	value := make([]byte, 64<<10)
	key := func(i int) []byte { return fmt.Appendf(nil, "big/%06d", i) }

	txn := s.NewTxn(true)
	defer txn.Discard()
	fits := 0
	for ; ; fits++ {
		err := txn.Set(key(fits), value)
		if errors.Is(err, ErrTxnTooBig) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	// Each write costs key+value+12 bytes; the total must stay under the limit.
	cost := len(key(0)) + len(value) + 12
	if want := (MaxTxnBytes - 1 - txnOverhead) / cost; fits != want {
		t.Errorf("%d writes fit, want %d", fits, want)
	}
	if err := txn.Commit(); !errors.Is(err, ErrTxnTooBig) {
		t.Errorf("Commit after ErrTxnTooBig: %v", err)
	}
	if n, _ := s.Count(nil); n != 0 {
		t.Errorf("%d keys committed by a refused transaction", n)
	}

	full := s.NewTxn(true)
	defer full.Discard()
	for i := range fits {
		if err := full.Set(key(i), value); err != nil {
			t.Fatal(err)
		}
	}
	if err := full.Commit(); err != nil {
		t.Fatalf("Commit of %d writes, %d bytes: %v", fits, fits*cost, err)
	}
	if n, _ := s.Count(nil); n != fits {
		t.Errorf("Count = %d, want %d", n, fits)
	}

	// The limit on the number of writes, with deletes (the cheapest write).
	many := s.NewTxn(true)
	defer many.Discard()
	for i := range MaxTxnWrites {
		if err := many.Delete(key(i)); err != nil {
			t.Fatalf("Delete #%d: %v", i, err)
		}
	}
	if err := many.Delete(key(0)); !errors.Is(err, ErrTxnTooBig) {
		t.Errorf("Delete #%d: %v, want ErrTxnTooBig", MaxTxnWrites, err)
	}
}

func testClose(t *testing.T, s Store) {
	commit(t, s, "k", "v")
	open := s.NewTxn(true)
	write(t, open, "k2", "v2")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); !errors.Is(err, ErrClosed) {
		t.Errorf("second Close: %v, want ErrClosed", err)
	}
	if _, err := s.Count(nil); !errors.Is(err, ErrClosed) {
		t.Errorf("Count: %v, want ErrClosed", err)
	}
	for name, txn := range map[string]Txn{"open before Close": open, "new": s.NewTxn(true)} {
		calls := map[string]error{
			"Set":     txn.Set([]byte("k"), []byte("v")),
			"Delete":  txn.Delete([]byte("k")),
			"Iterate": txn.Iterate(nil, nil, false, func(_, _ []byte) bool { return true }),
			"Commit":  txn.Commit(),
		}
		_, calls["Get"] = txn.Get([]byte("k"))
		for call, err := range calls {
			if !errors.Is(err, ErrClosed) {
				t.Errorf("%s txn: %s: %v, want ErrClosed", name, call, err)
			}
		}
		txn.Discard() // must not hang or panic
	}
}
