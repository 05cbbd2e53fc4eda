package gold

import (
	"amigo"
	amigotesting "amigo/testing"
	"errors"
	"strings"
	"testing"
	"time"

	"token"
)

const deployer = amigo.Address("amigo1testcaller")

func TestGold(t *testing.T) {
	if Name() != "Gold" || Symbol() != "GOLD" || Decimals() != 6 || Owner() != deployer {
		t.Fatalf("gold: %q %q %d %q", Name(), Symbol(), Decimals(), Owner())
	}
	if TotalSupply() != 2*initial || BalanceOf(deployer) != initial || Faucet() != initial {
		t.Fatalf("supply %d, deployer %d, faucet %d", TotalSupply(), BalanceOf(deployer), Faucet())
	}
	// gold's token is separate from AMG, the library's own instance
	if token.BalanceOf(amigo.Self()) != 0 || token.Symbol() != "AMG" {
		t.Fatal("gold and AMG share balances")
	}
	amigotesting.Events()
	amigotesting.SetCaller(deployer)
	if err := Transfer("alice", 3_000_000); err != nil {
		t.Fatal(err)
	}
	// The token library emits it. On a node it runs as this package, which
	// holds the *token.Token, and the event is token/gold's; amigo test
	// keeps no owners, so there it is the library's.
	evs := amigotesting.Events()
	if len(evs) != 1 || evs[0].Pkg != "token" || evs[0].Type != "transfer" || strings.Join(evs[0].Attrs, " ") != "token GOLD from "+string(deployer)+" to alice amount 3000000" {
		t.Fatalf("events %v", evs)
	}
	amigotesting.SetCaller("alice")
	if err := Approve("bob", 1_000_000); err != nil {
		t.Fatal(err)
	}
	amigotesting.SetCaller("bob")
	if err := TransferFrom("alice", "bob", 1_000_000); err != nil {
		t.Fatal(err)
	}
	if err := TransferFrom("alice", "bob", 1); !errors.Is(err, token.ErrInsufficientAllowance) {
		t.Fatalf("over the allowance: %v", err)
	}
	if BalanceOf("alice") != 2_000_000 || BalanceOf("bob") != 1_000_000 || Allowance("alice", "bob") != 0 {
		t.Fatal("balances")
	}
}

func TestMintCap(t *testing.T) {
	amigotesting.SetCaller("mallory")
	supply := TotalSupply()
	if err := Mint("mallory", 1); !errors.Is(err, token.ErrUnauthorized) || TotalSupply() != supply || BalanceOf("mallory") != 0 {
		t.Fatalf("unauthorised mint: %v", err)
	}
	amigotesting.SetCaller(deployer)
	if err := Mint("carol", MaxSupply-supply+1); !errors.Is(err, ErrCap) || TotalSupply() != supply {
		t.Fatalf("mint past the cap: %v", err)
	}
	if err := Mint("carol", MaxSupply-supply); err != nil || TotalSupply() != MaxSupply {
		t.Fatalf("mint to the cap: %v, supply %d", err, TotalSupply())
	}
	if err := Mint("carol", 1); !errors.Is(err, ErrCap) {
		t.Fatalf("mint at the cap: %v", err)
	}
	if err := Burn(1_000_000); err != nil {
		t.Fatal(err)
	}
	if err := Mint("carol", 1_000_000); err != nil {
		t.Fatalf("mint after a burn: %v", err)
	}
}

func TestFaucet(t *testing.T) {
	amigotesting.SetCaller("dora")
	left := Faucet()
	if !NextClaim("dora").IsZero() {
		t.Fatal("dora may claim now")
	}
	if err := Claim(); err != nil {
		t.Fatal(err)
	}
	if BalanceOf("dora") != FaucetAmount || Faucet() != left-FaucetAmount {
		t.Fatalf("dora %d, faucet %d", BalanceOf("dora"), Faucet())
	}
	amigotesting.Advance(23 * time.Hour)
	if err := Claim(); !errors.Is(err, ErrTooSoon) || BalanceOf("dora") != FaucetAmount {
		t.Fatalf("second claim within a day: %v", err)
	}
	if next := NextClaim("dora"); next.Sub(amigo.Now()) != time.Hour {
		t.Fatalf("next claim %v, now %v", next, amigo.Now())
	}
	amigotesting.Advance(time.Hour)
	if err := Claim(); err != nil || BalanceOf("dora") != 2*FaucetAmount {
		t.Fatalf("claim after a day: %v", err)
	}
	// an empty faucet refuses and records nothing
	amigotesting.SetCaller(amigo.Self())
	if err := Transfer("sink", Faucet()); err != nil {
		t.Fatal(err)
	}
	amigotesting.SetCaller("ed")
	if err := Claim(); !errors.Is(err, token.ErrInsufficientBalance) || !NextClaim("ed").IsZero() {
		t.Fatalf("claim from an empty faucet: %v", err)
	}
}

func TestRender(t *testing.T) {
	home := Render("")
	for _, want := range []string{"# Gold (GOLD)", "(token/gold:account/", "## Faucet", "[dex](dex:)"} {
		if !strings.Contains(home, want) {
			t.Errorf("Render(\"\") lacks %q:\n%s", want, home)
		}
	}
	if p := Render("holders"); !strings.Contains(p, "# GOLD holders") {
		t.Errorf("holders:\n%s", p)
	}
	var f token.Fungible = Asset()
	if f.Symbol() != "GOLD" {
		t.Fatal("Asset")
	}
}
