package vm

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	update  = flag.Bool("update", false, "rewrite the expectations of vm/testdata/corpus from `go run`")
	noGoRun = flag.Bool("nogorun", false, "do not cross-check the corpus against `go run`")
)

// expectation is the trailing comment block of a corpus program.
type expectation struct {
	output   string
	panicMsg string
	errMsg   string
	gas      string
	hasOut   bool
	body     string // the source without the block
}

func parseExpectation(src string) expectation {
	var e expectation
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	i := len(lines)
	for i > 0 && strings.HasPrefix(lines[i-1], "//") {
		i--
	}
	e.body = strings.Join(lines[:i], "\n") + "\n"
	var out []string
	mode := ""
	for _, l := range lines[i:] {
		text := strings.TrimPrefix(strings.TrimPrefix(l, "//"), " ")
		switch {
		case strings.HasPrefix(l, "// Output:"):
			mode, e.hasOut = "out", true
		case strings.HasPrefix(l, "// Panic: "):
			e.panicMsg, mode = strings.TrimPrefix(l, "// Panic: "), ""
		case strings.HasPrefix(l, "// Error: "):
			e.errMsg, mode = strings.TrimPrefix(l, "// Error: "), ""
		case strings.HasPrefix(l, "// Gas: "):
			e.gas, mode = strings.TrimPrefix(l, "// Gas: "), ""
		case mode == "out":
			out = append(out, text)
		}
	}
	if len(out) > 0 {
		e.output = strings.Join(out, "\n") + "\n"
	}
	return e
}

// runVM runs a corpus program and returns stdout and the error.
func runVM(name string, src []byte) (string, *Thread, error) {
	var stdout, stderr bytes.Buffer
	cfg := Config{Stdout: &stdout, Stderr: &stderr, MaxGas: 2_000_000_000}
	prog, err := Load(cfg, "main", []File{{Name: name, Src: src}}, nil)
	if err != nil {
		return "", nil, err
	}
	th := prog.NewThread(cfg)
	err = prog.RunMain(th)
	return stdout.String(), th, err
}

func goRun(t *testing.T, path string) (stdout, panicMsg string) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// A module with the language version the VM implements, so that
	// version-dependent behaviour (GODEBUG defaults) matches.
	dir := t.TempDir()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module corpus\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.Base(path)), src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, "go", "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("go run: %v", err)
	}
	for _, l := range strings.Split(errb.String(), "\n") {
		if strings.HasPrefix(l, "panic: ") {
			panicMsg = strings.TrimPrefix(l, "panic: ")
			break
		}
	}
	if err != nil && panicMsg == "" {
		t.Fatalf("go run failed: %v\n%s", err, errb.String())
	}
	return out.String(), panicMsg
}

func formatExpectation(out, panicMsg string) string {
	var b strings.Builder
	if out != "" || panicMsg == "" {
		b.WriteString("// Output:\n")
		if out != "" {
			for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
				if l == "" {
					b.WriteString("//\n")
				} else {
					b.WriteString("// " + l + "\n")
				}
			}
		}
	}
	if panicMsg != "" {
		b.WriteString("// Panic: " + panicMsg + "\n")
	}
	return b.String()
}

// TestCorpus runs every program in testdata/corpus in the VM and compares
// its output (and unrecovered panic) with the expectation in its trailing
// comments. With a Go toolchain on PATH the expectation is also checked
// against `go run`, so the corpus cannot drift from Go.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*.go")
	if len(files) == 0 {
		t.Fatal("no corpus programs")
	}
	_, err := exec.LookPath("go")
	haveGo := err == nil && !*noGoRun && !testing.Short()
	known := knownDeviations(t)
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".go"), func(t *testing.T) {
			t.Parallel()
			problems := checkProgram(t, path, haveGo)
			reason, isKnown := known[strings.TrimSuffix(name, ".go")]
			switch {
			case isKnown && len(problems) > 0:
				t.Skip("known deviation: " + reason)
			case isKnown:
				t.Error("listed in testdata/known_deviations.txt but passes: remove it from the list")
			}
			for _, p := range problems {
				t.Error(p)
			}
		})
	}
}

// checkProgram runs one corpus program and returns what differs from its
// expectation.
func checkProgram(t *testing.T, path string, haveGo bool) []string {
	var problems []string
	report := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	exp := parseExpectation(string(src))
	if *update {
		out, pm := goRun(t, path)
		block := formatExpectation(out, pm)
		if exp.gas != "" {
			block += "// Gas: " + exp.gas + "\n"
		}
		if err := os.WriteFile(path, []byte(exp.body+block), 0o644); err != nil {
			t.Fatal(err)
		}
		exp = parseExpectation(exp.body + block)
	} else if haveGo && exp.errMsg == "" {
		out, pm := goRun(t, path)
		if out != exp.output || pm != exp.panicMsg {
			t.Errorf("expectation differs from go run:\n--- go run\n%s(panic %q)\n--- file\n%s(panic %q)", out, pm, exp.output, exp.panicMsg)
		}
	}
	out, th, err := runVM(path, src)
	if exp.errMsg != "" {
		if err == nil || !strings.Contains(err.Error(), exp.errMsg) {
			report("want error containing %q, got %v", exp.errMsg, err)
		}
		return problems
	}
	var ce *CheckError
	if errors.As(err, &ce) {
		report("check failed: %v", err)
		return problems
	}
	if out != exp.output {
		report("output differs:\n--- vm\n%s--- want\n%s", out, exp.output)
	}
	var re *RunError
	switch {
	case exp.panicMsg != "":
		isPanic := errors.As(err, &re) && re.Kind == ErrPanic
		if first, _, _ := strings.Cut(errMsgOf(re), "\n"); !isPanic || first != exp.panicMsg {
			report("want panic %q, got %v", exp.panicMsg, err)
		}
	case err != nil:
		report("unexpected error: %v", err)
	}
	if exp.gas != "" && th != nil {
		if got := formatInt(th.GasUsed()); got != exp.gas {
			report("gas used %s, want %s", got, exp.gas)
		}
	}
	return problems
}

// knownDeviations reads testdata/known_deviations.txt.
func knownDeviations(t *testing.T) map[string]string {
	data, err := os.ReadFile("testdata/known_deviations.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		name, reason, _ := strings.Cut(l, ": ")
		out[name] = reason
	}
	return out
}

func errMsgOf(re *RunError) string {
	if re == nil {
		return ""
	}
	return re.Msg
}
