package cli

import (
	"bytes"
	"strings"
	"testing"
)

func amigo(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestRun(t *testing.T) {
	code, out, _ := amigo("run", "../examples/hello")
	if code != 0 || out != "Hello, world!\nmap[0:0 1:1 2:4 3:9 4:16]\n" {
		t.Fatalf("exit %d, output %q", code, out)
	}
}

func TestRunPanic(t *testing.T) {
	code, out, errs := amigo("run", "testdata/panic.go")
	if code != 2 || out != "before\n" {
		t.Fatalf("exit %d, output %q", code, out)
	}
	if !strings.HasPrefix(errs, "panic: assignment to entry in nil map\n") || !strings.Contains(errs, "testdata/panic.go:8:") {
		t.Fatalf("stderr %q", errs)
	}
}

func TestRunCheckErrors(t *testing.T) {
	code, _, errs := amigo("run", "testdata/bad")
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"testdata/bad/bad.go:6:2: go statement: goroutines are not supported in contracts",
		"testdata/bad/bad.go:6:13: time.Now is not available in contracts (use amigo.Now",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q lacks %q", errs, want)
		}
	}
}

func TestTestCommand(t *testing.T) {
	code, out, _ := amigo("test", "-run", "Add", "-v", "testdata/calc")
	if code != 0 || !strings.Contains(out, "=== RUN   TestAdd/neg\n") || !strings.Contains(out, "--- PASS: TestAdd (0.00s)") || !strings.Contains(out, "ok  \tcalc") {
		t.Fatalf("exit %d, output %q", code, out)
	}
	code, out, _ = amigo("test", "testdata/calc")
	want := "--- FAIL: TestBad (0.00s)\n    calc_test.go:18: about to fail\n    calc_test.go:19: got 2, want 3\n    calc_test.go:20: stop\nFAIL\n"
	if code != 1 || !strings.HasPrefix(out, want) {
		t.Fatalf("exit %d, output %q", code, out)
	}
}
