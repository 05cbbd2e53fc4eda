package token

import (
	"amigo"
	amigotesting "amigo/testing"
	"errors"
	"strings"
	"testing"
)

// The deployed instance: the deployer (the test's initial caller) owns AMG
// and holds the initial supply; every function acts for amigo.Caller().

const deployer = amigo.Address("amigo1testcaller")

func TestInstance(t *testing.T) {
	if Name() != "Amigo Token" || Symbol() != "AMG" || Decimals() != 6 || Owner() != deployer {
		t.Fatalf("instance: %q %q %d %q", Name(), Symbol(), Decimals(), Owner())
	}
	if TotalSupply() != InitialSupply || BalanceOf(deployer) != InitialSupply {
		t.Fatalf("supply %d, deployer %d", TotalSupply(), BalanceOf(deployer))
	}
	amigotesting.Events()

	amigotesting.SetCaller(deployer)
	if err := Transfer("dave", 5_000_000); err != nil {
		t.Fatal(err)
	}
	wantEvent(t, "transfer", "token", "AMG", "from", string(deployer), "to", "dave", "amount", "5000000")

	amigotesting.SetCaller("dave")
	if err := Approve("erin", 2_000_000); err != nil {
		t.Fatal(err)
	}
	wantEvent(t, "approval", "token", "AMG", "owner", "dave", "spender", "erin", "amount", "2000000")
	if Allowance("dave", "erin") != 2_000_000 {
		t.Fatal("allowance")
	}

	amigotesting.SetCaller("erin")
	if err := TransferFrom("dave", "frank", 1_500_000); err != nil {
		t.Fatal(err)
	}
	amigotesting.Events()
	if BalanceOf("dave") != 3_500_000 || BalanceOf("frank") != 1_500_000 || Allowance("dave", "erin") != 500_000 {
		t.Fatalf("dave %d, frank %d, allowance %d", BalanceOf("dave"), BalanceOf("frank"), Allowance("dave", "erin"))
	}

	// failures change nothing
	for _, c := range []struct {
		caller amigo.Address
		want   error
		f      func() error
	}{
		{"mallory", ErrUnauthorized, func() error { return Mint("mallory", 1_000_000) }},
		{"mallory", ErrUnauthorized, func() error { return Burn(1) }},
		{"mallory", ErrUnauthorized, func() error { return TransferOwnership("mallory") }},
		{"dave", ErrInsufficientBalance, func() error { return Transfer("frank", 3_500_001) }},
		{"erin", ErrInsufficientAllowance, func() error { return TransferFrom("dave", "erin", 500_001) }},
		{"dave", ErrInvalidAddress, func() error { return Transfer("", 1) }},
	} {
		amigotesting.SetCaller(c.caller)
		supply, holders := TotalSupply(), Holders()
		bals := []uint64{BalanceOf(deployer), BalanceOf("dave"), BalanceOf("erin"), BalanceOf("frank"), BalanceOf("mallory")}
		err := c.f()
		if !errors.Is(err, c.want) {
			t.Fatalf("%s: error %v, want %v", c.caller, err, c.want)
		}
		after := []uint64{BalanceOf(deployer), BalanceOf("dave"), BalanceOf("erin"), BalanceOf("frank"), BalanceOf("mallory")}
		if TotalSupply() != supply || Holders() != holders || Owner() != deployer || Allowance("dave", "erin") != 500_000 || !equalU64(bals, after) {
			t.Fatalf("%s: failed with %v but changed the token", c.caller, err)
		}
		if evs := amigotesting.Events(); len(evs) != 0 {
			t.Fatalf("a failed call emitted %v", evs)
		}
	}

	// the owner mints and burns
	amigotesting.SetCaller(deployer)
	if err := Mint("frank", 1); err != nil {
		t.Fatal(err)
	}
	if err := Burn(1_000_000); err != nil {
		t.Fatal(err)
	}
	amigotesting.Events()
	if TotalSupply() != InitialSupply+1-1_000_000 {
		t.Fatalf("supply %d", TotalSupply())
	}
}

func TestAsset(t *testing.T) {
	var f Fungible = Asset()
	if f.Symbol() != "AMG" || f.Decimals() != 6 || f.Name() != Name() || f.TotalSupply() != TotalSupply() {
		t.Fatal("Asset does not describe AMG")
	}
	// In the package's own test the Fungible acts for the test's caller; from
	// another package it acts for that package (see the dex's tests).
	amigotesting.SetCaller(deployer)
	if err := f.Transfer("gina", 10); err != nil {
		t.Fatal(err)
	}
	amigotesting.SetCaller("gina")
	if err := f.Approve("hank", 4); err != nil {
		t.Fatal(err)
	}
	amigotesting.SetCaller("hank")
	if err := f.TransferFrom("gina", "hank", 5); !errors.Is(err, ErrInsufficientAllowance) {
		t.Fatalf("TransferFrom over the allowance: %v", err)
	}
	if err := f.TransferFrom("gina", "hank", 4); err != nil {
		t.Fatal(err)
	}
	amigotesting.Events()
	if f.BalanceOf("gina") != 6 || f.BalanceOf("hank") != 4 || f.Allowance("gina", "hank") != 0 {
		t.Fatal("Asset transfers")
	}
}

func TestInstanceRender(t *testing.T) {
	home := Render("")
	for _, want := range []string{"# Amigo Token (AMG)", "(token:account/" + string(deployer) + ")", "## Top holders"} {
		if !strings.Contains(home, want) {
			t.Errorf("Render(\"\") lacks %q:\n%s", want, home)
		}
	}
	if p := Render("account/dave"); !strings.Contains(p, "| Balance | 3.5 AMG |") {
		t.Errorf("account page:\n%s", p)
	}
}

func equalU64(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
