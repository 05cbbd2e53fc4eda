package dex

import (
	"amigo"
	amigotesting "amigo/testing"
	"errors"
	"math"
	"math/bits"
	"strings"
	"testing"

	"oracle"
	"token"
)

// The pool logic is tested on pools between library tokens that the test
// holds, wrapped in libAsset so that they act for the dex exactly as a
// deployed token package's Asset does (there amigo.Caller() is the dex).
// Users are then plain addresses, set with amigo/testing.SetCaller.

type libAsset struct{ t *token.Token }

func (a libAsset) Name() string                       { return a.t.Name() }
func (a libAsset) Symbol() string                     { return a.t.Symbol() }
func (a libAsset) Decimals() int                      { return a.t.Decimals() }
func (a libAsset) TotalSupply() uint64                { return a.t.TotalSupply() }
func (a libAsset) BalanceOf(who amigo.Address) uint64 { return a.t.BalanceOf(who) }
func (a libAsset) Allowance(owner, spender amigo.Address) uint64 {
	return a.t.Allowance(owner, spender)
}
func (a libAsset) Transfer(to amigo.Address, amount uint64) error {
	return a.t.Transfer(amigo.Self(), to, amount)
}
func (a libAsset) Approve(spender amigo.Address, amount uint64) error {
	return a.t.Approve(amigo.Self(), spender, amount)
}
func (a libAsset) TransferFrom(from, to amigo.Address, amount uint64) error {
	return a.t.TransferFrom(amigo.Self(), from, to, amount)
}

const (
	admin = amigo.Address("admin")
	alice = amigo.Address("alice")
	bob   = amigo.Address("bob")
	carol = amigo.Address("carol")
)

var users = []amigo.Address{alice, bob, carol}

type fixture struct {
	name   string
	a, b   *token.Token
	p      *pool
	dexAdr amigo.Address
}

// setup makes the pool BASE/QUOTE between two new tokens with 6 decimals;
// alice, bob and carol each hold 1,000,000 of both and approved the dex
// without limit.
func setup(t *testing.T, base, quote string) *fixture {
	t.Helper()
	f := &fixture{name: base + "/" + quote, dexAdr: amigo.Self()}
	f.a = token.MustNew(base+" coin", base, 6, admin)
	f.b = token.MustNew(quote+" coin", quote, 6, admin)
	for _, who := range users {
		for _, tk := range []*token.Token{f.a, f.b} {
			if err := tk.Mint(admin, who, 1_000_000_000_000); err != nil {
				t.Fatal(err)
			}
			if err := tk.Approve(who, f.dexAdr, token.Unlimited); err != nil {
				t.Fatal(err)
			}
		}
	}
	p, err := newPool(libAsset{f.a}, libAsset{f.b}, FeeBps)
	if err != nil {
		t.Fatal(err)
	}
	pools[p.name] = p
	f.p = p
	amigotesting.Events()
	return f
}

// state is everything a failed call must leave unchanged.
func (f *fixture) state() string {
	s := u(f.p.r.base) + " " + u(f.p.r.quote) + " " + u(f.p.lp.TotalSupply()) + " " + u(f.a.BalanceOf(f.dexAdr)) + " " + u(f.b.BalanceOf(f.dexAdr))
	for _, who := range users {
		s += " " + string(who) + ":" + u(f.a.BalanceOf(who)) + "," + u(f.b.BalanceOf(who)) + "," + u(f.p.lp.BalanceOf(who)) + "," + u(f.a.Allowance(who, f.dexAdr))
	}
	if f.p.r.locked {
		s += " locked"
	}
	return s
}

