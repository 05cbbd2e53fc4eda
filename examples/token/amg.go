package token

import "amigo"

// Path is the package path this package is deployed at, for the links
// other packages make to its Render pages (its own code could ask
// amigo.PkgPath(); a constant serves importers too).
const Path = "token"

// InitialSupply is what the deployer receives: 1,000,000 AMG.
const InitialSupply uint64 = 1_000_000_000_000

// amg is the token of the deployed instance; the deployer owns it.
var amg = MustNew("Amigo Token", "AMG", 6, amigo.Caller())

func init() {
	if err := amg.Mint(amg.Owner(), amg.Owner(), InitialSupply); err != nil {
		panic(err)
	}
}

// Name is "Amigo Token".
func Name() string { return amg.Name() }

// Symbol is "AMG".
func Symbol() string { return amg.Symbol() }

// Decimals is 6: 1 AMG is 1000000.
func Decimals() int { return amg.Decimals() }

// TotalSupply is the AMG in existence, in units of 10^-6 AMG.
func TotalSupply() uint64 { return amg.TotalSupply() }

// Owner is the account that may mint and burn AMG.
func Owner() amigo.Address { return amg.Owner() }

// Holders is the number of accounts holding AMG.
func Holders() int { return amg.Holders() }

// BalanceOf is account's AMG balance.
func BalanceOf(account amigo.Address) uint64 { return amg.BalanceOf(account) }

// Allowance is what spender may still move out of owner's balance.
func Allowance(owner, spender amigo.Address) uint64 { return amg.Allowance(owner, spender) }

// Transfer moves amount of the caller's AMG to to.
func Transfer(to amigo.Address, amount uint64) error {
	return amg.Transfer(amigo.Caller(), to, amount)
}

// Approve lets spender (a package such as the dex, or anyone) move up to
// amount of the caller's AMG with TransferFrom, replacing any earlier
// allowance. 0 revokes; 18446744073709551615 is unlimited.
func Approve(spender amigo.Address, amount uint64) error {
	return amg.Approve(amigo.Caller(), spender, amount)
}

// TransferFrom moves amount from from to to, spending the allowance from
// gave the caller.
func TransferFrom(from, to amigo.Address, amount uint64) error {
	return amg.TransferFrom(amigo.Caller(), from, to, amount)
}

// Mint creates amount AMG for to. Owner only.
func Mint(to amigo.Address, amount uint64) error {
	return amg.Mint(amigo.Caller(), to, amount)
}

// Burn destroys amount of the owner's AMG. Owner only.
func Burn(amount uint64) error {
	return amg.Burn(amigo.Caller(), amount)
}

// TransferOwnership hands the right to mint and burn to newOwner. Owner only.
func TransferOwnership(newOwner amigo.Address) error {
	return amg.TransferOwnership(amigo.Caller(), newOwner)
}

// Asset is AMG as a [Fungible], for packages that work with any token
// (the dex). Its methods act for the package calling them.
func Asset() Fungible { return asset{} }

// asset is AMG's Fungible: its methods call this package's functions, so
// inside those amigo.Caller() is the package that called the method (see
// Fungible).
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

// Render shows AMG's pages: "" (supply and top holders), "holders",
// "holders/N" and "account/ADDRESS".
func Render(path string) string { return amg.Render(Path+":", path) }
