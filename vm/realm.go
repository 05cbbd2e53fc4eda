package vm

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"
)

// realm is a deployed package as the state machinery sees it: its path and
// its address. Code of a realm may change only objects that realm owns.
type realm struct {
	path string
	addr string
}

// curRealm is the deployed package whose code is running: the innermost
// frame of a deployed package (standard packages run in their caller's
// realm), or the realm the transaction entered.
func (th *Thread) curRealm() *realm {
	for d := th.depth; d >= 1; d-- {
		if fr := th.frames[d]; fr.running && fr.fn.realm != nil {
			return fr.fn.realm
		}
	}
	return th.entry
}

// mayWrite reports whether the running code may change objects owned by
// own: objects of its own package, and objects of a package that lent
// them to a method of this package's types (see borrowRealm), while this
// package's code runs on that method's behalf.
func (th *Thread) mayWrite(own *realm) bool {
	var pkg *realm
	for d := th.depth; d >= 1; d-- {
		fr := th.frames[d]
		r := fr.fn.realm
		if !fr.running || r == nil {
			continue // standard code runs for its caller
		}
		if pkg == nil {
			pkg = r
			if r == own {
				return true
			}
		} else if r != pkg {
			break // another package's code: its loans are not ours
		}
		if fr.borrow == own {
			return true
		}
	}
	return pkg == nil && th.entry == own
}

// borrowRealm lends a method of another package's type the objects of the
// package that calls it on an object that package may change: a library
// type (a token, a ledger) held in a package's state is changed by the
// library's methods. The loan covers writes only: the method still runs
// as its own package (amigo.Self, the Caller it shows others, the events
// it emits), so a library never acts with its holder's identity, and a
// method called by anyone else on an object it was handed cannot change
// it.
func (th *Thread) borrowRealm(fr *frame) {
	var own *realm
	switch recv := fr.A[fr.fn.params[0].idx].(type) {
	case *Struct:
		own = recv.own
	case *Map:
		if recv != nil && recv.ps != nil {
			own = recv.ps.own
		}
	}
	if own != nil && own != fr.fn.realm && th.mayWrite(own) {
		fr.borrow = own
	}
}

// callerAddr is amigo.Caller(): the address of the realm that called the
// running realm, or the transaction's caller at the outermost realm.
func (th *Thread) callerAddr() string {
	cur := th.curRealm()
	seen := false
	for d := th.depth; d >= 1; d-- {
		fr := th.frames[d]
		r := fr.fn.realm
		if r == nil || !fr.running {
			continue
		}
		if r == cur {
			seen = true
			continue
		}
		if seen {
			return r.addr
		}
	}
	if th.entryCaller != nil && cur != th.entry {
		return th.entryCaller.addr
	}
	return th.ctx().Caller
}

// checkWrite panics unless the running code may change an object owned by
// own (mayWrite).
func (th *Thread) checkWrite(own *realm, what string) {
	if own == nil || th.mayWrite(own) {
		return
	}
	from := "outside any package"
	if cur := th.curRealm(); cur != nil {
		from = "from package " + cur.path
	}
	panic(runtimeErrorPlain(fmt.Sprintf("cannot modify %s owned by package %s %s", what, own.path, from)))
}

// ownedPtr is a pointer into persisted state other than a struct field (a
// variable cell, a slice or array element): stores through it are checked
// against the owner.
type ownedPtr struct {
	p   Pointer
	own *realm
	th  *Thread
}

func (o ownedPtr) Load() any { return o.p.Load() }
func (o ownedPtr) Store(v any) {
	o.th.checkWrite(o.own, "a variable")
	o.p.Store(v)
}

// memRange is the memory of a persisted slice or array and its owner.
type memRange struct {
	start, end uintptr
	own        *realm
}

