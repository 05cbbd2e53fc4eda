// Package bench measures the VM against native Go on the same programs,
// side by side in one run, with gas metering on. `amigo bench` prints the
// table; `go test -bench . ./vm/bench` runs the same cases as benchmarks.
package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/amigo-platform/amigo/vm"
)

// Case is one benchmark: a VM program whose Bench function does the work,
// and the same work in native Go. Both return a checksum that must agree.
type Case struct {
	Name   string
	Source string
	Native func() int
}

// Cases are the benchmarks of the VM issue, in its order.
var Cases = []Case{
	{"fib(30)", `package main
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func Bench() int { return fib(30) }
`, func() int { return fib(30) }},
	{"loop 0..50M", `package main
func Bench() int {
	s := 0
	for i := 0; i < 50000000; i++ {
		s += i
	}
	return s
}
`, loop},
	{"map 1M insert+sum", `package main
func Bench() int {
	m := map[int]int{}
	for i := 0; i < 1000000; i++ {
		m[i] = i * 2
	}
	s := 0
	for k, v := range m {
		s += k + v
	}
	return s
}
`, mapBench},
	{"quicksort 1M", `package main
func qsort(a []int, lo, hi int) {
	for lo < hi {
		p := a[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j-lo < hi-i {
			qsort(a, lo, j)
			lo = i
		} else {
			qsort(a, i, hi)
			hi = j
		}
	}
}
func Bench() int {
	a := make([]int, 1000000)
	x := 12345
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x
	}
	qsort(a, 0, len(a)-1)
	return a[0] + a[len(a)/2] + a[len(a)-1]
}
`, quicksort},
	{"1 MB string", `package main
import "strings"
func Bench() int {
	var b strings.Builder
	for i := 0; i < 1<<20; i++ {
		b.WriteByte(byte('a' + i%26))
	}
	return len(b.String())
}
`, buildString},
	{"iface dispatch 10M", `package main
type Shape interface{ Area() int }
type Rect struct{ W, H int }
type Square struct{ S int }
func (r Rect) Area() int   { return r.W * r.H }
func (s Square) Area() int { return s.S * s.S }
func Bench() int {
	shapes := []Shape{Rect{2, 3}, Square{4}, Rect{1, 1}, Square{2}}
	s := 0
	for i := 0; i < 10000000; i++ {
		s += shapes[i&3].Area()
	}
	return s
}
`, dispatch},
	{"json.Marshal 10k", `package main
import "encoding/json"
type Item struct {
	ID    int      ` + "`json:\"id\"`" + `
	Name  string   ` + "`json:\"name\"`" + `
	Price float64  ` + "`json:\"price\"`" + `
	Tags  []string ` + "`json:\"tags,omitempty\"`" + `
}
func Bench() int {
	items := make([]Item, 10000)
	for i := range items {
		items[i] = Item{ID: i, Name: "item", Price: float64(i) / 4, Tags: []string{"a", "b"}}
	}
	b, _ := json.Marshal(items)
	return len(b)
}
`, marshal},
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

//go:noinline
func loop() int {
	s := 0
	for i := 0; i < 50000000; i++ {
		s += i
	}
	return s
}

func mapBench() int {
	m := map[int]int{}
	for i := 0; i < 1000000; i++ {
		m[i] = i * 2
	}
	s := 0
	for k, v := range m {
		s += k + v
	}
	return s
}

func qsort(a []int, lo, hi int) {
	for lo < hi {
		p := a[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j-lo < hi-i {
			qsort(a, lo, j)
			lo = i
		} else {
			qsort(a, i, hi)
			hi = j
		}
	}
}

func quicksort() int {
	a := make([]int, 1000000)
	x := 12345
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x
	}
	qsort(a, 0, len(a)-1)
	return a[0] + a[len(a)/2] + a[len(a)-1]
}

func buildString() int {
	var b strings.Builder
	for i := 0; i < 1<<20; i++ {
		b.WriteByte(byte('a' + i%26))
	}
	return len(b.String())
}

type shape interface{ Area() int }
type rect struct{ W, H int }
type square struct{ S int }

func (r rect) Area() int   { return r.W * r.H }
func (s square) Area() int { return s.S * s.S }

func dispatch() int {
	shapes := []shape{rect{2, 3}, square{4}, rect{1, 1}, square{2}}
	s := 0
	for i := 0; i < 10000000; i++ {
		s += shapes[i&3].Area()
	}
	return s
}

type item struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Price float64  `json:"price"`
	Tags  []string `json:"tags,omitempty"`
}

