package vm

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// testingSource is the VM's testing package: the subset of Go's testing
// used by contract tests (T.Run, Error(f), Fatal(f), Log(f), Helper, Skip,
// Cleanup, Failed, Name), printing as go test does.
const testingSource = `package testing

import "fmt"

type InternalTest struct {
	Name string
	F    func(*T)
}

type stop struct{}

// T is the state of one test.
type T struct {
	name     string
	failed   bool
	skipped  bool
	finished bool
	logs     []string
	cleanups []func()
	helpers  []string
	verbose  bool
	depth    int
	pattern  string
	sub      []string
}

func (t *T) Name() string  { return t.name }
func (t *T) Failed() bool  { return t.failed }
func (t *T) Skipped() bool { return t.skipped }
func (t *T) Helper()       { t.helpers = append(t.helpers, callerFunc(1)) }
func (t *T) Cleanup(f func()) { t.cleanups = append(t.cleanups, f) }

func (t *T) log(s string) {
	if len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	t.logs = append(t.logs, callerLine(t.helpers)+": "+s)
}

func (t *T) Log(args ...any)                 { t.log(fmt.Sprintln(args...)) }
func (t *T) Logf(format string, args ...any) { t.log(fmt.Sprintf(format, args...)) }
func (t *T) Error(args ...any)               { t.log(fmt.Sprintln(args...)); t.failed = true }
func (t *T) Errorf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.failed = true
}
func (t *T) Fail()    { t.failed = true }
func (t *T) FailNow() { t.failed = true; panic(stop{}) }
func (t *T) Fatal(args ...any) {
	t.log(fmt.Sprintln(args...))
	t.failed = true
	panic(stop{})
}
func (t *T) Fatalf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.failed = true
	panic(stop{})
}
func (t *T) Skip(args ...any) {
	if len(args) > 0 {
		t.log(fmt.Sprintln(args...))
	}
	t.skipped = true
	panic(stop{})
}
func (t *T) Skipf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.skipped = true
	panic(stop{})
}
func (t *T) SkipNow() { t.skipped = true; panic(stop{}) }

func rewrite(name string) string {
	b := []byte(name)
	for i, c := range b {
		if c == ' ' {
			b[i] = '_'
		}
	}
	return string(b)
}

// Run runs f as a subtest of t called name.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: t.name + "/" + rewrite(name), verbose: t.verbose, depth: t.depth + 1, pattern: t.pattern}
	if !matchName(t.pattern, sub.name) {
		return true
	}
	run(sub, f)
	if sub.failed {
		t.failed = true
	}
	t.sub = append(t.sub, report(sub)...)
	return !sub.failed
}

func runBody(t *T, f func(*T)) {
	defer func() {
		r := recover()
		if r != nil {
			if _, ok := r.(stop); !ok {
				panic(r)
			}
		}
	}()
	f(t)
}

func run(t *T, f func(*T)) {
	if t.verbose {
		fmt.Printf("=== RUN   %s\n", t.name)
	}
	runBody(t, f)
	for i := len(t.cleanups) - 1; i >= 0; i-- {
		t.cleanups[i]()
	}
}

func indent(depth int) string {
	s := ""
	for i := 0; i < depth; i++ {
		s += "    "
	}
	return s
}

// report returns the lines go test prints for a finished test.
func report(t *T) []string {
	var out []string
	status := "PASS"
	if t.failed {
		status = "FAIL"
	} else if t.skipped {
		status = "SKIP"
	}
	head := indent(t.depth) + "--- " + status + ": " + t.name + " (0.00s)"
	var logs []string
	for _, l := range t.logs {
		logs = append(logs, indent(t.depth+1)+l)
	}
	if t.verbose {
		// logs were printed as they happened in go test -v; print them before the result
		out = append(out, logs...)
		out = append(out, head)
		out = append(out, t.sub...)
		return out
	}
	if t.failed || t.skipped {
		out = append(out, head)
		out = append(out, logs...)
	}
	out = append(out, t.sub...)
	return out
}

// Main runs the tests and reports whether all passed.
func Main(tests []InternalTest, pattern string, verbose bool) bool {
	ok := true
	for _, tt := range tests {
		if !matchName(pattern, tt.Name) {
			continue
		}
		t := &T{name: tt.Name, verbose: verbose, pattern: pattern}
		run(t, tt.F)
		for _, l := range report(t) {
			fmt.Println(l)
		}
		if t.failed {
			ok = false
		}
	}
	return ok
}

func matchName(pattern, name string) bool
func callerLine(helpers []string) string
func callerFunc(skip int) string
`

