package store

import (
	"fmt"
	"testing"
)

// benchKeys is how many keys the benchmarks' stores hold, under "k/".
const benchKeys = 100_000

func BenchmarkStore(b *testing.B) {
	stores := []struct {
		name string
		open func(b *testing.B) Store
	}{
		{"memory", func(b *testing.B) Store { return NewMemory() }},
		{"badger-mem", func(b *testing.B) Store { return benchBadger(b, Options{InMemory: true}) }},
		{"badger-disk", func(b *testing.B) Store { return benchBadger(b, Options{Dir: b.TempDir()}) }},
		{"badger-disk-sync", func(b *testing.B) Store { return benchBadger(b, Options{Dir: b.TempDir(), Sync: true}) }},
	}
	for _, st := range stores {
		b.Run(st.name, func(b *testing.B) {
			s := st.open(b)
			defer s.Close()
			fill(b, s)
			b.Run("Get", func(b *testing.B) {
				r := s.NewTxn(false)
				defer r.Discard()
				i := 0
				for b.Loop() {
					if _, err := r.Get(benchKey(i * 7919 % benchKeys)); err != nil {
						b.Fatal(err)
					}
					i++
				}
			})
			// One Iterate call that reads the first key from a start: the
			// cost of opening an iterator and seeking.
			for _, reverse := range []bool{false, true} {
				b.Run(fmt.Sprintf("IterateFirst/reverse=%v", reverse), func(b *testing.B) {
					r := s.NewTxn(false)
					defer r.Discard()
					i := 0
					for b.Loop() {
						r.Iterate([]byte("k/"), benchKey(i*7919%benchKeys), reverse, func(_, _ []byte) bool { return false })
						i++
					}
				})
			}
			b.Run("IterateScan", func(b *testing.B) {
				r := s.NewTxn(false)
				defer r.Discard()
				for b.Loop() {
					r.Iterate([]byte("k/"), nil, false, func(_, _ []byte) bool { return true })
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchKeys), "ns/key")
			})
			b.Run("Count", func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Count([]byte("k/")); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("Commit10", func(b *testing.B) {
				i := 0
				for b.Loop() {
					txn := s.NewTxn(true)
					for range 10 {
						txn.Set(fmt.Appendf(nil, "w/%09d", i), make([]byte, 100))
						i++
					}
					if err := txn.Commit(); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

func benchBadger(b *testing.B, opts Options) Store {
	s, err := OpenBadger(opts)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func benchKey(i int) []byte { return fmt.Appendf(nil, "k/%09d", i) }

// fill stores benchKeys keys with 100-byte values.
func fill(b *testing.B, s Store) {
	value := make([]byte, 100)
	for i := 0; i < benchKeys; {
		txn := s.NewTxn(true)
		for range 10_000 {
			if err := txn.Set(benchKey(i), value); err != nil {
				b.Fatal(err)
			}
			i++
		}
		if err := txn.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}