func (f *fixture) unchanged(t *testing.T, caller amigo.Address, want error, call func() error) {
	t.Helper()
	amigotesting.SetCaller(caller)
	amigotesting.Events()
	before := f.state()
	if err := call(); !errors.Is(err, want) {
		t.Fatalf("error %v, want %v", err, want)
	}
	if after := f.state(); after != before {
		t.Fatalf("a failed call changed the pool:\nbefore %s\nafter  %s", before, after)
	}
	if evs := amigotesting.Events(); len(evs) != 0 {
		t.Fatalf("a failed call emitted %v", evs)
	}
}

// checkBooks: the reserves are exactly what the pool holds.
func (f *fixture) checkBooks(t *testing.T) {
	t.Helper()
	if f.p.r.base != f.a.BalanceOf(f.dexAdr) || f.p.r.quote != f.b.BalanceOf(f.dexAdr) {
		t.Fatalf("reserves %d/%d, holdings %d/%d", f.p.r.base, f.p.r.quote, f.a.BalanceOf(f.dexAdr), f.b.BalanceOf(f.dexAdr))
	}
	if f.p.r.locked {
		t.Fatal("pool left locked")
	}
}

func TestDeployedPool(t *testing.T) {
	if got := strings.Join(Pools(), ","); !strings.Contains(got, "GOLD/AMG") {
		t.Fatalf("Pools = %s", got)
	}
	in, err := PoolInfo("GOLD/AMG")
	if err != nil || in.Base != "GOLD" || in.Quote != "AMG" || in.ReserveBase != 0 || in.Shares != 0 || in.FeeBps != FeeBps || in.LPToken != "GOLD-AMG-LP" {
		t.Fatalf("PoolInfo = %+v, %v", in, err)
	}
	if _, err := Price("GOLD/AMG"); !errors.Is(err, ErrNoLiquidity) {
		t.Fatalf("Price of an empty pool: %v", err)
	}
	if _, err := Quote("GOLD/AMG", "GOLD", 1000); !errors.Is(err, ErrNoLiquidity) {
		t.Fatalf("Quote on an empty pool: %v", err)
	}
	if _, err := PoolInfo("NOPE/AMG"); !errors.Is(err, ErrUnknownPool) {
		t.Fatal("unknown pool")
	}
	// no reporter has reported: the oracle has no answer
	if _, err := CheckOracle("GOLD/AMG"); !errors.Is(err, oracle.ErrNoAnswer) {
		t.Fatalf("CheckOracle: %v", err)
	}
	if Address() != amigo.Self() {
		t.Fatal("Address")
	}
	if _, err := newPool(token.Asset(), token.Asset(), 30); !errors.Is(err, ErrInvalid) {
		t.Fatal("a pool of a token with itself")
	}
}

