package vm

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// NewThread returns a thread that executes code of p with cfg's limits.
func (p *Program) NewThread(cfg Config) *Thread { return newThread(p, cfg) }

// Init runs package initialisation: variable initialisers in dependency
// order, then init functions, dependencies first.
func (p *Program) Init(th *Thread) error {
	return th.protect(func() {
		for _, f := range p.inits {
			f(th)
		}
	})
}

// InitStd runs the initialisation of the program's standard packages
// only: what a program whose deployed packages' state comes from the
// store needs once after Load.
func (p *Program) InitStd(th *Thread) error {
	return th.protect(func() {
		for i, f := range p.inits {
			if !p.initPkgs[i].persisted() {
				f(th)
			}
		}
	})
}

// InitPackage runs the initialisation of one deployed package (at deploy).
func (p *Program) InitPackage(th *Thread, path string) error {
	return th.protect(func() {
		for i, f := range p.inits {
			if p.initPkgs[i].path == path {
				f(th)
			}
		}
	})
}

// Reset readies a finished thread for another execution with cfg's
// limits, keeping its stacks: cheaper than NewThread for many short calls.
func (th *Thread) Reset(cfg Config) {
	cfg = cfg.withDefaults()
	clear(th.astk)
	clear(th.sstk)
	*th = Thread{prog: th.prog, cfg: cfg, gas: cfg.MaxGas, alloc: cfg.MaxAlloc, outLeft: cfg.MaxOutput,
		istk: th.istk, fstk: th.fstk, sstk: th.sstk, astk: th.astk, frames: th.frames}
	th.out = &limitWriter{th, cfg.Stdout}
	th.errOut = &limitWriter{th, cfg.Stderr}
}

// Name is the main package's name.
func (p *Program) Name() string { return p.main.types.Name() }

// Doc is the main package's doc comment.
func (p *Program) Doc() string {
	var parts []string
	for _, f := range p.main.files {
		if f.Doc != nil {
			parts = append(parts, strings.TrimSpace(f.Doc.Text()))
		}
	}
	return strings.Join(parts, "\n\n")
}

// UseGas charges n gas outside the program's own execution; false means
// the limit was reached.
func (th *Thread) UseGas(n int64) bool {
	th.gas -= n
	if th.gas < 0 {
		th.gas = 0
		return false
	}
	return true
}

// Path is the import path of the program's main package.
func (p *Program) Path() string { return p.main.path }

// Enter sets the realm a transaction calls into (the main package) and the
// context the amigo package reports.
func (th *Thread) Enter(ctx *Context) {
	th.Ctx = ctx
	th.entry = th.prog.main.realm
}

// CallFunc calls the package-level function name of the main package with
// host-value arguments and returns its host-value results.
func (p *Program) CallFunc(th *Thread, name string, args ...any) (res []any, err error) {
	obj, ok := p.main.types.Scope().Lookup(name).(*types.Func)
	if !ok {
		return nil, fmt.Errorf("no function %s in package %s", name, p.main.path)
	}
	fn := p.funcByObj(obj, nil)
	err = th.protect(func() { res = th.callClosure(&Closure{fn: fn}, args, nil) })
	return res, err
}

// protect runs f and converts whatever ends it abnormally into a *RunError.
func (th *Thread) protect(f func()) (err error) {
	depth := th.depth
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		var fr *frame
		if th.depth >= 1 && th.depth < len(th.frames) {
			fr = th.frames[th.depth]
		}
		re := &RunError{}
		switch x := r.(type) {
		case abort:
			re.Kind, re.Msg = x.kind, x.msg
			if fr != nil {
				re.Trace = th.trace(fr)
				re.Pos = userPos(re.Trace)
			}
		default:
			var rec *panicRecord
			if fr != nil {
				rec = th.toPanic(r, fr)
			} else if vp, ok := r.(vmPanic); ok {
				rec = vp.rec
			} else {
				rec = &panicRecord{val: &RuntimeErr{fmt.Sprint(r)}}
			}
			re.Kind = ErrPanic
			re.Value = rec.val
			re.Trace = rec.trace
			re.Pos = userPos(rec.trace)
			re.Msg = th.prog.panicChain(rec, th)
		}
		th.depth = depth
		th.isp, th.fsp, th.ssp, th.asp = 0, 0, 0, 0
		re.GasUsed = th.GasUsed()
		err = re
	}()
	f()
	return nil
}