func marshal() int {
	items := make([]item, 10000)
	for i := range items {
		items[i] = item{ID: i, Name: "item", Price: float64(i) / 4, Tags: []string{"a", "b"}}
	}
	b, _ := json.Marshal(items)
	return len(b)
}

// Prepared is a case compiled for the VM.
type Prepared struct {
	Case
	prog *vm.Program
}

// Prepare compiles a case's VM program.
func Prepare(c Case) (*Prepared, error) {
	prog, err := vm.Load(vm.Config{}, "main", []vm.File{{Name: "bench.go", Src: []byte(c.Source)}}, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Name, err)
	}
	return &Prepared{Case: c, prog: prog}, nil
}

// RunVM runs the case once in the VM with gas metering on and returns its
// checksum and the gas used.
func (p *Prepared) RunVM() (int, int64, error) {
	cfg := vm.Config{MaxGas: math.MaxInt64 / 2, MaxAlloc: 4 << 30}
	th := p.prog.NewThread(cfg)
	if err := p.prog.Init(th); err != nil {
		return 0, 0, err
	}
	res, err := p.prog.CallFunc(th, "Bench")
	if err != nil {
		return 0, th.GasUsed(), err
	}
	return res[0].(int), th.GasUsed(), nil
}

// Row is one line of the table.
type Row struct {
	Name          string
	Native, VM    time.Duration
	Ratio         float64
	Gas           int64
	AllocsPerIter float64 // VM heap allocations per loop iteration (loop case)
}

// minOf times f reps times and returns the fastest run.
func minOf(reps int, f func()) time.Duration {
	best := time.Duration(math.MaxInt64)
	for range reps {
		start := time.Now()
		f()
		if d := time.Since(start); d < best {
			best = d
		}
	}
	return best
}

// Run measures every case, native and VM alternately, reps times each, and
// returns the rows and the geometric mean of the ratios.
func Run(reps int) ([]Row, float64, error) {
	var rows []Row
	logSum := 0.0
	for _, c := range Cases {
		p, err := Prepare(c)
		if err != nil {
			return nil, 0, err
		}
		want := c.Native()
		got, gas, err := p.RunVM()
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %w", c.Name, err)
		}
		if got != want {
			return nil, 0, fmt.Errorf("%s: VM computed %d, native %d", c.Name, got, want)
		}
		nat := minOf(reps, func() { c.Native() })
		vmt := minOf(reps, func() { p.RunVM() })
		row := Row{Name: c.Name, Native: nat, VM: vmt, Ratio: float64(vmt) / float64(nat), Gas: gas}
		if c.Name == "loop 0..50M" {
			var a, b runtime.MemStats
			runtime.ReadMemStats(&a)
			p.RunVM()
			runtime.ReadMemStats(&b)
			row.AllocsPerIter = float64(b.Mallocs-a.Mallocs) / 50e6
		}
		rows = append(rows, row)
		logSum += math.Log(row.Ratio)
	}
	return rows, math.Exp(logSum / float64(len(rows))), nil
}

// Print writes the table.
func Print(w io.Writer, rows []Row, geo float64) {
	fmt.Fprintf(w, "%-22s %12s %12s %9s %14s\n", "benchmark", "native", "vm", "ratio", "gas")
	for _, r := range rows {
		fmt.Fprintf(w, "%-22s %12s %12s %8.1fx %14d\n", r.Name, r.Native.Round(10*time.Microsecond), r.VM.Round(10*time.Microsecond), r.Ratio, r.Gas)
	}
	worst := rows[0]
	for _, r := range rows {
		if r.Ratio > worst.Ratio {
			worst = r
		}
	}
	fmt.Fprintf(w, "geometric mean %.1fx (target <= 20x); worst %s %.1fx (target <= 50x)\n", geo, worst.Name, worst.Ratio)
	sort.Slice(rows, func(i, j int) bool { return rows[i].Name < rows[j].Name })
	for _, r := range rows {
		if r.Name == "loop 0..50M" {
			fmt.Fprintf(w, "integer loop: %.6f heap allocations per iteration (target 0)\n", r.AllocsPerIter)
		}
	}
}
