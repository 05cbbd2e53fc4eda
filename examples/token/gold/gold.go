// Package gold is Gold (GOLD), a second token built on the token library
// (package "token"), deployed at the path "token/gold". It shows how a
// package keeps a token of its own: it holds a *token.Token in a variable
// and decides who acts (amigo.Caller()) and who may mint.
//
// GOLD has 6 decimals (1 GOLD is 1000000) and a hard cap of 21,000,000
// GOLD. The deployer owns it and receives 100,000 GOLD; another 100,000
// GOLD fill a faucet that gives anyone 100 GOLD a day.
//
//	amigo call token/gold.Claim                    # 100 GOLD from the faucet, once a day
//	amigo call token/gold.Transfer bob 1000000     # 1 GOLD to bob
//	amigo call token/gold.Approve amigo1... 5000000
//	amigo call token/gold.Mint bob 1000000         # owner only, up to the cap
//	amigo render token/gold                        # supply, top holders, faucet
//
// Transfer, Approve, TransferFrom, Mint, Burn and TransferOwnership behave
// as the token package's own (see its documentation), with the same errors
// and events (with token=GOLD). This package holds its *token.Token: only
// its code can change it, through the library's methods, whose events are
// the token library's.
// Render pages: "" (supply, top holders and the faucet), "holders",
// "holders/N" and "account/ADDRESS".
package gold

import (
	"amigo"
	"fmt"
	"strconv"
	"time"

	"token"
)

// Path is the path gold is deployed at, for its Render links.
const Path = "token/gold"

const (
	// MaxSupply is the most GOLD there will ever be: 21,000,000 GOLD.
	MaxSupply uint64 = 21_000_000_000_000
	// FaucetAmount is what Claim gives: 100 GOLD.
	FaucetAmount uint64 = 100_000_000
	// FaucetPeriod is how often an account may claim.
	FaucetPeriod = 24 * time.Hour
	initial      = 100_000_000_000 // 100,000 GOLD to the deployer and to the faucet
)

// ErrCap: a mint would pass MaxSupply.
const ErrCap = token.Error("gold: mint would pass the maximum supply")

// ErrTooSoon: the caller claimed from the faucet less than FaucetPeriod ago.
const ErrTooSoon = token.Error("gold: claimed too recently")

// gold is this package's token: gold keeps the pointer and nobody else
// gets it.
var gold = token.MustNew("Gold", "GOLD", 6, amigo.Caller())

// lastClaim is when each account last claimed, in Unix seconds.
var lastClaim = map[amigo.Address]int64{}

func init() {
	must(gold.Mint(gold.Owner(), gold.Owner(), initial))
	must(gold.Mint(gold.Owner(), amigo.Self(), initial))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// Name is "Gold".
func Name() string { return gold.Name() }

// Symbol is "GOLD".
func Symbol() string { return gold.Symbol() }

// Decimals is 6.
func Decimals() int { return gold.Decimals() }

// TotalSupply is the GOLD in existence.
func TotalSupply() uint64 { return gold.TotalSupply() }

// Owner is the account that may mint (up to MaxSupply) and burn.
func Owner() amigo.Address { return gold.Owner() }

// BalanceOf is account's GOLD balance.
func BalanceOf(account amigo.Address) uint64 { return gold.BalanceOf(account) }

// Allowance is what spender may still move out of owner's balance.
func Allowance(owner, spender amigo.Address) uint64 { return gold.Allowance(owner, spender) }

// Transfer moves amount of the caller's GOLD to to.
func Transfer(to amigo.Address, amount uint64) error {
	return gold.Transfer(amigo.Caller(), to, amount)
}

// Approve lets spender move up to amount of the caller's GOLD.
func Approve(spender amigo.Address, amount uint64) error {
	return gold.Approve(amigo.Caller(), spender, amount)
}

// TransferFrom moves amount from from to to, spending the allowance from
// gave the caller.
func TransferFrom(from, to amigo.Address, amount uint64) error {
	return gold.TransferFrom(amigo.Caller(), from, to, amount)
}

// Mint creates amount GOLD for to. Owner only; never past MaxSupply.
func Mint(to amigo.Address, amount uint64) error {
	if amount > MaxSupply-gold.TotalSupply() {
		return fmt.Errorf("%w: %d + %d > %d", ErrCap, gold.TotalSupply(), amount, MaxSupply)
	}
	return gold.Mint(amigo.Caller(), to, amount)
}

// Burn destroys amount of the owner's GOLD. Owner only.
func Burn(amount uint64) error { return gold.Burn(amigo.Caller(), amount) }

// TransferOwnership hands minting and burning to newOwner. Owner only.
func TransferOwnership(newOwner amigo.Address) error {
	return gold.TransferOwnership(amigo.Caller(), newOwner)
}

// Claim gives the caller FaucetAmount from the faucet, once per
// FaucetPeriod.
func Claim() error {
	who, now := amigo.Caller(), amigo.Now().Unix()
	if last, ok := lastClaim[who]; ok && now < last+int64(FaucetPeriod/time.Second) {
		return fmt.Errorf("%w: next claim at %s", ErrTooSoon, NextClaim(who).Format(time.RFC3339))
	}
	if err := gold.Transfer(amigo.Self(), who, FaucetAmount); err != nil {
		return err
	}
	lastClaim[who] = now
	return nil
}

// NextClaim is when account may next claim (the zero time if it may now).
func NextClaim(account amigo.Address) time.Time {
	last, ok := lastClaim[account]
	if !ok || amigo.Now().Unix() >= last+int64(FaucetPeriod/time.Second) {
		return time.Time{}
	}
	return time.Unix(last, 0).Add(FaucetPeriod).UTC()
}

// Faucet is the GOLD left in the faucet.
func Faucet() uint64 { return gold.BalanceOf(amigo.Self()) }

// Asset is GOLD as a token.Fungible, for packages that work with any
// token (the dex). Its methods act for the package calling them.
func Asset() token.Fungible { return asset{} }

// asset is GOLD's Fungible: its methods call this package's functions (see
// token.Fungible).
type asset struct{}

func (asset) Name() string                                  { return Name() }
func (asset) Symbol() string                                { return Symbol() }
func (asset) Decimals() int                                 { return Decimals() }
func (asset) TotalSupply() uint64                           { return TotalSupply() }
func (asset) BalanceOf(account amigo.Address) uint64        { return BalanceOf(account) }
func (asset) Allowance(owner, spender amigo.Address) uint64 { return Allowance(owner, spender) }
func (asset) Transfer(to amigo.Address, amount uint64) error {
	return Transfer(to, amount)
}
func (asset) Approve(spender amigo.Address, amount uint64) error {
	return Approve(spender, amount)
}
func (asset) TransferFrom(from, to amigo.Address, amount uint64) error {
	return TransferFrom(from, to, amount)
}

// Render shows GOLD's pages: "" (supply, top holders, the faucet),
// "holders", "holders/N" and "account/ADDRESS".
func Render(path string) string {
	page := gold.Render(Path+":", path)
	if path == "" {
		page += "\n## Faucet\n\n" + gold.Format(Faucet()) + " left; anyone may claim " + gold.Format(FaucetAmount) +
			" every " + strconv.Itoa(int(FaucetPeriod/time.Hour)) + " hours with `amigo call " + Path + ".Claim`." +
			" The faucet is " + token.AccountLink(Path+":", amigo.Self()) + ".\n\n" +
			"Maximum supply: " + gold.Format(MaxSupply) + ". Trade GOLD for AMG on the [dex](dex:).\n"
	}
	return page
}