func TestMath(t *testing.T) {
	out, fee, err := AmountOut(1000, 10000, 10000, 30)
	if err != nil || out != 906 || fee != 3 {
		t.Fatalf("AmountOut = %d, %d, %v; want 906, 3", out, fee, err)
	}
	if out, _, _ := AmountOut(1000, 10000, 10000, 0); out != 909 {
		t.Fatalf("no fee: %d", out)
	}
	if _, _, err := AmountOut(1, 1_000_000, 1_000_000, 30); !errors.Is(err, ErrInsufficientOutput) {
		t.Fatalf("dust: %v", err)
	}
	if _, _, err := AmountOut(0, 1, 1, 30); !errors.Is(err, ErrZeroAmount) {
		t.Fatal("zero in")
	}
	if _, _, err := AmountOut(1, 0, 1, 30); !errors.Is(err, ErrNoLiquidity) {
		t.Fatal("no liquidity")
	}
	if _, _, err := AmountOut(2, math.MaxUint64-1, 10, 30); !errors.Is(err, ErrOverflow) {
		t.Fatal("reserve overflow")
	}
	// huge reserves: the 128-bit product
	if out, _, err := AmountOut(math.MaxUint64/2, math.MaxUint64/2, math.MaxUint64, 0); err != nil || out != math.MaxUint64/2 {
		t.Fatalf("huge: %d %v", out, err)
	}
	for _, c := range []struct{ a, b, c, down, up uint64 }{
		{7, 3, 2, 10, 11}, {10, 10, 5, 20, 20}, {math.MaxUint64, math.MaxUint64, math.MaxUint64, math.MaxUint64, math.MaxUint64}, {0, 5, 3, 0, 0},
		{1 << 63, 4, 8, 1 << 62, 1 << 62},
	} {
		if d, err := MulDiv(c.a, c.b, c.c); err != nil || d != c.down {
			t.Errorf("MulDiv(%d,%d,%d) = %d %v", c.a, c.b, c.c, d, err)
		}
		if up, err := MulDivUp(c.a, c.b, c.c); err != nil || up != c.up {
			t.Errorf("MulDivUp(%d,%d,%d) = %d %v", c.a, c.b, c.c, up, err)
		}
	}
	if _, err := MulDiv(math.MaxUint64, 2, 1); !errors.Is(err, ErrOverflow) {
		t.Error("MulDiv overflow")
	}
	if _, err := MulDiv(1, 1, 0); !errors.Is(err, ErrOverflow) {
		t.Error("MulDiv by zero")
	}
	if _, err := MulDivUp(math.MaxUint64, math.MaxUint64, math.MaxUint64-1); !errors.Is(err, ErrOverflow) {
		t.Error("MulDivUp overflow")
	}
	for _, c := range []struct{ x, want uint64 }{{0, 0}, {1, 1}, {3, 1}, {4, 2}, {99, 9}, {100, 10}, {math.MaxUint64, 1<<32 - 1}} {
		if got := Sqrt128(0, c.x); got != c.want {
			t.Errorf("Sqrt(%d) = %d", c.x, got)
		}
	}
	if got := Sqrt128(bits.Mul64(math.MaxUint64, math.MaxUint64)); got != math.MaxUint64 {
		t.Errorf("Sqrt((2^64-1)^2) = %d", got)
	}
	if got := Sqrt128(bits.Mul64(1e18, 1e18)); got != 1e18 {
		t.Errorf("Sqrt(1e36) = %d", got)
	}
	if got := Sqrt128(bits.Mul64(1e18+1, 1e18)); got != 1e18 {
		t.Errorf("Sqrt(1e36+1e18) = %d", got)
	}
	if Cmp128(1, 0, 0, math.MaxUint64) != 1 || Cmp128(0, 5, 0, 5) != 0 || Cmp128(0, 4, 0, 5) != -1 {
		t.Error("Cmp128")
	}
}

