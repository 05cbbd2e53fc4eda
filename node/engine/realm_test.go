package engine

import (
	"strings"
	"testing"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/store"
)

const bankSrc = `package bank

import "amigo"

type Account struct {
	Owner   amigo.Address
	Balance int
}

var Accounts = map[amigo.Address]*Account{}
var Total int
var Log []string

// Open opens an account for the caller.
func Open() *Account {
	a := &Account{Owner: amigo.Caller(), Balance: 10}
	Accounts[a.Owner] = a
	Total += 10
	Log = append(Log, "open "+string(a.Owner))
	amigo.Emit("open", "owner", string(a.Owner))
	return a
}

func Get(who amigo.Address) *Account { return Accounts[who] }

func WhoCalls() string { return string(amigo.Caller()) + " " + string(amigo.Self()) + " " + string(amigo.Origin()) }
`

const shopSrc = `package shop

import (
	"amigo"
	"bank"
)

var mine *bank.Account

func Open() string {
	mine = bank.Open()
	return string(mine.Owner)
}

func Chain() string { return string(amigo.Caller()) + " | " + bank.WhoCalls() }

// Steal writes bank's state through a pointer bank handed out.
func Steal() { bank.Get(amigo.Self()).Balance = 1000 }

// StealMap writes bank's map directly.
func StealMap() { bank.Accounts["x"] = nil }

func Total() int { return bank.Total }

func Mine() int { return mine.Balance }
`

func TestCrossPackage(t *testing.T) {
	h := newHarness(t, store.NewMemory())
	h.mustDeploy("bank", bankSrc)
	h.mustDeploy("shop", shopSrc)
	shopAddr := address.ForPackage("shop")
	bankAddr := address.ForPackage("bank")
	if got := h.mustCall("shop", "Open"); got != `"`+shopAddr+`"` {
		t.Fatalf("Open = %s, want shop's address", got)
	}
	if got, want := h.mustCall("shop", "Chain"), `"dev | `+shopAddr+` `+bankAddr+` dev"`; got != want {
		t.Fatalf("Chain = %s, want %s", got, want)
	}
	if got := h.mustCall("bank", "Get", shopAddr); got != `{"Owner":"`+shopAddr+`","Balance":10}` {
		t.Fatalf("Get = %s", got)
	}
	// shop's pointer to bank's account sees the same object
	if got := h.mustCall("shop", "Mine"); got != "10" {
		t.Fatalf("Mine = %s", got)
	}
	for _, fn := range []string{"Steal", "StealMap"} {
		rc := h.call("shop", fn)
		if rc.OK() || !strings.Contains(rc.Error, "owned by package bank from package shop") {
			t.Fatalf("%s: %+v", fn, rc)
		}
	}
	if got := h.mustCall("shop", "Total"); got != "10" {
		t.Fatalf("Total = %s", got)
	}
	rc := h.call("shop", "Open")
	if len(rc.Events) != 1 || rc.Events[0].Pkg != "bank" || rc.Events[0].Attrs["owner"] != shopAddr {
		t.Fatalf("events %+v", rc.Events)
	}
}

func TestDeployErrors(t *testing.T) {
	h := newHarness(t, store.NewMemory())
	h.mustDeploy("bank", bankSrc)
	for _, c := range []struct{ path, src, want string }{
		{"bank", bankSrc, "already deployed"},
		{"Bad", "package x", "package path"},
		{"fmt", "package fmt", "standard"},
		{"self", "package self\nimport \"self\"\nvar X = self.X", "import cycle"},
		{"nodep", "package nodep\nimport \"missing/dep\"\nvar X = dep.X", `"missing/dep"`},
		{"typo", "package typo\nfunc F() int { return \"s\" }", "a.go:2:"},
		{"assign", "package assign\nimport \"bank\"\nfunc F() { bank.Total = 5 }", "bank.Total"},
	} {
		rc := h.deploy(c.path, c.src)
		if rc.OK() || !strings.Contains(rc.Error, c.want) {
			t.Errorf("deploy %s: error %q, want it to mention %q", c.path, rc.Error, c.want)
		}
		if ok, err := h.e.Deployed(c.path); err != nil || ok != (c.path == "bank") {
			t.Errorf("Deployed(%s) = %v, %v after a failed deploy", c.path, ok, err)
		}
	}
}

const libSrc = `package lib

import "amigo"

type Counter struct {
	M map[string]int
}

func New() *Counter { return &Counter{M: map[string]int{}} }

// Inc changes the counter: allowed when the counter's owner calls it.
func (c *Counter) Inc(k string) int {
	c.M[k]++
	amigo.Emit("inc", "k", k)
	return c.M[k]
}

func (c *Counter) Who() string { return string(amigo.Self()) }

// All iterates the owner's keys.
func (c *Counter) All(yield func(string, int) bool) {
	for k, v := range c.M {
		if !yield(k, v) {
			return
		}
	}
}
`

const holderSrc = `package holder

import (
	"amigo"
	"lib"
)

var c = lib.New()
var seen = map[string]int{}

func Inc(k string) int { return c.Inc(k) }

func Who() string { return c.Who() }

func Counter() *lib.Counter { return c }

// Copy ranges over the library's iterator and writes its own map in the
// loop body: the body runs as holder.
func Copy() string {
	for k, v := range c.All {
		seen[k] = v
	}
	return string(amigo.Self())
}
`

const thiefSrc = `package thief

import "holder"

// Inc calls the library's method on holder's counter: it runs as lib, not
// as holder, so it cannot change it.
func Inc() int { return holder.Counter().Inc("stolen") }
`

func TestLibraryTypesChangeTheirHoldersObjects(t *testing.T) {
	h := newHarness(t, store.NewMemory())
	h.mustDeploy("lib", libSrc)
	h.mustDeploy("holder", holderSrc)
	h.mustDeploy("thief", thiefSrc)
	h.mustCall("holder", "Inc", "a")
	if got := h.mustCall("holder", "Inc", "a"); got != "2" {
		t.Fatalf("Inc = %s", got)
	}
	// The loan covers writes only: the library's code still runs as the
	// library (its events, its Self), never with its holder's identity.
	rc := h.call("holder", "Inc", "b")
	if len(rc.Events) != 1 || rc.Events[0].Pkg != "lib" {
		t.Fatalf("events of a borrowed call: %+v", rc.Events)
	}
	if got, want := h.mustCall("holder", "Who"), `"`+address.ForPackage("lib")+`"`; got != want {
		t.Fatalf("Self in a borrowed method = %s, want %s", got, want)
	}
	if got, want := h.mustCall("holder", "Copy"), `"`+address.ForPackage("holder")+`"`; got != want {
		t.Fatalf("Self in a range-over-func body = %s, want %s", got, want)
	}
	rc = h.call("thief", "Inc")
	if rc.OK() || !strings.Contains(rc.Error, "owned by package holder from package lib") {
		t.Fatalf("thief: %+v", rc)
	}
}
