package engine

import (
	"strings"
	"testing"

	"github.com/amigo-platform/amigo/store"
)

const kindsSrc = `package kinds

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() int }
type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Node struct {
	Val  int
	Next *Node
}

type Counter struct{ N int }

func (c *Counter) Add(d int) int { c.N += d; return c.N }

var (
	arr     [3]int
	grid    [2][2]string
	shapes  []Shape
	anyv    any
	list    *Node
	nested  = map[string]map[int][]string{}
	cell    *int
	gptr    *int
	target  int
	fn      func(int) int
	counter = &Counter{}
	method  func(int) int
	closure func() int
	errv    error
	f32     float32
	cplx    complex128
	bs      []byte
	sub     []int
	base    []int
	structK = map[Rect]string{}
	ifaceK  = map[any]int{}
	bools   = map[bool]string{}
	floats  = map[float64]int{}
	ints    = map[int8]int{}
	ptrK    = map[*Node]string{}
)

func double(x int) int { return 2 * x }

func Set() {
	arr = [3]int{1, 2, 3}
	grid[1][0] = "x"
	shapes = append(shapes, Rect{2, 3}, &Rect{4, 5})
	anyv = []string{"a", "b"}
	list = &Node{1, &Node{2, &Node{3, nil}}}
	nested["a"] = map[int][]string{1: {"x", "y"}}
	v := 7
	cell = &v
	gptr = &target
	fn = double
	method = counter.Add
	n := 0
	closure = func() int { n++; return n }
	errv = errors.New("stored error")
	f32 = 1.5
	cplx = complex(1, -2)
	bs = []byte("hello")
	base = []int{1, 2, 3, 4, 5}
	sub = base[:2]
	structK[Rect{1, 2}] = "r12"
	structK[Rect{0, 9}] = "r09"
	ifaceK["s"] = 1
	ifaceK[3] = 2
	ifaceK[Rect{1, 1}] = 3
	bools[true] = "t"
	bools[false] = "f"
	floats[-1.5] = 1
	floats[2.5] = 2
	floats[-0.0] = 3
	ints[-3] = 1
	ints[100] = 2
	ptrK[list] = "head"
}

func Check() string {
	var b strings.Builder
	fmt.Fprintln(&b, arr, grid, len(shapes), shapes[0].Area(), shapes[1].Area(), anyv)
	for n := list; n != nil; n = n.Next {
		fmt.Fprint(&b, n.Val, " ")
	}
	fmt.Fprintln(&b, nested["a"][1], *cell, fn(21), method(5), closure(), closure(), errv, f32, cplx, string(bs))
	*gptr = 42
	fmt.Fprintln(&b, target, cap(sub), len(sub))
	sub = append(sub, 99) // writes base[2]: the same backing array
	fmt.Fprintln(&b, base, structK, bools, floats, ints, ifaceK["s"], ifaceK[3], ifaceK[Rect{1, 1}], ptrK[list])
	return b.String()
}
`

func TestPersistKinds(t *testing.T) {
	h := newHarness(t, store.NewMemory())
	h.mustDeploy("kinds", kindsSrc)
	h.mustCall("kinds", "Set")
	first := h.mustCall("kinds", "Check")
	second := h.mustCall("kinds", "Check")
	want1 := `"[1 2 3] [[ ] [x ]] 2 6 20 [a b]\n1 2 3 [x y] 7 42 5 1 2 stored error 1.5 (1-2i) hello\n42 5 2\n[1 2 99 4 5] map[{0 9}:r09 {1 2}:r12] map[false:f true:t] map[-1.5:1 0:3 2.5:2] map[-3:1 100:2] 1 2 3 head\n"`
	if first != want1 {
		t.Fatalf("first Check:\n%s\nwant\n%s", first, want1)
	}
	// closure state, method receiver state carry over
	if !strings.Contains(second, "[x y] 7 42 10 3 4 stored error") {
		t.Fatalf("second Check: %s", second)
	}
}
