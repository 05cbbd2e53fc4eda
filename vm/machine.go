package vm

import (
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

// class is where a value of a given type lives in a frame.
type class uint8

const (
	clsInt    class = iota // I: every integer kind, and bool as 0/1
	clsFloat               // F: float32 and float64
	clsString              // S
	clsAny                 // A: everything else, host representation
	clsBool                // expression-only: bool result (stored in I)
)

func classOf(t types.Type) class {
	switch k := kindOf(t); {
	case k.isInt():
		return clsInt
	case k == kBool:
		return clsBool
	case k.isFloat():
		return clsFloat
	case k == kString:
		return clsString
	}
	return clsAny
}

// slotClass is the frame array a class is stored in.
func (c class) slot() class {
	if c == clsBool {
		return clsInt
	}
	return c
}

// Func is a compiled function.
type Func struct {
	name     string
	pos      token.Pos
	nI, nF   int
	nS, nA   int
	body     func(*frame) ctl
	params   []slotRef // where the caller puts each argument
	results  []slotRef
	prologue func(*frame)
	hasDefer bool
	variadic bool
	native   func(th *Thread, args []any) []any
	compile  func() // compiles the body on first call
	sig      *types.Signature
	isMethod bool // receiver is params[0], passed in A as a host value
	// recvReadOnly: a value receiver the body never writes, addresses or
	// lets escape, so callers need not copy it.
	recvReadOnly bool
	epilogue     func(*frame) // copies named results out after deferred calls
	// realm is the deployed package the code belongs to; nil for standard
	// packages, which run in their caller's realm.
	realm *realm
	// env describes the captured variables of a function literal, so a
	// persisted closure can be rebuilt.
	envTypes []*rtype
	envCell  []bool      // env[i] is a *any cell (else a struct/array object)
	litKey   string      // position key of a function literal
	decl     *types.Func // a package-level function (not a method, not generic)
}

type slotRef struct {
	cls class
	idx int
	t   *rtype
}

// frame is the activation record of a call.
type frame struct {
	I   []int64
	F   []float64
	S   []string
	A   []any
	env []any
	th  *Thread
	fn  *Func
	pos token.Pos

	label  string // target of a labeled break/continue/goto in flight
	defers []deferred
	// deferCall is set on a frame called directly by the defer machinery,
	// where recover can stop a panic.
	deferOf *panicRecord
	depth   int
	running bool // arguments are in place and the body runs
	// borrow is the realm a method runs in when its package's code calls
	// it on an object the package owns but another package's type defines
	// (a library type held in the package's state).
	borrow             *realm
	isp, fsp, ssp, asp int
}

type deferred struct {
	fn   *Closure
	args []any
	call func(th *Thread) // for builtins and natives
	pos  token.Pos
}

// ctl is how a statement finished.
type ctl uint8

const (
	ctlNext ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
	ctlGoto
	ctlFallthrough
)

// panicRecord is a panic in flight.
type panicRecord struct {
	val       any // a VM interface value
	recovered bool
	prev      *panicRecord // the panic in flight when this one started
	trace     []Frame
	pos       token.Pos
}

// vmPanic is the host panic value that carries a VM panic.
type vmPanic struct{ rec *panicRecord }

// Error describes the panic when host code (Go's fmt) reports it.
func (p vmPanic) Error() string {
	if e, ok := p.rec.val.(error); ok {
		return e.Error()
	}
	return fmt.Sprint(p.rec.val)
}

// RuntimeErr is the dynamic value of a run-time panic (index out of range,
// nil map assignment, ...); it implements error and runtime.Error.
type RuntimeErr struct{ Msg string }

func (e *RuntimeErr) Error() string { return e.Msg }

// PanicNilErr is the value of panic(nil), *runtime.PanicNilError in Go.
type PanicNilErr struct{}

const panicNilMsg = "panic called with nil argument"

func (*PanicNilErr) Error() string { return panicNilMsg }

func runtimeError(msg string) vmPanic {
	return vmPanic{&panicRecord{val: &RuntimeErr{"runtime error: " + msg}}}
}

func runtimeErrorPlain(msg string) vmPanic {
	return vmPanic{&panicRecord{val: &RuntimeErr{msg}}}
}

// Thread executes VM code. It is not safe for concurrent use.
type Thread struct {
	prog               *Program
	cfg                Config
	gas                int64 // remaining
	alloc              int64 // remaining bytes
	depth              int
	frames             []*frame
	istk               []int64
	fstk               []float64
	sstk               []string
	astk               []any
	isp, fsp, ssp, asp int
	out, errOut        *limitWriter
	outLeft            int64
	// Ctx is the transaction context visible through the amigo package
	// (a *Context; nil means the zero context).
	Ctx    any
	events []Event
	// entry is the realm the transaction called into; entryCaller the
	// realm that called it (nil: the transaction's own caller).
	entry, entryCaller *realm
	rand               randState
	sess               *Session
}

type limitWriter struct {
	th *Thread
	w  io.Writer
}

func (l *limitWriter) Write(p []byte) (int, error) {
	th := l.th
	if int64(len(p)) > th.outLeft {
		th.outLeft = 0
		panic(abort{kind: ErrOutputLimit, msg: fmt.Sprintf("more than %d bytes of output", th.cfg.MaxOutput)})
	}
	th.outLeft -= int64(len(p))
	th.useGas(int64(len(p)))
	return l.w.Write(p)
}

func newThread(p *Program, cfg Config) *Thread {
	cfg = cfg.withDefaults()
	th := &Thread{prog: p, cfg: cfg, gas: cfg.MaxGas, alloc: cfg.MaxAlloc, outLeft: cfg.MaxOutput}
	th.out = &limitWriter{th, cfg.Stdout}
	th.errOut = &limitWriter{th, cfg.Stderr}
	th.istk = make([]int64, 1024)
	th.fstk = make([]float64, 256)
	th.sstk = make([]string, 256)
	th.astk = make([]any, 1024)
	th.frames = make([]*frame, 64)
	return th
}

// GasUsed is the gas consumed so far.
func (th *Thread) GasUsed() int64 { return th.cfg.MaxGas - th.gas }

func (th *Thread) outOfGas() {
	th.gas = 0
	panic(abort{kind: ErrOutOfGas, msg: fmt.Sprintf("gas limit %d reached", th.cfg.MaxGas)})
}

func (th *Thread) useGas(n int64) {
	th.gas -= n
	if th.gas < 0 {
		th.outOfGas()
	}
}

// allocBytes charges an allocation of n bytes against gas and MaxAlloc.
func (th *Thread) allocBytes(n int64) {
	if n < 0 || n > th.alloc {
		th.alloc = 0
		panic(abort{kind: ErrAllocLimit, msg: fmt.Sprintf("allocating %d bytes exceeds the limit of %d", n, th.cfg.MaxAlloc)})
	}
	th.alloc -= n
	th.useGas(n / 8)
}

// push makes the frame for a call of fn.
func (th *Thread) push(fn *Func) *frame {
	if fn.body == nil && fn.compile != nil {
		fn.compile()
	}
	th.gas -= 10
	if th.gas < 0 {
		th.outOfGas()
	}
	d := th.depth + 1
	if d > th.cfg.MaxCallDepth {
		panic(abort{kind: ErrCallDepth, msg: fmt.Sprintf("more than %d nested calls in %s", th.cfg.MaxCallDepth, fn.name)})
	}
	th.depth = d
	if d >= len(th.frames) {
		th.frames = append(th.frames, make([]*frame, len(th.frames))...)
	}
	fr := th.frames[d]
	if fr == nil {
		fr = &frame{th: th, depth: d}
		th.frames[d] = fr
	}
	fr.fn = fn
	fr.running = false
	fr.env = nil
	fr.deferOf = nil
	fr.defers = fr.defers[:0]
	fr.isp, fr.fsp, fr.ssp, fr.asp = th.isp, th.fsp, th.ssp, th.asp
	if n := fn.nI; n > 0 {
		if th.isp+n > len(th.istk) {
			th.istk = make([]int64, 2*len(th.istk)+n)
		}
		fr.I = th.istk[th.isp : th.isp+n : th.isp+n]
		clear(fr.I)
		th.isp += n
	}
	if n := fn.nF; n > 0 {
		if th.fsp+n > len(th.fstk) {
			th.fstk = make([]float64, 2*len(th.fstk)+n)
		}
		fr.F = th.fstk[th.fsp : th.fsp+n : th.fsp+n]
		clear(fr.F)
		th.fsp += n
	}
	if n := fn.nS; n > 0 {
		if th.ssp+n > len(th.sstk) {
			th.sstk = make([]string, 2*len(th.sstk)+n)
		}
		fr.S = th.sstk[th.ssp : th.ssp+n : th.ssp+n]
		clear(fr.S)
		th.ssp += n
	}
	if n := fn.nA; n > 0 {
		if th.asp+n > len(th.astk) {
			th.astk = make([]any, 2*len(th.astk)+n)
		}
		fr.A = th.astk[th.asp : th.asp+n : th.asp+n]
		th.asp += n
	}
	return fr
}

// pop releases the frame of the innermost call.
func (th *Thread) pop(fr *frame) {
	if fr.fn.nA > 0 {
		clear(fr.A)
	}
	th.isp, th.fsp, th.ssp, th.asp = fr.isp, fr.fsp, fr.ssp, fr.asp
	th.depth = fr.depth - 1
}

// unwindTo restores the thread's stacks to frame fr after a host panic
// skipped the pops of the frames above it.
func (th *Thread) unwindTo(fr *frame) {
	th.depth = fr.depth
	th.isp = fr.isp + fr.fn.nI
	th.fsp = fr.fsp + fr.fn.nF
	th.ssp = fr.ssp + fr.fn.nS
	th.asp = fr.asp + fr.fn.nA
}

// run executes a pushed frame whose arguments are in place.
func (th *Thread) run(fr *frame) {
	fn := fr.fn
	fr.borrow = nil
	if fn.isMethod && fn.realm != nil && fn.native == nil && len(fn.params) > 0 {
		th.borrowRealm(fr)
	}
	fr.running = true
	if fn.native != nil {
		th.runNative(fr)
		return
	}
	if fn.prologue != nil {
		fn.prologue(fr)
	}
	if fn.hasDefer {
		th.runWithDefers(fr)
		return
	}
	fn.body(fr)
}

func (th *Thread) runNative(fr *frame) {
	fn := fr.fn
	args := make([]any, len(fn.params))
	for i, p := range fn.params {
		args[i] = fr.load(p)
	}
	res := fn.native(th, args)
	for i, r := range fn.results {
		fr.store(r, res[i])
	}
}

// load reads a slot as a host value.
func (fr *frame) load(r slotRef) any {
	switch r.cls {
	case clsInt, clsBool:
		return fromInt(r.t.kind, fr.I[r.idx])
	case clsFloat:
		return fromFloat(r.t.kind, fr.F[r.idx])
	case clsString:
		return fr.S[r.idx]
	}
	return fr.A[r.idx]
}

// store writes a host value into a slot.
func (fr *frame) store(r slotRef, v any) {
	switch r.cls {
	case clsInt, clsBool:
		fr.I[r.idx] = toInt(v)
	case clsFloat:
		fr.F[r.idx] = toFloat(v)
	case clsString:
		fr.S[r.idx] = v.(string)
	default:
		fr.A[r.idx] = v
	}
}

// runWithDefers runs a function body that has defer statements, with Go's
// panic and recover rules.
func (th *Thread) runWithDefers(fr *frame) {
	defer th.finishDefers(fr)
	fr.fn.body(fr)
}

func (th *Thread) finishDefers(fr *frame) {
	r := recover()
	var rec *panicRecord
	if r != nil {
		if a, ok := r.(abort); ok {
			panic(a)
		}
		rec = th.toPanic(r, fr)
		th.unwindTo(fr)
	}
	for len(fr.defers) > 0 {
		d := fr.defers[len(fr.defers)-1]
		fr.defers = fr.defers[:len(fr.defers)-1]
		rec = th.runDeferred(fr, d, rec)
	}
	if rec != nil && !rec.recovered {
		panic(vmPanic{rec})
	}
	if fr.fn.epilogue != nil {
		fr.fn.epilogue(fr)
	}
}

// runDeferred runs one deferred call while rec (maybe nil) is in flight and
// returns the panic in flight afterwards.
func (th *Thread) runDeferred(fr *frame, d deferred, rec *panicRecord) (out *panicRecord) {
	out = rec
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(abort); ok {
				panic(a)
			}
			out = th.toPanic(r, fr)
			if rec != nil && out != rec && out.prev == nil {
				out.prev = rec
			}
			th.unwindTo(fr)
		}
	}()
	if d.call != nil {
		d.call(th)
	} else {
		th.callClosure(d.fn, d.args, rec)
	}
	if rec != nil && rec.recovered {
		return nil
	}
	return rec
}