func TestAddLiquidity(t *testing.T) {
	f := setup(t, "LA", "LB")
	f.unchanged(t, alice, ErrInsufficientLiquidity, func() error { _, err := AddLiquidity(f.name, 1000, 1000, 0); return err })
	f.unchanged(t, alice, ErrZeroAmount, func() error { _, err := AddLiquidity(f.name, 0, 1000, 0); return err })
	f.unchanged(t, alice, ErrUnknownPool, func() error { _, err := AddLiquidity("X/Y", 1, 1, 0); return err })

	// first deposit: 100 LA and 400 LB, 200 units of sqrt, 1000 locked
	amigotesting.SetCaller(alice)
	d, err := AddLiquidity(f.name, 100_000_000, 400_000_000, 0)
	if err != nil || d.Base != 100_000_000 || d.Quote != 400_000_000 || d.Shares != 200_000_000-MinimumLiquidity {
		t.Fatalf("first deposit %+v, %v", d, err)
	}
	evs := amigotesting.Events()
	last := evs[len(evs)-1]
	if last.Pkg != "dex" || last.Type != "add_liquidity" || strings.Join(last.Attrs, " ") != "pool LA/LB provider alice base 100000000 quote 400000000 shares 199999000" {
		t.Fatalf("event %+v", last)
	}
	if f.p.lp.BalanceOf(f.dexAdr) != MinimumLiquidity || f.p.lp.TotalSupply() != 200_000_000 {
		t.Fatal("locked shares")
	}
	if v, _ := Price(f.name); v != 4_000_000 {
		t.Fatalf("price %d, want 4 LB per LA", v)
	}
	f.checkBooks(t)

	// second deposit: more LB than the ratio needs; only the ratio is taken
	amigotesting.SetCaller(bob)
	d, err = AddLiquidity(f.name, 10_000_000, 50_000_000, 0)
	if err != nil || d.Base != 10_000_000 || d.Quote != 40_000_000 || d.Shares != 20_000_000 {
		t.Fatalf("second deposit %+v, %v", d, err)
	}
	// more LA than the ratio needs
	d, err = AddLiquidity(f.name, 50_000_000, 4_000_000, 0)
	if err != nil || d.Base != 1_000_000 || d.Quote != 4_000_000 || d.Shares != 2_000_000 {
		t.Fatalf("third deposit %+v, %v", d, err)
	}
	f.checkBooks(t)

	// an odd amount: what the pool takes rounds up, the shares down
	amigotesting.SetCaller(carol)
	d, err = AddLiquidity(f.name, 3, 1_000_000, 0)
	if err != nil || d.Base != 3 || d.Quote != 12 || d.Shares != 6 {
		t.Fatalf("small deposit %+v, %v", d, err)
	}
	f.unchanged(t, carol, ErrSlippage, func() error { _, err := AddLiquidity(f.name, 1_000_000, 4_000_000, 2_000_001); return err })
	f.unchanged(t, carol, ErrInsufficientLiquidity, func() error { _, err := AddLiquidity(f.name, 1, 1, 0); return err })

	// a provider who did not approve the second token: nothing moves
	f.b.Approve(carol, f.dexAdr, 3)
	f.unchanged(t, carol, token.ErrInsufficientAllowance, func() error { _, err := AddLiquidity(f.name, 1_000_000, 4_000_000, 0); return err })
	f.b.Approve(carol, f.dexAdr, token.Unlimited)
	// or the first
	f.a.Approve(carol, f.dexAdr, 0)
	f.unchanged(t, carol, token.ErrInsufficientAllowance, func() error { _, err := AddLiquidity(f.name, 1_000_000, 4_000_000, 0); return err })
	f.a.Approve(carol, f.dexAdr, token.Unlimited)
	// or lacks the balance
	f.b.Transfer(carol, admin, f.b.BalanceOf(carol)-1)
	f.unchanged(t, carol, token.ErrInsufficientBalance, func() error { _, err := AddLiquidity(f.name, 1_000_000, 4_000_000, 0); return err })
	f.checkBooks(t)
}