// panicMessageSafe formats a panic value; an Error or String method that
// itself fails falls back to the raw formatting.
func (p *Program) panicMessageSafe(v any, th *Thread) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprintf("%v", v)
		}
	}()
	msg := p.panicMessage(v, th)
	if t := p.typeOfIface(v); t != nil && t != p.rtErr && t.kind != kString && t.method("Error") == nil && t.method("String") == nil && !t.isPredeclared() && t.kind.isBasic() {
		return msg
	}
	if t := p.typeOfIface(v); t != nil && t.method("Error") != nil && t != p.rtErr {
		return msg
	}
	return msg
}

// RunMain runs a package main: initialisation, then main.main.
func (p *Program) RunMain(th *Thread) error {
	if p.main.types.Name() != "main" {
		return fmt.Errorf("package %s is not a main package", p.main.types.Name())
	}
	if _, ok := p.main.types.Scope().Lookup("main").(*types.Func); !ok {
		return &CheckError{Diags: []Diagnostic{{Msg: "function main is undeclared in the main package"}}}
	}
	if err := p.Init(th); err != nil {
		return err
	}
	_, err := p.CallFunc(th, "main")
	return err
}

// ReadDir reads the .go files of a directory (without _test.go files unless
// tests is set), sorted by name.
func ReadDir(dir string, tests bool) ([]File, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []File
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || (!tests && strings.HasSuffix(n, "_test.go")) {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: filepath.Join(dir, n), Src: src})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	if len(files) == 0 {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	return files, nil
}

// FormatPanic formats a run error as Go prints an unrecovered panic.
func FormatPanic(err error) string {
	re, ok := err.(*RunError)
	if !ok {
		return err.Error() + "\n"
	}
	var b strings.Builder
	if re.Kind == ErrPanic {
		b.WriteString("panic: " + re.Msg)
		if _, isErr := re.Value.(*RuntimeErr); isErr && strings.HasPrefix(re.Msg, "runtime error:") {
			b.WriteString("\n[signal]")
			s := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(s, "\n[signal]"))
		}
		b.WriteString("\n\ngoroutine 1 [running]:\n")
	} else {
		b.WriteString(re.Error() + "\n\n")
	}
	for _, f := range re.Trace {
		fmt.Fprintf(&b, "%s(...)\n\t%s\n", f.Func, f.Pos)
	}
	fmt.Fprintf(&b, "gas used: %d\n", re.GasUsed)
	return b.String()
}

// userPos is the position of the innermost frame in the program's own
// code (not in a standard package), or else of the innermost frame.
func userPos(trace []Frame) token.Position {
	for _, f := range trace {
		if f.Pos.IsValid() && !strings.HasPrefix(f.Pos.Filename, "$GOROOT/") {
			return f.Pos
		}
	}
	for _, f := range trace {
		if f.Pos.IsValid() {
			return f.Pos
		}
	}
	return token.Position{}
}

// panicChain formats a panic and the panics it interrupted as Go prints
// them: oldest first, "[recovered]" on those that were recovered.
func (p *Program) panicChain(rec *panicRecord, th *Thread) string {
	var chain []*panicRecord
	for r := rec; r != nil && len(chain) < 100; r = r.prev {
		chain = append(chain, r)
	}
	var b strings.Builder
	for i := len(chain) - 1; i >= 0; i-- {
		r := chain[i]
		if i < len(chain)-1 {
			b.WriteString("\n\tpanic: ")
		}
		b.WriteString(p.panicMessageSafe(r.val, th))
		if r.recovered {
			b.WriteString(" [recovered]")
		}
	}
	return b.String()
}
