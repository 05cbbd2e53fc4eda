package vm

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
)

func run(t *testing.T, cfg Config, src string) (string, *Thread, error) {
	t.Helper()
	var out bytes.Buffer
	if cfg.Stdout == nil {
		cfg.Stdout = &out
	}
	prog, err := Load(cfg, "main", []File{{Name: "prog.go", Src: []byte(src)}}, nil)
	if err != nil {
		return "", nil, err
	}
	th := prog.NewThread(cfg)
	err = prog.RunMain(th)
	return out.String(), th, err
}

func TestLimits(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		src  string
		kind error
		pos  string
	}{
		{"infinite loop", Config{MaxGas: 1_000_000}, "package main\nfunc main() {\n\tfor {\n\t}\n}\n", ErrOutOfGas, "prog.go:3"},
		{"busy loop", Config{MaxGas: 1_000_000}, "package main\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n", ErrOutOfGas, "prog.go:"},
		{"unbounded recursion", Config{}, "package main\nfunc f(n int) int { return f(n+1) + 1 }\nfunc main() { f(0) }\n", ErrCallDepth, "prog.go:2"},
		{"10 GB allocation", Config{}, "package main\nfunc main() {\n\tb := make([]byte, 10<<30)\n\t_ = b\n}\n", ErrAllocLimit, "prog.go:3"},
		{"growing allocation", Config{MaxAlloc: 64 << 20}, "package main\nfunc main() {\n\tvar s []int\n\tfor {\n\t\ts = append(s, 1)\n\t}\n}\n", ErrAllocLimit, "prog.go:5"},
		{"1 MB of output", Config{}, "package main\nimport \"fmt\"\nfunc main() {\n\tfor {\n\t\tfmt.Println(\"0123456789012345678901234567890123456789\")\n\t}\n}\n", ErrOutputLimit, "prog.go:5"},
		{"map growth", Config{MaxAlloc: 32 << 20}, "package main\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = i\n\t}\n}\n", ErrAllocLimit, "prog.go:5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			_, th, err := run(t, tt.cfg, tt.src)
			var re *RunError
			if !errors.As(err, &re) || !errors.Is(err, tt.kind) {
				t.Fatalf("got %v, want %v", err, tt.kind)
			}
			if !strings.Contains(re.Pos.String(), tt.pos) {
				t.Errorf("position %s, want %s", re.Pos, tt.pos)
			}
			if re.GasUsed <= 0 || re.GasUsed != th.GasUsed() {
				t.Errorf("gas used %d not reported", re.GasUsed)
			}
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			if grew := int64(after.HeapInuse) - int64(before.HeapInuse); grew > 512<<20 {
				t.Errorf("heap grew by %d bytes", grew)
			}
		})
	}
}

