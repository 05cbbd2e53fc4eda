package engine

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/store"
	"github.com/amigo-platform/amigo/vm"
)

var update = flag.Bool("update", false, "rewrite the expectations of testdata/scenarios/*.txt")

// TestScenarios runs the golden scripts in testdata/scenarios. A script is
// a sequence of steps, each one line, followed by its expected outcome as
// lines starting with ">":
//
//	# comment (kept as written by -update)
//	[as CALLER] [gas LIMIT] [nonce N] deploy PATH
//	-- a.go --
//	package ...
//	-- end --
//	> ok gas=N writes=N hash=HASH16
//	[as CALLER] [gas LIMIT] [nonce N] call PKG.Func ARG...
//	> RESULT gas=N writes=N hash=HASH16
//	> event PKG.TYPE key=value ...
//	[as CALLER] [gas LIMIT] query PKG.Func ARG...
//	> RESULT gas=N
//	render PKG PATH
//	> markdown, one line per line
//
// A failure prints "error KIND: MESSAGE at POS" in place of the result.
// Arguments are separated by spaces; 'single quotes' keep spaces, and a
// token starting with # starts a comment. The default caller is "dev".
// Step n runs at height n, at 2026-01-01T00:00:00Z plus n seconds, on
// chain "scenario". A script with a line starting with "# BUG:" in its
// leading comments records what the engine should do, and is skipped.
//
// go test ./node/engine/ -run TestScenarios -update rewrites the ">" lines.
func TestScenarios(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "scenarios", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			runScenario(t, file)
		})
	}
}

var scenarioEpoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func runScenario(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "# BUG:") {
			t.Skip(strings.TrimPrefix(l, "# "))
		}
		if l != "" && !strings.HasPrefix(l, "#") {
			break
		}
	}
	e, err := New(store.NewMemory(), Config{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string // the script with actual outcomes, for -update
	step := 0
	for i := 0; i < len(lines); {
		l := lines[i]
		if l == "" || strings.HasPrefix(l, "#") {
			out = append(out, l)
			i++
			continue
		}
		if strings.HasPrefix(l, ">") {
			t.Fatalf("%s:%d: expectation without a step", file, i+1)
		}
		step++
		stepLine := i + 1
		out = append(out, l)
		i++
		s, err := parseStep(l)
		if err != nil {
			t.Fatalf("%s:%d: %v", file, stepLine, err)
		}
		if s.verb == "deploy" {
			s.tx.Files, i = readFiles(t, file, lines, i, &out)
		}
		var want []string
		for ; i < len(lines) && strings.HasPrefix(lines[i], ">"); i++ {
			want = append(want, lines[i])
		}
		got, err := s.run(e, int64(step))
		if err != nil {
			t.Fatalf("%s:%d: %v", file, stepLine, err)
		}
		out = append(out, got...)
		if !*update && strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:%d: step %d: %s\nexpected:\n%s\nactual:\n%s", file, stepLine, step, l, strings.Join(want, "\n"), strings.Join(got, "\n"))
		}
	}
	if *update {
		if err := os.WriteFile(file, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readFiles reads the "-- name --" sections of a deploy up to "-- end --",
// copying them to out.
func readFiles(t *testing.T, file string, lines []string, i int, out *[]string) ([]vm.File, int) {
	var files []vm.File
	for ; i < len(lines); i++ {
		l := lines[i]
		*out = append(*out, l)
		if l == "-- end --" {
			return files, i + 1
		}
		if name, ok := strings.CutPrefix(l, "-- "); ok && strings.HasSuffix(name, " --") {
			files = append(files, vm.File{Name: strings.TrimSuffix(name, " --")})
			continue
		}
		if len(files) == 0 {
			t.Fatalf("%s:%d: deploy: source before a -- name.go -- line", file, i+1)
		}
		f := &files[len(files)-1]
		f.Src = append(append(f.Src, l...), '\n')
	}
	t.Fatalf("%s: deploy without -- end --", file)
	return nil, 0
}

// step is a parsed step line.
type step struct {
	verb string // deploy, call, query, render
	tx   Tx
	// nonce: given in the step; otherwise the height is the nonce, as a
	// dev sequencer stamps it, so repeated steps are distinct transactions
	nonce bool
	path  string // render
}

func parseStep(line string) (*step, error) {
	w := words(line)
	s := &step{tx: Tx{Caller: "dev"}}
	for ; len(w) >= 2 && (w[0] == "as" || w[0] == "gas" || w[0] == "nonce"); w = w[2:] {
		if w[0] == "as" {
			s.tx.Caller = w[1]
			continue
		}
		n, err := strconv.ParseUint(w[1], 10, 63)
		if err != nil {
			return nil, fmt.Errorf("bad %s %q", w[0], w[1])
		}
		if w[0] == "gas" {
			s.tx.GasLimit = int64(n)
		} else {
			s.tx.Nonce, s.nonce = n, true
		}
	}
	if len(w) < 2 {
		return nil, fmt.Errorf("want [as CALLER] [gas LIMIT] [nonce N] VERB TARGET [ARG...], got %q", line)
	}
	s.verb = w[0]
	switch s.verb {
	case "deploy":
		s.tx.Kind, s.tx.Package = KindDeploy, w[1]
	case "call", "query":
		dot := strings.LastIndex(w[1], ".")
		if dot < 0 {
			return nil, fmt.Errorf("want PKG.Func, got %q", w[1])
		}
		s.tx.Kind, s.tx.Package, s.tx.Func, s.tx.Args = KindCall, w[1][:dot], w[1][dot+1:], w[2:]
	case "render":
		if len(w) > 3 {
			return nil, fmt.Errorf("want render PKG [PATH], got %q", line)
		}
		s.tx.Package, s.path = w[1], strings.Join(w[2:], "")
	default:
		return nil, fmt.Errorf("unknown verb %q", s.verb)
	}
	return s, nil
}

// run runs the step at height and returns its outcome lines.
func (s *step) run(e *Engine, height int64) ([]string, error) {
	switch s.verb {
	case "render":
		md, rc := e.Render(s.tx.Package, s.path)
		if !rc.OK() {
			return outcome(rc, ""), nil
		}
		var out []string
		for _, l := range strings.Split(strings.TrimSuffix(md, "\n"), "\n") {
			out = append(out, strings.TrimRight("> "+l, " "))
		}
		return out, nil
	case "query":
		rc := e.Query(s.tx)
		return outcome(rc, fmt.Sprintf(" gas=%d", rc.GasUsed)), nil
	}
	blk := Block{Height: height, Time: scenarioEpoch.Add(time.Duration(height) * time.Second), ChainID: "scenario"}
	if !s.nonce {
		s.tx.Nonce = uint64(height)
	}
	rc, err := e.Apply(s.tx, blk)
	if err != nil {
		return nil, err
	}
	return outcome(rc, fmt.Sprintf(" gas=%d writes=%d hash=%.16s", rc.GasUsed, rc.Writes, rc.StateHash)), nil
}

// outcome formats a receipt: result or error, then tail, then the events.
func outcome(rc *Receipt, tail string) []string {
	res := string(rc.Result)
	if rc.Kind == KindDeploy && rc.OK() {
		res = "ok"
	}
	if !rc.OK() {
		res = "error " + rc.ErrorKind + ": " + rc.Error
		if rc.Pos != "" {
			res += " at " + rc.Pos
		}
	}
	out := strings.Split("> "+strings.ReplaceAll(res, "\n", "\n> ")+tail, "\n")
	for _, ev := range rc.Events {
		l := "> event " + ev.Pkg + "." + ev.Type
		for i, s := range ev.List {
			if i%2 == 0 {
				l += " " + quote(s)
			} else {
				l += "=" + quote(s)
			}
		}
		out = append(out, l)
	}
	return out
}

func quote(s string) string {
	if s == "" || strings.ContainsAny(s, " =\"'\\") || strconv.Quote(s) != `"`+s+`"` {
		return strconv.Quote(s)
	}
	return s
}

// words splits a step line at spaces; 'quoted' words keep their spaces,
// and a word starting with # ends the line.
func words(line string) []string {
	var w []string
	for {
		line = strings.TrimLeft(line, " \t")
		switch {
		case line == "" || line[0] == '#':
			return w
		case line[0] == '\'':
			end := strings.IndexByte(line[1:], '\'')
			if end < 0 {
				return append(w, line[1:])
			}
			w, line = append(w, line[1:end+1]), line[end+2:]
		default:
			end := strings.IndexAny(line, " \t")
			if end < 0 {
				return append(w, line)
			}
			w, line = append(w, line[:end]), line[end:]
		}
	}
}
