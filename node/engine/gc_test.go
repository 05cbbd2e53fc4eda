package engine

import (
	"strings"
	"testing"

	"github.com/amigo-platform/amigo/store"
)

const garbageSrc = `package garbage

type Node struct {
	Kids []*Node
	Tags map[string]*Node
	Val  *int
}

var root *Node
var index = map[int]*Node{}
var fns []func() int

func build(depth int) *Node {
	v := depth
	n := &Node{Tags: map[string]*Node{}, Val: &v}
	if depth == 0 {
		return n
	}
	for i := 0; i < 3; i++ {
		k := build(depth - 1)
		n.Kids = append(n.Kids, k)
		n.Tags[string(rune('a'+i))] = k
	}
	return n
}

func Build() {
	root = build(4)
	for i := 0; i < 200; i++ {
		index[i] = &Node{Val: &i}
	}
	x := 1
	fns = append(fns, func() int { x++; return x })
}

func Drop() {
	root = nil
	clear(index)
	fns = nil
}

// Shuffle replaces a subtree and some entries: old objects must go.
func Shuffle() {
	root.Kids[0] = build(2)
	delete(index, 5)
	index[1000] = index[6]
	delete(index, 6)
}
`

func TestGarbage(t *testing.T) {
	for _, name := range []string{"memory", "badger"} {
		t.Run(name, func(t *testing.T) {
			var st store.Store
			if name == "memory" {
				st = store.NewMemory()
			} else {
				var err error
				st, err = store.OpenBadger(store.Options{Dir: t.TempDir()})
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
			}
			h := newHarness(t, st)
			h.mustDeploy("garbage", garbageSrc)
			base, _ := h.e.StateKeys()
			h.mustCall("garbage", "Build")
			built, _ := h.e.StateKeys()
			if built < base+500 {
				t.Fatalf("Build made %d keys (baseline %d)", built, base)
			}
			h.mustCall("garbage", "Shuffle")
			h.mustCall("garbage", "Drop")
			after, _ := h.e.StateKeys()
			if after != base {
				dumpKeys(t, st)
				t.Fatalf("after Drop %d keys, baseline %d", after, base)
			}
			// and again, with ids that moved on
			h.mustCall("garbage", "Build")
			h.mustCall("garbage", "Drop")
			if n, _ := h.e.StateKeys(); n != base {
				t.Fatalf("second round: %d keys, baseline %d", n, base)
			}
		})
	}
}

func dumpKeys(t *testing.T, st store.Store) {
	txn := st.NewTxn(false)
	defer txn.Discard()
	var ks []string
	txn.Iterate([]byte("v"), nil, false, func(k, v []byte) bool {
		ks = append(ks, strings.ToValidUTF8(string(k), "?"))
		return true
	})
	t.Logf("keys: %q", ks)
}

const cyclesSrc = `package cycles

type Node struct {
	Prev, Next *Node
	Val        int
	Self       map[string]*Node
}

var head *Node

func Build(n int) {
	var prev *Node
	for i := 0; i < n; i++ {
		x := &Node{Prev: prev, Val: i, Self: map[string]*Node{}}
		x.Self["me"] = x
		if prev != nil {
			prev.Next = x
		} else {
			head = x
		}
		prev = x
	}
}

// Cut drops the second half of the list: a doubly linked list and
// self-referencing maps, garbage only as a whole.
func Cut(at int) {
	n := head
	for i := 0; i < at-1; i++ {
		n = n.Next
	}
	n.Next = nil
}

func Drop() { head = nil }

func Len() int {
	c := 0
	for n := head; n != nil; n = n.Next {
		c++
	}
	return c
}
`

func TestGarbageCycles(t *testing.T) {
	h := newHarness(t, store.NewMemory())
	h.mustDeploy("cycles", cyclesSrc)
	base, _ := h.e.StateKeys()
	h.mustCall("cycles", "Build", "10")
	h.mustCall("cycles", "Build", "40")
	full, _ := h.e.StateKeys()
	h.mustCall("cycles", "Cut", "20")
	cut, _ := h.e.StateKeys()
	if got := h.mustCall("cycles", "Len"); got != "20" {
		t.Fatalf("Len = %s", got)
	}
	if want := base + (full-base)/2; cut != want {
		t.Fatalf("after Cut: %d keys, want %d (base %d, full %d)", cut, want, base, full)
	}
	h.mustCall("cycles", "Drop")
	if n, _ := h.e.StateKeys(); n != base {
		dumpKeys(t, h.st)
		t.Fatalf("after Drop: %d keys, baseline %d", n, base)
	}
}