func init() {
	stdlibSources["testing"] = []File{{Name: "$GOROOT/src/testing/testing.go", Src: []byte(testingSource)}}
	register(map[string]native{
		"testing.matchName": func(th *Thread, a []any) []any {
			pat, name := a[0].(string), a[1].(string)
			if pat == "" {
				return []any{true}
			}
			// like go test: each /-separated element matches its level
			pats := strings.Split(pat, "/")
			parts := strings.Split(name, "/")
			for i, p := range pats {
				if i >= len(parts) {
					break
				}
				re, err := regexp.Compile(p)
				if err != nil || !re.MatchString(parts[i]) {
					return []any{false}
				}
			}
			return []any{true}
		},
		"testing.callerFunc": func(th *Thread, a []any) []any {
			// frames: callerFunc (native), Helper, the helper function
			d := th.depth - 1 - toIntAny(a[0])
			if d >= 1 {
				return []any{th.frames[d].fn.name}
			}
			return []any{""}
		},
		"testing.callerLine": func(th *Thread, a []any) []any {
			helpers, _ := a[0].([]string)
			for d := th.depth - 1; d >= 1; d-- {
				f := th.frames[d]
				if strings.HasPrefix(f.fn.name, "testing.") || strings.HasPrefix(f.fn.name, "fmt.") {
					continue
				}
				skip := false
				for _, h := range helpers {
					if h == f.fn.name {
						skip = true
					}
				}
				if skip {
					continue
				}
				p := th.prog.fset.Position(f.pos)
				return []any{fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)}
			}
			return []any{"???:1"}
		},
	})
}

func toIntAny(v any) int { return int(toInt(v)) }

// TestResult is the outcome of RunTests.
type TestResult struct {
	Passed  bool
	GasUsed int64
}

// testMainFile generates the file that lists a package's tests, in source
// order, and calls testing.Main.
func testMainFile(files []File, pattern string, verbose bool) (File, error) {
	fset := token.NewFileSet()
	var names []string
	pkg := ""
	for _, f := range files {
		af, err := parser.ParseFile(fset, f.Name, f.Src, parser.SkipObjectResolution)
		if err != nil {
			return File{}, err
		}
		pkg = af.Name.Name
		if !strings.HasSuffix(f.Name, "_test.go") {
			continue
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || !strings.HasPrefix(fd.Name.Name, "Test") || fd.Type.Params.NumFields() != 1 {
				continue
			}
			if rest := strings.TrimPrefix(fd.Name.Name, "Test"); rest != "" && strings.ToLower(rest[:1]) == rest[:1] {
				continue
			}
			names = append(names, fd.Name.Name)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport amigotesting__ \"testing\"\n\nfunc AmigoTestMain__() bool {\n\treturn amigotesting__.Main([]amigotesting__.InternalTest{\n", pkg)
	for _, n := range names {
		fmt.Fprintf(&b, "\t\t{%q, %s},\n", n, n)
	}
	fmt.Fprintf(&b, "\t}, %q, %v)\n}\n", pattern, verbose)
	return File{Name: "_testmain.go", Src: []byte(b.String())}, nil
}

// RunTests runs the Test functions of a package (files include its
// _test.go files) in the VM, printing as go test does to cfg.Stdout.
func RunTests(cfg Config, path string, files []File, pattern string, verbose bool, resolve Resolver) (TestResult, error) {
	cfg = cfg.withDefaults()
	if pattern != "" {
		if _, err := regexp.Compile(pattern); err != nil {
			return TestResult{}, fmt.Errorf("invalid -run pattern: %v", err)
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	tm, err := testMainFile(files, pattern, verbose)
	if err != nil {
		return TestResult{}, err
	}
	cfg.Tests = true
	prog, err := Load(cfg, path, append(files, tm), resolve)
	if err != nil {
		return TestResult{}, err
	}
	th := prog.NewThread(cfg)
	th.Ctx = testContext()
	th.entry = prog.main.realm // amigo.Self() in a test is the package's
	if err := prog.Init(th); err != nil {
		return TestResult{GasUsed: th.GasUsed()}, err
	}
	res, err := prog.CallFunc(th, "AmigoTestMain__")
	if err != nil {
		return TestResult{GasUsed: th.GasUsed()}, err
	}
	return TestResult{Passed: res[0].(bool), GasUsed: th.GasUsed()}, nil
}