// seqOwner is the owner of the persisted array a slice's first element
// lies in, when writes must be checked (the program has more than one
// deployed package), else nil.
func (th *Thread) seqOwner(sl any) *realm {
	s := th.sess
	if s == nil || !s.guardSeqs || len(s.ranges) == 0 {
		return nil
	}
	rv := reflect.ValueOf(sl)
	if rv.Kind() != reflect.Slice || rv.Cap() == 0 {
		return nil
	}
	p := rv.Pointer()
	if !s.rangesSorted {
		slices.SortFunc(s.ranges, func(a, b memRange) int { return cmp.Compare(a.start, b.start) })
		s.rangesSorted = true
	}
	i, _ := slices.BinarySearchFunc(s.ranges, p, func(r memRange, p uintptr) int {
		if r.end <= p {
			return -1
		}
		if r.start > p {
			return 1
		}
		return 0
	})
	if i < len(s.ranges) && s.ranges[i].start <= p && p < s.ranges[i].end {
		return s.ranges[i].own
	}
	return nil
}

// checkSeq panics if sl's elements belong to another package's state.
func (th *Thread) checkSeq(sl any) {
	if th.sess == nil || !th.sess.guardSeqs {
		return
	}
	if own := th.seqOwner(sl); own != nil {
		th.checkWrite(own, "a slice or array")
	}
}

// addRange records the memory of a persisted slice or array.
func (s *Session) addRange(sl any, own *realm) {
	if !s.guardSeqs || own == nil {
		return
	}
	rv := reflect.ValueOf(sl)
	if rv.Kind() != reflect.Slice || rv.Cap() == 0 {
		return
	}
	start := rv.Pointer()
	s.ranges = append(s.ranges, memRange{start, start + uintptr(rv.Cap())*rv.Type().Elem().Size(), own})
	s.rangesSorted = false
}

// fieldPtr is a pointer to a (non-struct, non-array) field of a struct:
// stores through it are checked against the struct's owner.
type fieldPtr struct {
	p   *any
	own *realm
	th  *Thread
}

func (o fieldPtr) Load() any { return *o.p }
func (o fieldPtr) Store(v any) {
	if o.own != nil {
		o.th.checkWrite(o.own, "a field of a struct")
	}
	*o.p = v
}

// foreignWrites reports assignments to (and addresses of) variables of
// other packages: an imported package's variables are read-only to the
// importer. Writes through pointers, slices and maps a package hands out
// are caught when they run, by the owner check.
func foreignWrites(fset *token.FileSet, files []*ast.File, info *types.Info) []Diagnostic {
	var diags []Diagnostic
	check := func(x ast.Expr, what string) {
		if v := foreignRoot(x, info); v != nil {
			diags = append(diags, Diagnostic{
				Pos:  fset.Position(x.Pos()),
				Msg:  fmt.Sprintf("cannot %s %s.%s: variables of package %s are read-only outside it", what, v.Pkg().Name(), v.Name(), v.Pkg().Path()),
				Hint: "call a function of " + v.Pkg().Path() + " that changes it",
			})
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					check(l, "assign to")
				}
			case *ast.IncDecStmt:
				check(n.X, "assign to")
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					check(n.X, "take the address of")
				}
			case *ast.RangeStmt:
				if n.Tok == token.ASSIGN {
					if n.Key != nil {
						check(n.Key, "assign to")
					}
					if n.Value != nil {
						check(n.Value, "assign to")
					}
				}
			}
			return true
		})
	}
	return diags
}

// foreignRoot finds the package-level variable of another package that an
// lvalue stores into directly (through fields of struct values and
// elements of arrays), or nil.
func foreignRoot(x ast.Expr, info *types.Info) *types.Var {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			if id, ok := e.X.(*ast.Ident); ok {
				if _, ok := info.Uses[id].(*types.PkgName); ok {
					v, _ := info.Uses[e.Sel].(*types.Var)
					return v
				}
			}
			if sel := info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal && !sel.Indirect() {
				x = e.X
				continue
			}
			return nil
		case *ast.IndexExpr:
			if _, ok := info.TypeOf(e.X).Underlying().(*types.Array); ok {
				x = e.X
				continue
			}
			return nil
		default:
			return nil
		}
	}
}

// inTestFile reports whether pos is in a _test.go file (or the generated
// test main).
func (p *Program) inTestFile(pos token.Pos) bool {
	name := p.fset.Position(pos).Filename
	return strings.HasSuffix(name, "_test.go") || strings.HasSuffix(name, "_testmain.go")
}
