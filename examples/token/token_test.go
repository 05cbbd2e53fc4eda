package token

import (
	"amigo"
	amigotesting "amigo/testing"
	"errors"
	"math"
	"strings"
	"testing"
)

const (
	owner   = amigo.Address("owner")
	alice   = amigo.Address("alice")
	bob     = amigo.Address("bob")
	carol   = amigo.Address("carol")
	mallory = amigo.Address("mallory")
)

// snapshot is everything observable about a token, to check that a failed
// call changed nothing.
type snapshot struct {
	supply  uint64
	holders int
	owner   amigo.Address
	bals    map[amigo.Address]uint64
	allows  map[amigo.Address]uint64 // owner+">"+spender
	ranked  string
}

func snap(tk *Token, accounts ...amigo.Address) snapshot {
	s := snapshot{supply: tk.TotalSupply(), holders: tk.Holders(), owner: tk.Owner(), bals: map[amigo.Address]uint64{}, allows: map[amigo.Address]uint64{}}
	for _, a := range accounts {
		s.bals[a] = tk.BalanceOf(a)
		for _, b := range accounts {
			s.allows[a+">"+b] = tk.Allowance(a, b)
		}
	}
	for who, bal := range tk.Ranked() {
		s.ranked += string(who) + "=" + FormatAmount(bal, 0) + " "
	}
	return s
}

func (s snapshot) equal(o snapshot) bool {
	if s.supply != o.supply || s.holders != o.holders || s.owner != o.owner || s.ranked != o.ranked {
		return false
	}
	for k, v := range s.bals {
		if o.bals[k] != v {
			return false
		}
	}
	for k, v := range s.allows {
		if o.allows[k] != v {
			return false
		}
	}
	return true
}

var everyone = []amigo.Address{owner, alice, bob, carol, mallory}

// unchanged runs f, which must fail with want, and checks that the token
// and the events are as before.
func unchanged(t *testing.T, tk *Token, want error, f func() error) {
	t.Helper()
	amigotesting.Events()
	before := snap(tk, everyone...)
	err := f()
	if !errors.Is(err, want) {
		t.Fatalf("error %v, want %v", err, want)
	}
	if after := snap(tk, everyone...); !before.equal(after) {
		t.Fatalf("a failed call changed the token:\nbefore %+v\nafter  %+v", before, after)
	}
	if evs := amigotesting.Events(); len(evs) != 0 {
		t.Fatalf("a failed call emitted %v", evs)
	}
}

// newToken is a GLD token (2 decimals) with 1000.00 minted to owner and
// the events of that forgotten.
func newToken(t *testing.T) *Token {
	t.Helper()
	tk, err := New("Gold Leaf", "GLD", 2, owner)
	if err != nil {
		t.Fatal(err)
	}
	if err := tk.Mint(owner, owner, 100000); err != nil {
		t.Fatal(err)
	}
	amigotesting.Events()
	return tk
}

// wantEvent checks that exactly one event was emitted, by package token.
func wantEvent(t *testing.T, typ string, attrs ...string) {
	t.Helper()
	evs := amigotesting.Events()
	if len(evs) != 1 {
		t.Fatalf("events %v, want one %s", evs, typ)
	}
	ev := evs[0]
	want := strings.Join(attrs, " ")
	if ev.Pkg != "token" || ev.Type != typ || strings.Join(ev.Attrs, " ") != want {
		t.Fatalf("event %s %s %v, want token %s [%s]", ev.Pkg, ev.Type, ev.Attrs, typ, want)
	}
}