func TestSwap(t *testing.T) {
	f := setup(t, "SA", "SB")
	amigotesting.SetCaller(alice)
	f.unchanged(t, bob, ErrNoLiquidity, func() error { _, err := Swap(f.name, "SA", 1000, 0); return err })
	amigotesting.SetCaller(alice)
	if _, err := AddLiquidity(f.name, 1_000_000_000, 2_000_000_000, 0); err != nil {
		t.Fatal(err)
	}
	amigotesting.Events()

	q, err := Quote(f.name, "SA", 10_000_000)
	// in' = 9,970,000; out = 2e9*9.97e6/(1e9+9.97e6) = 19,743,160.68...
	if err != nil || q.AmountOut != 19_743_160 || q.Fee != 30_000 || q.TokenOut != "SB" || q.ImpactBps != 129 {
		t.Fatalf("Quote = %+v, %v", q, err)
	}
	amigotesting.SetCaller(bob)
	a0, b0 := f.a.BalanceOf(bob), f.b.BalanceOf(bob)
	out, err := Swap(f.name, "SA", 10_000_000, 19_743_160)
	if err != nil || out != q.AmountOut {
		t.Fatalf("Swap = %d, %v", out, err)
	}
	if f.a.BalanceOf(bob) != a0-10_000_000 || f.b.BalanceOf(bob) != b0+out {
		t.Fatal("bob's balances")
	}
	evs := amigotesting.Events()
	last := evs[len(evs)-1]
	if last.Pkg != "dex" || last.Type != "swap" || strings.Join(last.Attrs, " ") != "pool SA/SB trader bob in SA amount_in 10000000 out SB amount_out 19743160 fee 30000" {
		t.Fatalf("swap event %+v", last)
	}
	if evs[0].Pkg != "token" || evs[0].Type != "transfer" || strings.Join(evs[0].Attrs, " ") != "token SA from bob to "+string(f.dexAdr)+" amount 10000000" {
		t.Fatalf("token event %+v", evs[0])
	}
	f.checkBooks(t)

	// the other way
	q, _ = Quote(f.name, "SB", 5_000_000)
	if out, err := Swap(f.name, "SB", 5_000_000, q.AmountOut); err != nil || out != q.AmountOut {
		t.Fatalf("Swap back = %d, %v", out, err)
	}
	f.checkBooks(t)

	// failures change nothing
	q, _ = Quote(f.name, "SA", 1_000_000)
	f.unchanged(t, bob, ErrSlippage, func() error { _, err := Swap(f.name, "SA", 1_000_000, q.AmountOut+1); return err })
	f.unchanged(t, bob, ErrUnknownToken, func() error { _, err := Swap(f.name, "XX", 1_000_000, 0); return err })
	f.unchanged(t, bob, ErrZeroAmount, func() error { _, err := Swap(f.name, "SA", 0, 0); return err })
	f.unchanged(t, bob, ErrInsufficientOutput, func() error { _, err := Swap(f.name, "SA", 1, 0); return err })
	f.unchanged(t, bob, ErrUnknownPool, func() error { _, err := Swap("SB/SA", "SA", 1, 0); return err })
	f.unchanged(t, "nobody", token.ErrInsufficientAllowance, func() error { _, err := Swap(f.name, "SA", 1_000_000, 0); return err })
	f.a.Approve("pauper", f.dexAdr, token.Unlimited)
	f.unchanged(t, "pauper", token.ErrInsufficientBalance, func() error { _, err := Swap(f.name, "SA", 1_000_000, 0); return err })
	// a swap larger than the pool's reserves still leaves it something
	amigotesting.SetCaller(carol)
	out, err = Swap(f.name, "SA", 900_000_000_000, 0)
	if err != nil || out >= f.p.r.quote+out || f.p.r.quote == 0 {
		t.Fatalf("whale swap: %d %v, reserve left %d", out, err, f.p.r.quote)
	}
	f.checkBooks(t)
}

