package vm

import "fmt"

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

// checkWrite panics unless the running realm owns an object owned by own.
func (th *Thread) checkWrite(own *realm, what string) {
	if own == nil {
		return
	}
	if cur := th.curRealm(); cur != own {
		from := "outside any package"
		if cur != nil {
			from = "from package " + cur.path
		}
		panic(runtimeErrorPlain(fmt.Sprintf("cannot modify %s owned by package %s %s", what, own.path, from)))
	}
}

// ownedField is a pointer to a field of a persisted struct: stores through
// it are checked against the struct's owner.
type ownedField struct {
	p   ptr[any]
	own *realm
	th  *Thread
}

func (o ownedField) Load() any { return o.p.Load() }
func (o ownedField) Store(v any) {
	o.th.checkWrite(o.own, "a field of a struct")
	o.p.Store(v)
}