func TestNew(t *testing.T) {
	tk, err := New("Gold Leaf", "GLD", 2, owner)
	if err != nil {
		t.Fatal(err)
	}
	if tk.Name() != "Gold Leaf" || tk.Symbol() != "GLD" || tk.Decimals() != 2 || tk.Owner() != owner || tk.TotalSupply() != 0 || tk.Holders() != 0 {
		t.Fatalf("new token: %q %q %d %q %d %d", tk.Name(), tk.Symbol(), tk.Decimals(), tk.Owner(), tk.TotalSupply(), tk.Holders())
	}
	for _, c := range []struct {
		name, symbol string
		decimals     int
		owner        amigo.Address
		want         error
	}{
		{"", "GLD", 2, owner, ErrInvalidToken},
		{"Gold", "", 2, owner, ErrInvalidToken},
		{"Gold", "gld", 2, owner, ErrInvalidToken},
		{"Gold", "ABCDEFGHIJKLMNOPQ", 2, owner, ErrInvalidToken},
		{"Gold", "GLD", -1, owner, ErrInvalidToken},
		{"Gold", "GLD", 19, owner, ErrInvalidToken},
		{"Gold", "GLD", 2, "", ErrInvalidAddress},
		{"Gold", "GLD", 2, "has space", ErrInvalidAddress},
	} {
		if _, err := New(c.name, c.symbol, c.decimals, c.owner); !errors.Is(err, c.want) {
			t.Errorf("New(%q, %q, %d, %q) = %v, want %v", c.name, c.symbol, c.decimals, c.owner, err, c.want)
		}
	}
	if _, err := New("LP", "LP-GOLD.AMG", 18, owner); err != nil {
		t.Errorf("LP token: %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustNew did not panic on an invalid token")
		}
	}()
	MustNew("", "X", 0, owner)
}

func TestMint(t *testing.T) {
	tk := newToken(t)
	if err := tk.Mint(owner, alice, 250); err != nil {
		t.Fatal(err)
	}
	wantEvent(t, "mint", "token", "GLD", "to", "alice", "amount", "250")
	if tk.TotalSupply() != 100250 || tk.BalanceOf(alice) != 250 || tk.Holders() != 2 {
		t.Fatalf("supply %d, alice %d, holders %d", tk.TotalSupply(), tk.BalanceOf(alice), tk.Holders())
	}
	t.Run("unauthorized", func(t *testing.T) {
		unchanged(t, tk, ErrUnauthorized, func() error { return tk.Mint(mallory, mallory, 1000) })
		unchanged(t, tk, ErrUnauthorized, func() error { return tk.Mint(alice, alice, 1) })
	})
	t.Run("overflow", func(t *testing.T) {
		if err := tk.Mint(owner, bob, math.MaxUint64-tk.TotalSupply()); err != nil {
			t.Fatal(err)
		}
		amigotesting.Events()
		unchanged(t, tk, ErrOverflow, func() error { return tk.Mint(owner, bob, 1) })
		unchanged(t, tk, ErrOverflow, func() error { return tk.Mint(owner, carol, math.MaxUint64) })
	})
	t.Run("bad recipient", func(t *testing.T) {
		unchanged(t, tk, ErrInvalidAddress, func() error { return tk.Mint(owner, "", 1) })
		unchanged(t, tk, ErrInvalidAddress, func() error { return tk.Mint(owner, "[x](javascript:alert(1))", 1) })
	})
}