func TestRemoveLiquidity(t *testing.T) {
	f := setup(t, "RA", "RB")
	amigotesting.SetCaller(alice)
	AddLiquidity(f.name, 300_000_000, 300_000_000, 0)
	amigotesting.SetCaller(bob)
	AddLiquidity(f.name, 100_000_000, 100_000_000, 0)
	Swap(f.name, "RA", 50_000_000, 0) // fees accrue to the providers
	amigotesting.Events()
	shares := f.p.lp.BalanceOf(bob)
	if shares != 100_000_000 {
		t.Fatalf("bob's shares %d", shares)
	}
	rb, rq, total := f.p.r.base, f.p.r.quote, f.p.lp.TotalSupply()
	wantA, wantB := shares*rb/total, shares*rq/total
	f.unchanged(t, bob, ErrSlippage, func() error { _, err := RemoveLiquidity(f.name, shares, wantA+1, 0); return err })
	f.unchanged(t, bob, ErrSlippage, func() error { _, err := RemoveLiquidity(f.name, shares, 0, wantB+1); return err })
	f.unchanged(t, bob, ErrInsufficientShares, func() error { _, err := RemoveLiquidity(f.name, shares+1, 0, 0); return err })
	f.unchanged(t, bob, ErrZeroAmount, func() error { _, err := RemoveLiquidity(f.name, 0, 0, 0); return err })
	f.unchanged(t, carol, ErrInsufficientShares, func() error { _, err := RemoveLiquidity(f.name, 1, 0, 0); return err })

	amigotesting.SetCaller(bob)
	a0, b0 := f.a.BalanceOf(bob), f.b.BalanceOf(bob)
	d, err := RemoveLiquidity(f.name, shares, wantA, wantB)
	if err != nil || d.Base != wantA || d.Quote != wantB || d.Shares != shares {
		t.Fatalf("RemoveLiquidity = %+v, %v; want %d %d", d, err, wantA, wantB)
	}
	if f.a.BalanceOf(bob) != a0+wantA || f.b.BalanceOf(bob) != b0+wantB || f.p.lp.BalanceOf(bob) != 0 || f.p.lp.TotalSupply() != total-shares {
		t.Fatal("balances after removal")
	}
	evs := amigotesting.Events()
	if last := evs[len(evs)-1]; last.Type != "remove_liquidity" || last.Pkg != "dex" {
		t.Fatalf("event %+v", last)
	}
	f.checkBooks(t)

	// alice leaves entirely; the locked shares keep the pool alive
	amigotesting.SetCaller(alice)
	if _, err := RemoveLiquidity(f.name, f.p.lp.BalanceOf(alice), 0, 0); err != nil {
		t.Fatal(err)
	}
	if f.p.lp.TotalSupply() != MinimumLiquidity || f.p.r.base == 0 || f.p.r.quote == 0 {
		t.Fatalf("after everyone left: shares %d, reserves %d/%d", f.p.lp.TotalSupply(), f.p.r.base, f.p.r.quote)
	}
	f.checkBooks(t)
	// the pool's own locked shares cannot be removed, even by the dex
	amigotesting.SetCaller(f.dexAdr)
	f.unchanged(t, f.dexAdr, ErrInvalid, func() error { _, err := RemoveLiquidity(f.name, 1, 0, 0); return err })
}

func TestShares(t *testing.T) {
	f := setup(t, "HA", "HB")
	amigotesting.SetCaller(alice)
	AddLiquidity(f.name, 10_000_000, 10_000_000, 0)
	if err := TransferShares(f.name, carol, 1_000_000); err != nil {
		t.Fatal(err)
	}
	if s, _ := SharesOf(f.name, carol); s != 1_000_000 {
		t.Fatalf("carol's shares %d", s)
	}
	if err := TransferShares(f.name, carol, 100_000_000); !errors.Is(err, token.ErrInsufficientBalance) {
		t.Fatalf("overdraft of shares: %v", err)
	}
	amigotesting.SetCaller(carol)
	if d, err := RemoveLiquidity(f.name, 1_000_000, 0, 0); err != nil || d.Base != 1_000_000 {
		t.Fatalf("carol removes: %+v %v", d, err)
	}
	if _, err := SharesOf("X/Y", carol); !errors.Is(err, ErrUnknownPool) {
		t.Fatal("unknown pool")
	}
}

// evil is a token that calls back into the dex from TransferFrom.
type evil struct {
	libAsset
	reentered error
}

func (e *evil) TransferFrom(from, to amigo.Address, amount uint64) error {
	_, e.reentered = Swap("EV/EB", "EV", 1_000, 0)
	return e.libAsset.TransferFrom(from, to, amount)
}

func TestReentrancy(t *testing.T) {
	f := setup(t, "EV", "EB")
	amigotesting.SetCaller(alice)
	AddLiquidity(f.name, 10_000_000, 10_000_000, 0)
	e := &evil{libAsset: libAsset{f.a}}
	f.p.base = e
	if _, err := Swap(f.name, "EV", 1_000_000, 0); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(e.reentered, ErrLocked) {
		t.Fatalf("re-entrant swap: %v", e.reentered)
	}
	f.checkBooks(t)
}

