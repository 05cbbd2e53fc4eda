package store

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTreap checks the treap's invariants, and that old roots keep their
// content, over random writes.
func TestTreap(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	type version struct {
		root  *treap
		state map[string]string
	}
	var versions []version
	var root *treap
	state := map[string]string{}
	for i := range 3000 {
		k := fmt.Sprint(rng.IntN(500))
		if rng.IntN(3) == 0 {
			root = root.apply(memWrite{key: []byte(k), del: true})
			delete(state, k)
		} else {
			v := fmt.Sprint(i)
			root = root.apply(memWrite{key: []byte(k), value: []byte(v)})
			state[k] = v
		}
		if i%100 == 0 {
			versions = append(versions, version{root, maps.Clone(state)})
		}
	}
	versions = append(versions, version{root, state})
	for i, v := range versions {
		var got []string
		v.root.ascend(nil, func(n *treap) bool {
			got = append(got, string(n.key)+"="+string(n.value))
			return true
		})
		if want := model(v.state, "", "", false); !slices.Equal(got, want) {
			t.Fatalf("version %d: %d entries, want %d", i, len(got), len(want))
		}
		checkTreap(t, v.root, nil, nil)
	}
}

// checkTreap fails unless n's keys lie in (lo, hi) and n is a max-heap on
// prio with the priorities its keys imply.
func checkTreap(t *testing.T, n *treap, lo, hi []byte) {
	t.Helper()
	if n == nil {
		return
	}
	if lo != nil && bytes.Compare(n.key, lo) <= 0 || hi != nil && bytes.Compare(n.key, hi) >= 0 {
		t.Fatalf("key %q outside (%q, %q)", n.key, lo, hi)
	}
	if n.prio != priority(n.key) {
		t.Fatalf("key %q has the wrong priority", n.key)
	}
	for _, c := range []*treap{n.left, n.right} {
		if c != nil && c.prio > n.prio {
			t.Fatalf("child %q outranks %q", c.key, n.key)
		}
	}
	checkTreap(t, n.left, lo, n.key)
	checkTreap(t, n.right, n.key, hi)
}
