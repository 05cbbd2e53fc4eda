package payments

import (
	"amigo"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"token"

	atest "amigo/testing"
)

const (
	deployer = amigo.Address("amigo1testcaller") // deployed the token: holds the AMG supply
	alice    = amigo.Address("amigo1alice")      // issues invoices
	bob      = amigo.Address("amigo1bob")        // pays them
	carol    = amigo.Address("amigo1carol")      // a stranger
)

var start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// The tests pay in AMG, the token package's own token, acting as users on
// it: amigo test runs test code as the caller testing.SetCaller names.

// reset empties this package; alice then holds no AMG and bob and carol
// 1,000 AMG each, and nobody has approved this package for any.
func reset() {
	invoices = map[int]*Invoice{}
	issued = map[accountSeq]int{}
	billed = map[accountSeq]int{}
	numIssued = map[amigo.Address]int{}
	numBilled = map[amigo.Address]int{}
	lastID, escrowed, volume = 0, 0, 0
	atest.SetTime(start)
	for _, who := range []amigo.Address{alice, bob, carol} {
		as(who)
		if b := token.BalanceOf(who); b > 0 {
			ok0(token.Transfer(deployer, b))
		}
		ok0(token.Approve(Address(), 0))
		if who != alice {
			as(deployer)
			ok0(token.Transfer(who, 1000_000000))
		}
	}
	escrowBase = token.BalanceOf(Address()) // left by earlier tests' unsettled invoices
	as(alice)
	atest.Events()
}

var escrowBase uint64

func as(a amigo.Address) { atest.SetCaller(a) }

// approve lets this package take amount of who's AMG, as who.
func approve(who amigo.Address, amount uint64) {
	caller := amigo.Caller()
	as(who)
	ok0(token.Approve(Address(), amount))
	as(caller)
}

func ok0(err error) {
	if err != nil {
		panic(err)
	}
}

// must returns v, and panics (failing the run) on an unexpected error.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func ok(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// snapshot describes this package's state and the token's balances and
// allowances, to check that a failed call changed nothing.
func snapshot() string {
	var b strings.Builder
	fmt.Fprintf(&b, "last=%d escrowed=%d volume=%d\n", lastID, escrowed, volume)
	for id, inv := range invoices {
		fmt.Fprintf(&b, "invoice %d=%+v\n", id, *inv)
	}
	for k, v := range issued {
		fmt.Fprintf(&b, "issued %v=%d\n", k, v)
	}
	for k, v := range billed {
		fmt.Fprintf(&b, "billed %v=%d\n", k, v)
	}
	for k, v := range numIssued {
		fmt.Fprintf(&b, "numIssued %s=%d\n", k, v)
	}
	for k, v := range numBilled {
		fmt.Fprintf(&b, "numBilled %s=%d\n", k, v)
	}
	for _, a := range []amigo.Address{alice, bob, carol, Address()} {
		fmt.Fprintf(&b, "balance %s=%d allowance=%d\n", a, token.BalanceOf(a), token.Allowance(a, Address()))
	}
	return b.String()
}

