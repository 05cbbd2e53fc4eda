// Package token is a fungible token for Amigo: a library any package can use
// to keep its own token, and a deployed instance of it, the Amigo Token (AMG).
//
// # The deployed instance (AMG)
//
// The package, deployed at the path "token", keeps one token, AMG, with 6
// decimals. Whoever deploys it is its owner and receives the initial supply
// of 1,000,000 AMG. Amounts are integers in the token's smallest unit: 1 AMG
// is 1000000.
//
//	amigo call token.Transfer bob 2500000          # 2.5 AMG from you to bob
//	amigo call token.Approve amigo1pool... 1000000  # let a package spend 1 AMG of yours
//	amigo call token.TransferFrom alice bob 10      # spend what alice approved you for
//	amigo call token.Mint bob 5000000               # owner only
//	amigo call token.Burn 1000000                   # owner only, from the owner's balance
//	amigo query token.BalanceOf bob
//	amigo render token                              # supply and top holders
//
// The account acting is always the caller (amigo.Caller()): the signer of a
// transaction, or the package whose code calls in. A package that has been
// approved spends with TransferFrom; a package that holds AMG spends it with
// Transfer, as anyone would. A call that fails returns an error and changes
// nothing.
//
// Events: "transfer" (token, from, to, amount), "approval" (token, owner,
// spender, amount), "mint" (token, to, amount), "burn" (token, from, amount)
// and "owner" (token, from, to), all with amounts as decimal integers.
//
// Render pages: "" (supply and top holders), "holders" and "holders/N" (all
// holders by balance, a page at a time), "account/ADDRESS" (a balance and the
// allowances an account has granted).
//
// # The library
//
// A package that wants a token of its own creates one with [New] and keeps
// the *[Token] in a package-level variable:
//
//	var gold = token.MustNew("Gold", "GOLD", 6, amigo.Caller())
//
//	func Transfer(to amigo.Address, amount uint64) error {
//		return gold.Transfer(amigo.Caller(), to, amount)
//	}
//
// The Token belongs to that package: the platform lets only its code change
// it, and when that package calls the Token's methods they may change it
// (the package lends them its object). They still run as the token
// library, so the events are package token's, each with token=SYMBOL to
// tell GOLD's and the dex's LP shares' apart. A Token's methods take the account
// acting as an explicit argument and trust it: the package holding the
// *Token decides who is acting (normally amigo.Caller()) and who may mint.
// Another package given the pointer could read the token but not change
// it; a package hands out a [Fungible] instead, whose methods are its own
// code and act for the caller.
//
// Balances, allowances and the ranking of holders are maps, so a token with
// a million holders costs a transfer what a token with ten does. Errors are
// values ([ErrInsufficientBalance], [ErrInsufficientAllowance],
// [ErrUnauthorized], [ErrOverflow], [ErrInvalidAddress], [ErrInvalidToken]),
// wrapped with details: test them with errors.Is.
package token