// TestInvariants runs random sequences of swaps, deposits and withdrawals
// (a deterministic splitmix64 sequence), some failing, and checks after
// every step that
//   - a swap never decreases k = reserveBase*reserveQuote (128-bit),
//   - a deposit or withdrawal never decreases either reserve per share,
//   - the reserves are exactly the tokens the pool holds,
//   - a failed step changed nothing,
//
// and at the end that no token was created or lost.
func TestInvariants(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		sym := string(rune('0' + seed))
		f := setup(t, "PA"+sym, "PB"+sym)
		rng := seed * 0x9e3779b97f4a7c15
		next := func(n uint64) uint64 {
			rng += 0x9e3779b97f4a7c15
			z := rng
			z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
			z = (z ^ z>>27) * 0x94d049bb133111eb
			return (z ^ z>>31) % n
		}
		// amounts spread over many orders of magnitude
		amount := func() uint64 {
			v := next(1_000_000_000) + 1
			return v >> next(30)
		}
		supplyA, supplyB := f.a.TotalSupply(), f.b.TotalSupply()
		amigotesting.SetCaller(alice)
		if _, err := AddLiquidity(f.name, 1_000_000_000, 3_000_000_000, 0); err != nil {
			t.Fatal(err)
		}
		swaps, fails := 0, 0
		for step := range 300 {
			who := users[next(3)]
			amigotesting.SetCaller(who)
			rb, rq, total := f.p.r.base, f.p.r.quote, f.p.lp.TotalSupply()
			before := f.state()
			var err error
			kind := next(10)
			switch {
			case kind < 6:
				side := f.p.baseSym
				if next(2) == 0 {
					side = f.p.quoteSym
				}
				var minOut uint64
				if next(4) == 0 { // a guard that sometimes trips
					q, _ := Quote(f.name, side, amount())
					minOut = q.AmountOut + next(3)
				}
				_, err = Swap(f.name, side, amount(), minOut)
				if err == nil {
					swaps++
					kh, kl := bits.Mul64(rb, rq)
					nh, nl := bits.Mul64(f.p.r.base, f.p.r.quote)
					if Cmp128(nh, nl, kh, kl) < 0 {
						t.Fatalf("seed %d step %d: k decreased from %d*%d to %d*%d", seed, step, rb, rq, f.p.r.base, f.p.r.quote)
					}
				}
			case kind < 8:
				_, err = AddLiquidity(f.name, amount(), amount(), next(2)*next(1000))
			default:
				have := f.p.lp.BalanceOf(who)
				_, err = RemoveLiquidity(f.name, min(have, amount()), next(2)*next(1000), 0)
			}
			amigotesting.Events()
			if err != nil {
				fails++
				if f.state() != before {
					t.Fatalf("seed %d step %d: failed with %v but changed the pool", seed, step, err)
				}
				continue
			}
			if kind >= 6 {
				// reserves per share never decrease: r'/T' >= r/T, i.e. r'*T >= r*T'
				nt := f.p.lp.TotalSupply()
				for _, c := range [][2]uint64{{f.p.r.base, rb}, {f.p.r.quote, rq}} {
					ah, al := bits.Mul64(c[0], total)
					bh, bl := bits.Mul64(c[1], nt)
					if Cmp128(ah, al, bh, bl) < 0 {
						t.Fatalf("seed %d step %d: reserve per share decreased (%d/%d -> %d/%d)", seed, step, c[1], total, c[0], nt)
					}
				}
			}
			f.checkBooks(t)
		}
		// tokens are conserved: the users and the pool hold all of them
		var ha, hb uint64
		for _, who := range append(users, f.dexAdr) {
			ha += f.a.BalanceOf(who)
			hb += f.b.BalanceOf(who)
		}
		if ha != supplyA || hb != supplyB {
			t.Fatalf("seed %d: tokens not conserved: %d/%d of %d/%d", seed, ha, hb, supplyA, supplyB)
		}
		if swaps < 60 || fails < 10 {
			t.Fatalf("seed %d: %d swaps, %d failures: the sequence does not exercise enough", seed, swaps, fails)
		}
	}
}