// toPanic converts a recovered host panic into a VM panic record.
func (th *Thread) toPanic(r any, fr *frame) *panicRecord {
	switch r := r.(type) {
	case vmPanic:
		if r.rec.trace == nil {
			r.rec.trace = th.trace(fr)
		}
		return r.rec
	case runtime.Error:
		msg := r.Error()
		if debugVM {
			fmt.Fprintf(os.Stderr, "vm debug: %v\n%s\n", r, debug.Stack())
		}
		// Go's runtime messages already read "runtime error: ...".
		return &panicRecord{val: &RuntimeErr{msg}, trace: th.trace(fr)}
	case error:
		var ne interface{ RuntimeError() }
		if errors.As(r, &ne) {
			return &panicRecord{val: &RuntimeErr{r.Error()}, trace: th.trace(fr)}
		}
	}
	// A bug in the VM itself: report it as a VM panic rather than crash.
	return &panicRecord{val: &RuntimeErr{fmt.Sprintf("vm internal error: %v", r)}, trace: th.trace(fr)}
}

// trace lists the VM frames from fr down to the outermost call.
func (th *Thread) trace(fr *frame) []Frame {
	var out []Frame
	for d := fr.depth; d >= 1 && d < len(th.frames); d-- {
		f := th.frames[d]
		if f == nil || f.fn == nil {
			break
		}
		out = append(out, Frame{Func: f.fn.name, Pos: th.prog.fset.Position(f.pos)})
		if len(out) > 50 {
			break
		}
	}
	return out
}

