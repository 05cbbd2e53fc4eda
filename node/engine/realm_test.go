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
	}
}