// fails checks that f fails with want and changes nothing, here or in the
// token, and emits nothing.
func fails(t *testing.T, want error, f func() error) {
	t.Helper()
	atest.Events()
	before := snapshot()
	err := f()
	if !errors.Is(err, want) {
		t.Fatalf("got error %v, want %v", err, want)
	}
	if after := snapshot(); after != before {
		t.Fatalf("a failed call changed the state:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	if evs := atest.Events(); len(evs) != 0 {
		t.Fatalf("a failed call emitted %v", evs)
	}
}

// events checks the events of this package since the last check (the
// token's own are left out).
func events(t *testing.T, want ...string) {
	t.Helper()
	var got []string
	for _, ev := range atest.Events() {
		if ev.Pkg == "payments" {
			got = append(got, ev.Type+" "+strings.Join(ev.Attrs, " "))
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func contains(t *testing.T, page string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(page, w) {
			t.Fatalf("page lacks %q:\n%s", w, page)
		}
	}
}

// balances checks the AMG of alice and bob (who started with 0 and 1,000
// AMG) and of the escrow (from what earlier tests left), and that the
// escrow holds exactly what paid invoices owe.
func balances(t *testing.T, a, b, escrow uint64) {
	t.Helper()
	got := [3]uint64{token.BalanceOf(alice), token.BalanceOf(bob), token.BalanceOf(Address()) - escrowBase}
	if want := [3]uint64{a, 1000_000000 - b, escrow}; got != want {
		t.Fatalf("balances alice, bob (spent), escrow: %v, want %v", [3]uint64{got[0], 1000_000000 - got[1], got[2]}, want)
	}
	if escrowed != escrow {
		t.Fatalf("escrowed %d, the escrow holds %d", escrowed, escrow)
	}
}

func TestIssue(t *testing.T) {
	reset()
	id := must(Issue(bob, 25000, "Logo design", "168h"))
	if id != 1 {
		t.Fatalf("id %d", id)
	}
	events(t, "issue id 1 payee amigo1alice payer amigo1bob amount 25000 deadline 2026-01-08T00:00:00Z")
	inv := must(GetInvoice(1))
	if inv.Payee != alice || inv.Payer != bob || inv.Amount != 25000 || inv.Memo != "Logo design" || inv.Status != Open ||
		!inv.Created.Equal(start) || !inv.Deadline.Equal(start.Add(168*time.Hour)) {
		t.Fatalf("invoice %+v", inv)
	}
	for _, c := range []struct {
		name   string
		payer  amigo.Address
		amount uint64
		memo   string
		window string
	}{
		{"to oneself", alice, 1, "m", "1h"},
		{"bad payer", "bob smith", 1, "m", "1h"},
		{"markdown payer", "[x](y)", 1, "m", "1h"},
		{"nothing", bob, 0, "m", "1h"},
		{"no memo", bob, 1, " \n", "1h"},
		{"long memo", bob, 1, strings.Repeat("m", MaxMemo+1), "1h"},
		{"control character", bob, 1, "a\x00", "1h"},
		{"bad utf8", bob, 1, "\xff", "1h"},
		{"no window", bob, 1, "m", ""},
		{"bad window", bob, 1, "m", "soon"},
		{"short window", bob, 1, "m", "59s"},
		{"long window", bob, 1, "m", "8785h"},
		{"negative window", bob, 1, "m", "-1h"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fails(t, ErrInvalid, func() error { _, err := Issue(c.payer, c.amount, c.memo, c.window); return err })
		})
	}
	fails(t, ErrNotFound, func() error { _, err := GetInvoice(2); return err })
}

func TestPayAndRelease(t *testing.T) {
	reset()
	id := must(Issue(bob, 25000, "Logo design", "168h"))
	atest.Events()

	// Paying takes an allowance for the whole amount, from the payer only.
	as(bob)
	fails(t, token.ErrInsufficientAllowance, func() error { return Pay(id) })
	approve(bob, 24999)
	fails(t, token.ErrInsufficientAllowance, func() error { return Pay(id) })
	approve(carol, 25000)
	as(carol)
	fails(t, ErrUnauthorized, func() error { return Pay(id) })
	as(alice)
	fails(t, ErrUnauthorized, func() error { return Pay(id) })
	fails(t, ErrState, func() error { return Release(id) })
	fails(t, ErrState, func() error { return Refund(id) })
	fails(t, ErrNotFound, func() error { return Pay(99) })

	as(bob)
	approve(bob, 30000)
	atest.Advance(time.Hour)
	ok(t, Pay(id))
	events(t, "pay id 1 payer amigo1bob amount 25000")
	balances(t, 0, 25000, 25000)
	if a := token.Allowance(bob, Address()); a != 5000 {
		t.Fatalf("allowance left %d", a)
	}
	inv := must(GetInvoice(id))
	if inv.Status != Paid || inv.PaidBy != bob || !inv.PaidAt.Equal(start.Add(time.Hour)) {
		t.Fatalf("invoice %+v", inv)
	}
	// Paid once only.
	fails(t, ErrState, func() error { return Pay(id) })
	as(alice)
	fails(t, ErrState, func() error { return Cancel(id) })
	// Only the payer releases.
	fails(t, ErrUnauthorized, func() error { return Release(id) })
	as(carol)
	fails(t, ErrUnauthorized, func() error { return Release(id) })
	fails(t, ErrUnauthorized, func() error { return Refund(id) })

	as(bob)
	atest.Advance(time.Hour)
	ok(t, Release(id))
	events(t, "release id 1 payee amigo1alice amount 25000")
	balances(t, 25000, 25000, 0)
	inv = must(GetInvoice(id))
	if inv.Status != Released || !inv.Settled.Equal(start.Add(2*time.Hour)) {
		t.Fatalf("invoice %+v", inv)
	}
	if n, e, v := Totals(); n != 1 || e != 0 || v != 25000 {
		t.Fatalf("totals %d %d %d", n, e, v)
	}
	// Settled: nothing more happens.
	fails(t, ErrState, func() error { return Release(id) })
	fails(t, ErrState, func() error { return Refund(id) })
	fails(t, ErrState, func() error { return Pay(id) })
	as(alice)
	fails(t, ErrState, func() error { return Refund(id) })
	fails(t, ErrState, func() error { return Cancel(id) })
}

func TestRefund(t *testing.T) {
	reset()
	id := must(Issue(bob, 10000, "Delivery by Friday", "72h"))
	as(bob)
	approve(bob, 10000)
	ok(t, Pay(id))
	atest.Events()

	// The payer waits for the deadline.
	fails(t, ErrNotYet, func() error { return Refund(id) })
	atest.Advance(72*time.Hour - time.Second)
	fails(t, ErrNotYet, func() error { return Refund(id) })
	as(carol)
	atest.Advance(time.Second)
	fails(t, ErrUnauthorized, func() error { return Refund(id) })
	as(bob)
	ok(t, Refund(id))
	events(t, "refund id 1 payer amigo1bob amount 10000 by amigo1bob")
	balances(t, 0, 0, 0)
	if inv := must(GetInvoice(id)); inv.Status != Refunded || !inv.Settled.Equal(start.Add(72*time.Hour)) {
		t.Fatalf("invoice %+v", inv)
	}
	fails(t, ErrState, func() error { return Refund(id) })
	fails(t, ErrState, func() error { return Release(id) })

	// The payee refunds at any time; the payer can still release until then.
	as(alice)
	id = must(Issue(bob, 5000, "Second try", "72h"))
	as(bob)
	approve(bob, 5000)
	ok(t, Pay(id))
	balances(t, 0, 5000, 5000)
	as(alice)
	atest.Events()
	ok(t, Refund(id))
	events(t, "refund id 2 payer amigo1bob amount 5000 by amigo1alice")
	balances(t, 0, 0, 0)
	// After the deadline, an unreleased escrow can still be released.
	id = must(Issue(bob, 7000, "Third", "1h"))
	as(bob)
	approve(bob, 7000)
	ok(t, Pay(id))
	atest.Advance(2 * time.Hour)
	ok(t, Release(id))
	balances(t, 7000, 7000, 0)
}

func TestDeadline(t *testing.T) {
	reset()
	id := must(Issue(bob, 100, "Quick", "1m"))
	as(bob)
	approve(bob, 100)
	atest.Advance(time.Minute)
	fails(t, ErrExpired, func() error { return Pay(id) })
	contains(t, Render("invoice/1"), "| Status | expired |", "can no longer be paid")
	contains(t, Render(""), "| expired |")
	as(alice)
	ok(t, Cancel(id))
}

func TestCancel(t *testing.T) {
	reset()
	id := must(Issue(bob, 100, "Oops", "1h"))
	as(bob)
	fails(t, ErrUnauthorized, func() error { return Cancel(id) })
	as(alice)
	fails(t, ErrNotFound, func() error { return Cancel(7) })
	atest.Events()
	ok(t, Cancel(id))
	events(t, "cancel id 1")
	if inv := must(GetInvoice(id)); inv.Status != Cancelled || !inv.Settled.Equal(start) {
		t.Fatalf("invoice %+v", inv)
	}
	fails(t, ErrState, func() error { return Cancel(id) })
	as(bob)
	approve(bob, 100)
	fails(t, ErrState, func() error { return Pay(id) })
	contains(t, Render("invoice/1"), "| Status | cancelled |", "Nothing: it is settled.")
}

func TestAnyonePays(t *testing.T) {
	reset()
	id := must(Issue("", 300, "Donation", "24h"))
	as(alice)
	fails(t, ErrUnauthorized, func() error { return Pay(id) }) // not one's own
	contains(t, Render("invoice/1"), "- Anyone pays, before the deadline")
	as(carol)
	approve(carol, 300)
	ok(t, Pay(id))
	if inv := must(GetInvoice(id)); inv.PaidBy != carol || inv.Payer != "" {
		t.Fatalf("invoice %+v", inv)
	}
	as(bob)
	fails(t, ErrUnauthorized, func() error { return Release(id) })
	as(carol)
	ok(t, Release(id))
	// The invoice is now on carol's list.
	contains(t, Render("account/amigo1carol"), "## Billed (1)", "| [1](payments:invoice/1) |")
}

func TestRender(t *testing.T) {
	reset()
	contains(t, Render(""), "# Payments", "| Invoices | 0 |", "| In escrow | 0 AMG |", "No invoices.", "| Escrow address | `"+string(Address())+"` |")
	for i := 1; i <= 45; i++ {
		must(Issue(bob, uint64(i)*1_000_000, fmt.Sprintf("Item %d", i), "24h"))
	}
	as(bob)
	approve(bob, 100_000_000)
	ok(t, Pay(45))
	ok(t, Pay(44))
	ok(t, Release(44))

	home := Render("")
	contains(t, home, "| Invoices | 45 |", "| In escrow | 45 AMG |", "| Released to payees | 44 AMG |",
		"| [45](payments:invoice/45) | [amigo1alice](payments:account/amigo1alice) | [amigo1bob](payments:account/amigo1bob) | 45 AMG | paid | Item 45 |",
		"| [44](payments:invoice/44) |", "| released |", "| [26](payments:invoice/26) |", "page 1 of 3", "[next ›](payments:page/2)")
	if strings.Contains(home, "invoice/25)") {
		t.Fatal("page 1 has invoice 25")
	}
	contains(t, Render("page/3"), "| [5](payments:invoice/5) |", "| [1](payments:invoice/1) | [amigo1alice](payments:account/amigo1alice) | [amigo1bob](payments:account/amigo1bob) | 1 AMG | open | Item 1 |")

	inv := Render("invoice/45")
	contains(t, inv, "# Invoice 45", "| Status | paid |", "| Amount | 45 AMG |", "| Payee | [amigo1alice](payments:account/amigo1alice) |",
		"| Issued | 2026-01-01 00:00:00 UTC |", "| Deadline | 2026-01-02 00:00:00 UTC |", "| Paid | 2026-01-01 00:00:00 UTC |",
		"## Memo\n\nItem 45\n", "`amigo call payments.Release 45`", "From 2026-01-02 00:00:00 UTC, the payer may take the escrow back")
	contains(t, Render("invoice/44"), "| Status | released |", "| Settled | 2026-01-01 00:00:00 UTC |", "Nothing: it is settled.")
	contains(t, Render("invoice/1"), "- The payer pays, before the deadline: `amigo call token.Approve "+string(Address())+" 1000000`, then `amigo call payments.Pay 1`")

	acct := Render("account/amigo1alice")
	contains(t, acct, "# amigo1alice", "[balance](token:account/amigo1alice) on the token", "## Issued (45)", "| [45](payments:invoice/45) |", "| [36](payments:invoice/36) |",
		"[All 45](payments:issued/amigo1alice/1)", "## Billed (0)", "No invoices.")
	if strings.Contains(acct, "invoice/35)") {
		t.Fatal("account page lists more than 10")
	}
	contains(t, Render("account/amigo1bob"), "## Billed (45)", "[All 45](payments:billed/amigo1bob/1)")
	contains(t, Render("issued/amigo1alice/3"), "# Invoices issued by amigo1alice", "| [5](payments:invoice/5) |", "page 3 of 3", "[‹ previous](payments:issued/amigo1alice/2)")
	contains(t, Render("billed/amigo1bob/2"), "# Invoices billed to amigo1bob", "| [25](payments:invoice/25) |", "| [6](payments:invoice/6) |")

	for _, p := range []string{"invoice/46", "invoice/0", "invoice/x", "page/4", "page/0", "account/bad address", "account/[x](y)",
		"issued/amigo1alice/4", "issued/amigo1alice", "billed/amigo1bob/x", "nothing"} {
		contains(t, Render(p), "# Not found")
	}
	if Render("/invoice/1/") != Render("invoice/1") {
		t.Fatal("slashes")
	}
}

func TestEscaping(t *testing.T) {
	reset()
	must(Issue(bob, 1, "[click](https://evil.example) | <b>x</b>\n# Heading\n- item", "1h"))
	contains(t, Render(""), "| \\[click\\](https\\://evil.example) \\| \\<b\\>x\\</b\\> \\# Heading - item |")
	contains(t, Render("invoice/1"), "## Memo\n\n\\[click\\](https\\://evil.example) \\| \\<b\\>x\\</b\\>  \n\\# Heading  \n\\- item\n")
}