func TestOracleCheck(t *testing.T) {
	f := setup(t, "OA", "OB")
	amigotesting.SetCaller(alice)
	AddLiquidity(f.name, 100_000_000, 250_000_000, 0) // 2.5 OB per OA
	for _, c := range []struct {
		value    uint64
		decimals int
		oracle   uint64
		dev      uint64
	}{
		{2_500_000, 6, 2_500_000, 0},
		{2_000_000, 6, 2_000_000, 2500},
		{25, 1, 2_500_000, 0},
		{2_750_000_000, 9, 2_750_000, 909},
	} {
		got, err := f.p.compare(oracle.Price{Feed: f.name, Value: c.value, Decimals: c.decimals, Round: 7, Age: 5}, true)
		if err != nil || got.PoolPrice != 2_500_000 || got.OraclePrice != c.oracle || got.DeviationBps != c.dev || got.Round != 7 || !got.Fresh {
			t.Errorf("compare(%d, %d decimals) = %+v, %v", c.value, c.decimals, got, err)
		}
	}
}

func TestRender(t *testing.T) {
	f := setup(t, "XA", "XB")
	amigotesting.SetCaller(alice)
	AddLiquidity(f.name, 100_000_000, 250_000_000, 0)
	amigotesting.SetCaller(bob)
	AddLiquidity(f.name, 10_000_000, 25_000_000, 0)
	home := Render("")
	for _, want := range []string{"# Dex", "[GOLD/AMG](dex:pool/GOLD/AMG)", "| [XA/XB](dex:pool/XA/XB) | 110 XA + 275 XB | 2.5 XB |", "`" + string(amigo.Self()) + "`"} {
		if !strings.Contains(home, want) {
			t.Errorf("home lacks %q:\n%s", want, home)
		}
	}
	pg := Render("pool/XA/XB")
	for _, want := range []string{
		"# XA/XB", "[Dex](dex:)", "| Price | 1 XA = 2.5 XB |", "| | 1 XB = 0.4 XA |", "| Fee | 0.3% of the input |",
		"[alice](dex:lp/XA/XB/account/alice)", "[bob](dex:lp/XA/XB/account/bob)", "(locked forever)",
		"No oracle price", "amigo call dex.Swap XA/XB XA 1000000 ",
	} {
		if !strings.Contains(pg, want) {
			t.Errorf("pool page lacks %q:\n%s", want, pg)
		}
	}
	lp := Render("lp/XA/XB/")
	if !strings.Contains(lp, "# XA/XB liquidity shares (XA-XB-LP)") || !strings.Contains(lp, "(dex:lp/XA/XB/account/alice)") || !strings.Contains(lp, "[Back to the XA/XB pool](dex:pool/XA/XB)") {
		t.Errorf("lp page:\n%s", lp)
	}
	if p := Render("lp/XA/XB/account/bob"); !strings.Contains(p, "| Balance | 15.811388 XA-XB-LP |") {
		t.Errorf("lp account page:\n%s", p)
	}
	if p := Render("pool/GOLD/AMG"); !strings.Contains(p, "none yet: the first deposit sets it") || !strings.Contains(p, "[GOLD](token/gold:)") || !strings.Contains(p, "[AMG](token:)") {
		t.Errorf("empty pool page:\n%s", p)
	}
	for _, bad := range []string{"x", "pool/", "pool/NO/PE", "lp/XA/XB", "lp/NO/"} {
		if p := Render(bad); !strings.HasPrefix(p, "# Not found") {
			t.Errorf("Render(%q):\n%s", bad, p)
		}
	}
}