func TestTransfer(t *testing.T) {
	tk := newToken(t)
	if err := tk.Transfer(owner, alice, 3000); err != nil {
		t.Fatal(err)
	}
	wantEvent(t, "transfer", "token", "GLD", "from", "owner", "to", "alice", "amount", "3000")
	if err := tk.Transfer(alice, bob, 1000); err != nil {
		t.Fatal(err)
	}
	amigotesting.Events()
	if tk.BalanceOf(owner) != 97000 || tk.BalanceOf(alice) != 2000 || tk.BalanceOf(bob) != 1000 || tk.Holders() != 3 || tk.TotalSupply() != 100000 {
		t.Fatalf("balances %d %d %d, holders %d", tk.BalanceOf(owner), tk.BalanceOf(alice), tk.BalanceOf(bob), tk.Holders())
	}
	t.Run("overdraft", func(t *testing.T) {
		unchanged(t, tk, ErrInsufficientBalance, func() error { return tk.Transfer(alice, bob, 2001) })
		unchanged(t, tk, ErrInsufficientBalance, func() error { return tk.Transfer(carol, bob, 1) })
		unchanged(t, tk, ErrInsufficientBalance, func() error { return tk.Transfer(alice, alice, 2001) })
	})
	t.Run("bad address", func(t *testing.T) {
		unchanged(t, tk, ErrInvalidAddress, func() error { return tk.Transfer(alice, "", 1) })
		unchanged(t, tk, ErrInvalidAddress, func() error { return tk.Transfer("", alice, 0) })
		unchanged(t, tk, ErrInvalidAddress, func() error { return tk.Transfer(alice, "a\nb", 1) })
	})
	t.Run("self", func(t *testing.T) {
		before := snap(tk, everyone...)
		if err := tk.Transfer(alice, alice, 2000); err != nil {
			t.Fatal(err)
		}
		wantEvent(t, "transfer", "token", "GLD", "from", "alice", "to", "alice", "amount", "2000")
		if !before.equal(snap(tk, everyone...)) {
			t.Fatal("a transfer to oneself changed the token")
		}
	})
	t.Run("zero", func(t *testing.T) {
		if err := tk.Transfer(carol, alice, 0); err != nil {
			t.Fatal(err)
		}
		wantEvent(t, "transfer", "token", "GLD", "from", "carol", "to", "alice", "amount", "0")
		if tk.Holders() != 3 || tk.BalanceOf(carol) != 0 {
			t.Fatal("a zero transfer made a holder")
		}
	})
	t.Run("whole balance", func(t *testing.T) {
		if err := tk.Transfer(bob, alice, 1000); err != nil {
			t.Fatal(err)
		}
		amigotesting.Events()
		if tk.Holders() != 2 || tk.BalanceOf(bob) != 0 || tk.BalanceOf(alice) != 3000 {
			t.Fatalf("holders %d, bob %d, alice %d", tk.Holders(), tk.BalanceOf(bob), tk.BalanceOf(alice))
		}
		if _, ok := tk.balances[bob]; ok {
			t.Fatal("an emptied balance is still stored")
		}
	})
}