// callClosure calls a function value with host-value arguments (variadic
// already packed) and returns its results as host values. deferOf is the
// panic a deferred call may recover.
func (th *Thread) callClosure(c *Closure, args []any, deferOf *panicRecord) []any {
	if c == nil {
		panic(runtimeError("invalid memory address or nil pointer dereference"))
	}
	fn := c.fn
	nf := th.push(fn)
	nf.env = c.env
	nf.deferOf = deferOf
	i := 0
	if c.bound {
		nf.store(fn.params[0], c.recv)
		i = 1
	}
	for _, a := range args {
		nf.store(fn.params[i], a)
		i++
	}
	th.run(nf)
	var res []any
	if len(fn.results) > 0 {
		res = make([]any, len(fn.results))
		for i, r := range fn.results {
			res[i] = nf.load(r)
		}
	}
	th.pop(nf)
	return res
}

// Call calls a function value from host code (natives such as sort.Slice).
func (th *Thread) Call(c *Closure, args ...any) []any { return th.callClosure(c, args, nil) }

// panicMessage formats a panic value as Go's runtime prints it.
func (p *Program) panicMessage(v any, th *Thread) string {
	switch x := v.(type) {
	case nil:
		return "panic called with nil argument (use runtime.PanicNilError)"
	case *RuntimeErr:
		return x.Msg
	case *PanicNilErr:
		return panicNilMsg
	case string:
		return x
	case error:
		return x.Error()
	}
	t := p.typeOfIface(v)
	if th != nil {
		if m := t.method("Error"); m != nil {
			if s, ok := safeCallString(th, m, ifaceValue(v)); ok {
				return s
			}
		}
		if m := t.method("String"); m != nil && t.kind != kInterface {
			if s, ok := safeCallString(th, m, ifaceValue(v)); ok {
				return s
			}
		}
	}
	dv := ifaceValue(v)
	switch t.kind {
	case kString:
		if t.isPredeclared() {
			return fmt.Sprint(dv)
		}
		return fmt.Sprintf("%s(%q)", t.name, dv)
	case kFloat32, kFloat64:
		s := printFloat(toFloat(dv))
		if t.isPredeclared() {
			return s
		}
		return t.name + "(" + s + ")"
	case kComplex64, kComplex128:
		return fmt.Sprint(dv)
	}
	if t.kind.isBasic() {
		if t.isPredeclared() {
			return fmt.Sprint(dv)
		}
		return fmt.Sprintf("%s(%v)", t.name, dv)
	}
	return fmt.Sprintf("(%s) %s", t.name, "{...}")
}

func safeCallString(th *Thread, m *Closure, recv any) (s string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if a, isAbort := r.(abort); isAbort {
				panic(a)
			}
			ok = false
		}
	}()
	res := th.callClosure(&Closure{fn: m.fn, env: m.env, recv: recv, bound: true}, nil, nil)
	return res[0].(string), true
}

// printFloat formats a float as the print builtin does (+1.500000e+000).
func printFloat(f float64) string {
	s := fmt.Sprintf("%+e", f)
	// Go's print uses a three-digit exponent.
	if i := strings.LastIndexAny(s, "+-"); i > 0 && len(s)-i-1 == 2 {
		s = s[:i+1] + "0" + s[i+1:]
	}
	return s
}

// debugVM prints the host stack of run-time errors (AMIGO_VMDEBUG=1).
var debugVM = os.Getenv("AMIGO_VMDEBUG") != ""