func TestForbidden(t *testing.T) {
	tests := []struct{ src, want string }{
		{"package main\nimport \"os\"\nfunc main() { os.Exit(1) }\n", `prog.go:2:8: import "os" is not allowed (contracts have no file system or environment)`},
		{"package main\nimport \"math/rand\"\nfunc main() { _ = rand.Int() }\n", "use amigo.Rand"},
		{"package main\nimport \"time\"\nfunc main() { _ = time.Now() }\n", "prog.go:3:19: time.Now is not available in contracts (use amigo.Now, the transaction's time)"},
		{"package main\nfunc main() {\n\tgo func() {}()\n}\n", "prog.go:3:2: go statement: goroutines are not supported in contracts"},
		{"package main\nfunc main() {\n\tc := make(chan int)\n\t_ = c\n}\n", "prog.go:3:12: channel type"},
		{"package main\nimport \"unsafe\"\nfunc main() { _ = unsafe.Sizeof(1) }\n", "unsafe is not supported"},
		{"package main\nfunc main() {\n\tx := 1 +\n}\n", "prog.go:4:1: expected operand"},
		{"package main\nfunc main() {\n\tvar x int = \"s\"\n\ty := undefined\n}\n", "prog.go:4:7: undefined: undefined"},
		{"package main\nfunc main() {" + strings.Repeat("(", 1000) + "}\n", "nesting deeper than 256 levels"},
		{"package main\nimport \"internal/iox\"\nfunc main() { _ = iox.EOF }\n", `use of internal package "internal/iox" not allowed`},
	}
	for _, tt := range tests {
		_, _, err := run(t, Config{}, tt.src)
		var ce *CheckError
		if !errors.As(err, &ce) {
			t.Errorf("%q: got %v, want a check error", tt.src, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q:\n got %v\nwant %q", tt.src, err, tt.want)
		}
	}
	// every error is reported, not just the first
	_, _, err := run(t, Config{}, "package main\nfunc main() {\n\tvar a int = \"x\"\n\tvar b string = 1\n}\n")
	var ce *CheckError
	if !errors.As(err, &ce) || len(ce.Diags) < 2 {
		t.Errorf("want two diagnostics, got %v", err)
	}
}

func TestSourceSizeCap(t *testing.T) {
	src := "package main\nfunc main() {}\n//" + strings.Repeat("x", 100)
	_, _, err := run(t, Config{MaxSourceBytes: 50}, src)
	if err == nil || !strings.Contains(err.Error(), "more than the limit of 50") {
		t.Fatalf("got %v", err)
	}
}

func TestPanicIsReportedWithTrace(t *testing.T) {
	_, _, err := run(t, Config{}, "package main\nfunc f(a []int) int { return a[5] }\nfunc main() { f([]int{1, 2, 3}) }\n")
	var re *RunError
	if !errors.As(err, &re) || re.Kind != ErrPanic {
		t.Fatalf("got %v", err)
	}
	if re.Msg != "runtime error: index out of range [5] with length 3" {
		t.Errorf("message %q", re.Msg)
	}
	if len(re.Trace) != 2 || re.Trace[0].Func != "main.f" || re.Trace[0].Pos.Line != 2 || re.Trace[1].Func != "main.main" {
		t.Errorf("trace %+v", re.Trace)
	}
}

func TestGasIsDeterministic(t *testing.T) {
	src := "package main\nimport \"fmt\"\nfunc main() {\n\tm := map[string]int{}\n\tfor i := range 100 {\n\t\tm[fmt.Sprint(i%7)] += i\n\t}\n\tfmt.Println(m)\n}\n"
	_, th1, err := run(t, Config{}, src)
	if err != nil {
		t.Fatal(err)
	}
	_, th2, _ := run(t, Config{}, src)
	if th1.GasUsed() != th2.GasUsed() || th1.GasUsed() == 0 {
		t.Fatalf("gas %d then %d", th1.GasUsed(), th2.GasUsed())
	}
}

func TestNativeAllocationLimits(t *testing.T) {
	for _, src := range []string{
		"package main\nimport \"strings\"\nfunc main() {\n\t_ = strings.Repeat(\"abcdefgh\", 1<<30)\n}\n",
		"package main\nimport \"bytes\"\nfunc main() {\n\t_ = bytes.Repeat([]byte(\"abcdefgh\"), 1<<30)\n}\n",
		"package main\nimport \"strconv\"\nfunc main() {\n\t_ = strconv.FormatFloat(1, 'f', 1<<31, 64)\n}\n",
		"package main\nimport \"strings\"\nfunc main() {\n\ts := strings.Repeat(\"x\", 1<<20)\n\tfor {\n\t\ts = strings.ToUpper(s)\n\t}\n}\n",
	} {
		_, _, err := run(t, Config{MaxAlloc: 64 << 20}, src)
		if !errors.Is(err, ErrAllocLimit) {
			t.Errorf("%s: got %v, want the allocation limit", src, err)
		}
	}
}

func TestHugeValues(t *testing.T) {
	for _, src := range []string{
		"package main\nfunc main() {\n\tvar a [1 << 32]int\n\t_ = a\n}\n",
		"package main\ntype big struct{ a [1 << 31]int64 }\nfunc main() {\n\tp := new(big)\n\t_ = p\n}\n",
		"package main\nfunc main() {\n\ta := [1 << 30][4]int{}\n\t_ = a\n}\n",
		"package main\nfunc main() {\n\tfor {\n\t\tp := new([1 << 20]byte)\n\t\t_ = p\n\t}\n}\n",
	} {
		_, _, err := run(t, Config{MaxAlloc: 256 << 20}, src)
		if !errors.Is(err, ErrAllocLimit) {
			t.Errorf("%s: got %v, want the allocation limit", src, err)
		}
	}
	_, _, err := run(t, Config{MaxAlloc: 256 << 20}, "package main\nvar g [1 << 40]byte\nfunc main() {}\n")
	var ce *CheckError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "prog.go:2:5: variable g of type [1099511627776]uint8 is larger than the allocation limit") {
		t.Errorf("global: got %v", err)
	}
}

func TestHugeElements(t *testing.T) {
	for _, src := range []string{
		"package main\ntype big struct{ a [1 << 20]byte }\nfunc main() {\n\ts := make([]big, 1000)\n\t_ = s\n}\n",
		"package main\ntype big struct{ a [1 << 20]byte }\nfunc main() {\n\tvar s []big\n\tfor {\n\t\ts = append(s, big{})\n\t}\n}\n",
	} {
		_, _, err := run(t, Config{MaxAlloc: 256 << 20}, src)
		if !errors.Is(err, ErrAllocLimit) {
			t.Errorf("%s: got %v, want the allocation limit", src, err)
		}
	}
}

func TestCyclicValueFormatting(t *testing.T) {
	// Go itself overflows its stack here; the VM stops at a fixed depth and
	// fmt reports the failed Format as it reports any panicking operand.
	src := "package main\nimport \"fmt\"\nfunc main() {\n\ta := []any{nil}\n\ta[0] = a\n\tfmt.Println(a)\n}\n"
	out, _, err := run(t, Config{}, src)
	if err != nil || !strings.Contains(out, "nested more than 1000 levels") {
		t.Fatalf("got %v, output %.200q", err, out)
	}
}

func TestPointerKeyOrderIsDeterministic(t *testing.T) {
	src := `package main

import "fmt"

type node struct{ id int }

func main() {
	m := map[*node]int{}
	for i := range 50 {
		m[&node{i}] = i
	}
	for k, v := range m {
		if k.id != v {
			panic("bad")
		}
		fmt.Print(v, " ")
	}
}
`
	first, _, err := run(t, Config{}, src)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		out, _, _ := run(t, Config{}, src)
		if out != first {
			t.Fatalf("iteration order changed:\n%s\n%s", first, out)
		}
	}
}
