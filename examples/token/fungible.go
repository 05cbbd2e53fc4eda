package token

import "amigo"

// Fungible is a token as other packages use it. Its methods act for the
// package that calls them: inside the token's package, amigo.Caller() is
// that package, so Transfer moves the calling package's own balance and
// TransferFrom spends what an account approved the calling package for.
//
// A token package hands one out (this package's [Asset], gold's
// gold.Asset); the dex keeps two per pool. Holding a Fungible gives no
// authority beyond what the caller already has.
//
// Implement it with methods that call the token package's own functions
// (Transfer, not the *Token's Transfer): a value kept in another
// package's state, as the dex keeps its Fungibles, runs its methods as
// that package, and only a function of the token package runs as the
// token package, which alone may change its *Token.
type Fungible interface {
	Name() string
	Symbol() string
	Decimals() int
	TotalSupply() uint64
	BalanceOf(account amigo.Address) uint64
	Allowance(owner, spender amigo.Address) uint64
	// Transfer moves amount from the caller's balance to to.
	Transfer(to amigo.Address, amount uint64) error
	// Approve lets spender move up to amount of the caller's balance.
	Approve(spender amigo.Address, amount uint64) error
	// TransferFrom moves amount from from to to, spending what from
	// approved the caller for.
	TransferFrom(from, to amigo.Address, amount uint64) error
}