func TestAllowance(t *testing.T) {
	tk := newToken(t)
	if err := tk.Transfer(owner, alice, 5000); err != nil {
		t.Fatal(err)
	}
	if err := tk.Approve(alice, bob, 2000); err != nil {
		t.Fatal(err)
	}
	amigotesting.Events()
	if tk.Allowance(alice, bob) != 2000 || tk.Allowance(bob, alice) != 0 {
		t.Fatal("allowance not recorded")
	}
	if err := tk.TransferFrom(bob, alice, carol, 1500); err != nil {
		t.Fatal(err)
	}
	wantEvent(t, "transfer", "token", "GLD", "from", "alice", "to", "carol", "amount", "1500")
	if tk.Allowance(alice, bob) != 500 || tk.BalanceOf(alice) != 3500 || tk.BalanceOf(carol) != 1500 || tk.BalanceOf(bob) != 0 {
		t.Fatalf("allowance %d, alice %d, carol %d", tk.Allowance(alice, bob), tk.BalanceOf(alice), tk.BalanceOf(carol))
	}
	t.Run("over allowance", func(t *testing.T) {
		unchanged(t, tk, ErrInsufficientAllowance, func() error { return tk.TransferFrom(bob, alice, bob, 501) })
		unchanged(t, tk, ErrInsufficientAllowance, func() error { return tk.TransferFrom(mallory, alice, mallory, 1) })
	})
	t.Run("over balance", func(t *testing.T) {
		if err := tk.Approve(carol, bob, 10000); err != nil {
			t.Fatal(err)
		}
		amigotesting.Events()
		unchanged(t, tk, ErrInsufficientBalance, func() error { return tk.TransferFrom(bob, carol, bob, 1501) })
	})
	t.Run("replace and revoke", func(t *testing.T) {
		if err := tk.Approve(alice, bob, 7); err != nil {
			t.Fatal(err)
		}
		wantEvent(t, "approval", "token", "GLD", "owner", "alice", "spender", "bob", "amount", "7")
		if tk.Allowance(alice, bob) != 7 {
			t.Fatal("Approve did not replace the allowance")
		}
		if err := tk.Approve(alice, bob, 0); err != nil {
			t.Fatal(err)
		}
		amigotesting.Events()
		if tk.Allowance(alice, bob) != 0 {
			t.Fatal("Approve 0 did not revoke")
		}
		if _, ok := tk.allowances[alice]; ok {
			t.Fatal("an owner without allowances is still stored")
		}
		unchanged(t, tk, ErrInsufficientAllowance, func() error { return tk.TransferFrom(bob, alice, bob, 1) })
	})
	t.Run("unlimited", func(t *testing.T) {
		if err := tk.Approve(alice, carol, Unlimited); err != nil {
			t.Fatal(err)
		}
		for range 3 {
			if err := tk.TransferFrom(carol, alice, bob, 100); err != nil {
				t.Fatal(err)
			}
		}
		amigotesting.Events()
		if tk.Allowance(alice, carol) != Unlimited || tk.BalanceOf(bob) != 300 {
			t.Fatalf("unlimited allowance %d, bob %d", tk.Allowance(alice, carol), tk.BalanceOf(bob))
		}
	})
	t.Run("own balance", func(t *testing.T) {
		if err := tk.TransferFrom(bob, bob, carol, 300); err != nil {
			t.Fatalf("a spender moving its own balance: %v", err)
		}
		amigotesting.Events()
		unchanged(t, tk, ErrInsufficientBalance, func() error { return tk.TransferFrom(bob, bob, carol, 1) })
	})
	t.Run("bad address", func(t *testing.T) {
		unchanged(t, tk, ErrInvalidAddress, func() error { return tk.Approve(alice, "", 5) })
		unchanged(t, tk, ErrInvalidAddress, func() error { return tk.TransferFrom("", alice, bob, 0) })
	})
	t.Run("listing", func(t *testing.T) {
		tk.Approve(owner, carol, 3)
		tk.Approve(owner, alice, 1)
		tk.Approve(owner, bob, 2)
		var got []string
		for spender, amount := range tk.Allowances(owner) {
			got = append(got, string(spender)+"="+FormatAmount(amount, 0))
		}
		if s := strings.Join(got, " "); s != "alice=1 bob=2 carol=3" {
			t.Fatalf("Allowances(owner) = %s", s)
		}
	})
}

func TestBurnAndOwnership(t *testing.T) {
	tk := newToken(t)
	tk.Transfer(owner, alice, 100)
	amigotesting.Events()
	if err := tk.Burn(owner, 900); err != nil {
		t.Fatal(err)
	}
	wantEvent(t, "burn", "token", "GLD", "from", "owner", "amount", "900")
	if tk.TotalSupply() != 99100 || tk.BalanceOf(owner) != 99000 {
		t.Fatalf("supply %d, owner %d", tk.TotalSupply(), tk.BalanceOf(owner))
	}
	unchanged(t, tk, ErrUnauthorized, func() error { return tk.Burn(alice, 100) })
	unchanged(t, tk, ErrInsufficientBalance, func() error { return tk.Burn(owner, 99001) })
	unchanged(t, tk, ErrUnauthorized, func() error { return tk.TransferOwnership(mallory, mallory) })
	unchanged(t, tk, ErrInvalidAddress, func() error { return tk.TransferOwnership(owner, "") })
	if err := tk.TransferOwnership(owner, alice); err != nil {
		t.Fatal(err)
	}
	wantEvent(t, "owner", "token", "GLD", "from", "owner", "to", "alice")
	unchanged(t, tk, ErrUnauthorized, func() error { return tk.Mint(owner, owner, 1) })
	if err := tk.Mint(alice, bob, 1); err != nil {
		t.Fatalf("the new owner cannot mint: %v", err)
	}
	if err := tk.Burn(alice, 100); err != nil {
		t.Fatalf("the new owner cannot burn: %v", err)
	}
	if tk.Holders() != 2 {
		t.Fatalf("holders %d after alice burnt all hers", tk.Holders())
	}
}

func TestRanked(t *testing.T) {
	tk := newToken(t)
	tk.Transfer(owner, alice, 500)
	tk.Transfer(owner, bob, 700)
	tk.Transfer(owner, carol, 500)
	tk.Transfer(owner, mallory, 98300) // owner keeps 0
	got := ""
	for who, bal := range tk.Ranked() {
		got += string(who) + "=" + FormatAmount(bal, 0) + " "
	}
	if want := "mallory=98300 bob=700 alice=500 carol=500 "; got != want {
		t.Fatalf("Ranked = %q, want %q", got, want)
	}
	// stopping early
	n := 0
	for range tk.Ranked() {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 || tk.Holders() != 4 {
		t.Fatalf("n %d, holders %d", n, tk.Holders())
	}
	// rank keys sort by balance, largest first
	if !(rankKey(10, "z") < rankKey(9, "a") && rankKey(9, "a") < rankKey(9, "b") && rankKey(math.MaxUint64, "z") < rankKey(0, "a")) {
		t.Fatal("rank keys out of order")
	}
	if b, who := parseRankKey(rankKey(123456789, "amigo1x")); b != 123456789 || who != "amigo1x" {
		t.Fatal("rank key round trip")
	}
}

// TestSupplyInvariant drives a token with a deterministic random sequence of
// operations, failed ones included, and checks after each that the balances
// add up to the supply, the holder count and the ranking agree with them,
// and that a failed operation changed nothing.
func TestSupplyInvariant(t *testing.T) {
	tk := newToken(t)
	accounts := []amigo.Address{owner, alice, bob, carol, mallory}
	seed := uint64(42)
	next := func(n uint64) uint64 { // splitmix64
		seed += 0x9e3779b97f4a7c15
		z := seed
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		return (z ^ z>>31) % n
	}
	failures := 0
	for i := range 400 {
		a, b, c := accounts[next(5)], accounts[next(5)], accounts[next(5)]
		amount := next(30000)
		before := snap(tk, accounts...)
		var err error
		switch next(6) {
		case 0:
			err = tk.Transfer(a, b, amount)
		case 1:
			err = tk.Approve(a, b, amount)
		case 2:
			err = tk.TransferFrom(c, a, b, amount)
		case 3:
			err = tk.Mint(a, b, amount)
		case 4:
			err = tk.Burn(a, amount)
		case 5:
			err = tk.TransferOwnership(a, b)
		}
		amigotesting.Events()
		if err != nil {
			failures++
			if !before.equal(snap(tk, accounts...)) {
				t.Fatalf("step %d: failed with %v but changed the token", i, err)
			}
		}
		var sum uint64
		holders := 0
		for _, x := range accounts {
			sum += tk.BalanceOf(x)
			if tk.BalanceOf(x) > 0 {
				holders++
			}
		}
		ranked := 0
		prev := uint64(math.MaxUint64)
		for who, bal := range tk.Ranked() {
			if bal != tk.BalanceOf(who) || bal == 0 || bal > prev {
				t.Fatalf("step %d: ranking has %s=%d (balance %d, previous %d)", i, who, bal, tk.BalanceOf(who), prev)
			}
			prev = bal
			ranked++
		}
		if sum != tk.TotalSupply() || holders != tk.Holders() || ranked != holders {
			t.Fatalf("step %d: balances sum to %d, supply %d; holders %d, counted %d, ranked %d", i, sum, tk.TotalSupply(), holders, tk.Holders(), ranked)
		}
	}
	if failures < 50 || failures > 350 {
		t.Fatalf("%d of 400 operations failed: the sequence does not exercise both paths", failures)
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		amount   uint64
		decimals int
		want     string
	}{
		{0, 0, "0"}, {0, 6, "0"}, {5, 6, "0.000005"}, {2500000, 6, "2.5"}, {1000000, 6, "1"},
		{123, 0, "123"}, {math.MaxUint64, 18, "18.446744073709551615"},
	} {
		if got := FormatAmount(c.amount, c.decimals); got != c.want {
			t.Errorf("FormatAmount(%d, %d) = %q, want %q", c.amount, c.decimals, got, c.want)
		}
	}
	tk := newToken(t)
	if got := tk.Format(123456789); got != "1,234,567.89 GLD" {
		t.Errorf("Format = %q", got)
	}
	if got := tk.Format(100); got != "1 GLD" {
		t.Errorf("Format = %q", got)
	}
	for _, c := range []struct {
		part, whole uint64
		want        string
	}{
		{0, 0, "0%"}, {1, 3, "33.33%"}, {3, 3, "100%"}, {math.MaxUint64, math.MaxUint64, "100%"}, {1, math.MaxUint64, "0%"}, {5, 4, "125%"},
	} {
		if got := Percent(c.part, c.whole); got != c.want {
			t.Errorf("Percent(%d, %d) = %q, want %q", c.part, c.whole, got, c.want)
		}
	}
	if got := Escape("a_b*[c](d)\n|"); got != `a\_b\*\[c\]\(d\) \|` {
		t.Errorf("Escape = %q", got)
	}
}

func TestRender(t *testing.T) {
	tk := newToken(t)
	for i := range 60 {
		who := amigo.Address("holder" + string(rune('a'+i/26)) + string(rune('a'+i%26)))
		tk.Transfer(owner, who, uint64(100+i))
	}
	tk.Approve(owner, "amigo1dex", 5000)
	tk.Approve(owner, "amigo1pool", Unlimited)
	home := tk.Render("gold:", "")
	for _, want := range []string{
		"# Gold Leaf (GLD)", "| Total supply | 1,000 GLD |", "| Holders | 61 |",
		"| Owner | [owner](gold:account/owner) |",
		"| 1 | [owner](gold:account/owner) | 922.3 GLD | 92.23% |",
		"| 2 | [holderch](gold:account/holderch) | 1.59 GLD | 0.15% |",
		"| 10 | [holderbz](gold:account/holderbz) | 1.51 GLD |",
		"[All 61 holders](gold:holders)",
	} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %q:\n%s", want, home)
		}
	}
	if strings.Contains(home, "| 11 |") {
		t.Error("home page lists more than 10 holders")
	}
	p1 := tk.Render("gold:", "holders")
	if !strings.Contains(p1, "page 1 of 3") || !strings.Contains(p1, "| 25 |") || strings.Contains(p1, "| 26 |") || !strings.Contains(p1, "[next →](gold:holders/2)") || strings.Contains(p1, "previous") {
		t.Errorf("page 1:\n%s", p1)
	}
	p3 := tk.Render("gold:", "holders/3")
	if !strings.Contains(p3, "| 61 | [holderaa](gold:account/holderaa) | 1 GLD |") || !strings.Contains(p3, "[← previous](gold:holders/2)") || strings.Contains(p3, "next") {
		t.Errorf("page 3:\n%s", p3)
	}
	if p9 := tk.Render("gold:", "holders/9"); !strings.Contains(p9, "No holders on this page") || !strings.Contains(p9, "(gold:holders/3)") {
		t.Errorf("page 9:\n%s", p9)
	}
	acct := tk.Render("gold:", "account/owner")
	for _, want := range []string{"| Balance | 922.3 GLD |", "| Role | owner", "| [amigo1dex](gold:account/amigo1dex) | 50 GLD |", "| [amigo1pool](gold:account/amigo1pool) | unlimited |"} {
		if !strings.Contains(acct, want) {
			t.Errorf("account page lacks %q:\n%s", want, acct)
		}
	}
	if a := tk.Render("gold:", "account/nobody"); !strings.Contains(a, "| Balance | 0 GLD |") || !strings.Contains(a, "None.") {
		t.Errorf("empty account page:\n%s", a)
	}
	for _, bad := range []string{"nope", "holders/0", "holders/x", "account/", "account/<script>"} {
		if p := tk.Render("gold:", bad); !strings.HasPrefix(p, "# Not found") || strings.Contains(p, "<script>") {
			t.Errorf("Render(%q):\n%s", bad, p)
		}
	}
	empty, _ := New("Empty", "E", 0, owner)
	if p := empty.Render("e:", ""); !strings.Contains(p, "No holders yet.") {
		t.Errorf("empty token:\n%s", p)
	}
}
