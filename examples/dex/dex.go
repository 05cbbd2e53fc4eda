// Package dex is a constant-product exchange (x*y=k, as Uniswap v2) between
// pairs of tokens, deployed at the path "dex". It holds one pool, GOLD/AMG:
// GOLD (package token/gold) priced in AMG (package token).
//
// # Trading
//
// The dex moves your tokens with TransferFrom, so first approve its
// address (amigo query dex.Address) on each token you will sell or
// deposit:
//
//	amigo call token/gold.Approve DEX_ADDRESS 1000000000
//	amigo call token.Approve DEX_ADDRESS 1000000000
//
// Then:
//
//	amigo query dex.Quote GOLD/AMG GOLD 1000000      # what selling 1 GOLD gives now
//	amigo call dex.Swap GOLD/AMG GOLD 1000000 2400000 # sell 1 GOLD for at least 2.4 AMG
//	amigo call dex.AddLiquidity GOLD/AMG 10000000 25000000 0
//	amigo call dex.RemoveLiquidity GOLD/AMG 5000000 0 0
//	amigo query dex.PoolInfo GOLD/AMG                 # reserves, shares, price
//	amigo query dex.CheckOracle GOLD/AMG              # pool price against the oracle's
//
// Swap sells amountIn of one token of the pool for the other; it fails with
// ErrSlippage, changing nothing, if the output would be below minOut. A fee
// of 0.3% of the input stays in the pool, for the liquidity providers.
//
// AddLiquidity deposits both tokens at the pool's current ratio, taking at
// most the amounts given (the first deposit sets the price), and gives LP
// shares: a token of its own (GOLD-AMG-LP) that the dex mints and burns,
// transferable with TransferShares. RemoveLiquidity burns shares for the
// proportional part of both reserves, with minimum amounts as a guard.
//
// # Guarantees
//
// All arithmetic is on integers, 128-bit where two amounts multiply.
// Every rounding favours the pool: outputs and shares are rounded down,
// what the pool takes is rounded up. So the product of the reserves, k,
// never decreases in a swap, and the reserves behind each share never
// decrease. The reserves are what the pool received through the dex:
// tokens sent straight to its address are not counted (nor recoverable).
// A failed call changes nothing.
//
// # The oracle
//
// CheckOracle compares the pool's price with the latest answer of the
// oracle feed of the same name (package oracle), and the pool page shows
// both. Prices are in quote units per whole base token: with AMG's 6
// decimals, 2500000 is 2.5 AMG per GOLD.
//
// Events: "swap" (pool, trader, in, amount_in, out, amount_out, fee),
// "add_liquidity" and "remove_liquidity" (pool, provider, base, quote,
// shares); the tokens emit their transfers (events of their packages), and
// LP shares their mints, burns and transfers (events of the token library,
// with token=GOLD-AMG-LP; the dex holds the LP share tokens).
//
// Render pages: "" (the pools), "pool/NAME" (reserves, price, oracle,
// liquidity providers) and "lp/NAME/..." (the LP share token's pages).
package dex

import (
	"amigo"
	"errors"
	"fmt"

	"oracle"
	"token"
	"token/gold"
)

// Path is the path the dex is deployed at, for Render links to it from
// other packages (its own code could ask amigo.PkgPath()).
const Path = "dex"

const (
	// FeeBps is the swap fee in basis points of the input: 0.3%.
	FeeBps = 30
	// MinimumLiquidity is the number of shares of a pool's first deposit
	// locked in the pool forever.
	MinimumLiquidity = 1000
)

// Error is an error of the dex; returned errors wrap these values.
type Error string

func (e Error) Error() string { return string(e) }

const (
	ErrUnknownPool           Error = "dex: no such pool"
	ErrUnknownToken          Error = "dex: token not in the pool"
	ErrInvalid               Error = "dex: invalid argument"
	ErrZeroAmount            Error = "dex: zero amount"
	ErrNoLiquidity           Error = "dex: pool has no liquidity"
	ErrInsufficientLiquidity Error = "dex: insufficient liquidity"
	ErrInsufficientOutput    Error = "dex: insufficient output"
	ErrInsufficientShares    Error = "dex: insufficient shares"
	ErrSlippage              Error = "dex: slippage guard"
	ErrOverflow              Error = "dex: amount overflows"
	ErrLocked                Error = "dex: pool busy (re-entrant call)"
)

// SwapQuote is what a swap would do now.
type SwapQuote struct {
	Pool      string
	TokenIn   string
	TokenOut  string
	AmountIn  uint64
	AmountOut uint64
	Fee       uint64 // the part of AmountIn kept as the fee
	ImpactBps uint64 // how far below the spot price, fee included, in basis points
}

// Deposit is the amounts of a liquidity change and its shares.
type Deposit struct {
	Base   uint64
	Quote  uint64
	Shares uint64
}

// Info describes a pool.
type Info struct {
	Pool         string
	Base         string
	Quote        string
	ReserveBase  uint64
	ReserveQuote uint64
	Shares       uint64 // LP shares in existence
	FeeBps       uint64
	Price        uint64 // quote units per whole base token
	LPToken      string
}

// OracleCheck compares a pool's price with the oracle's.
type OracleCheck struct {
	Pool         string
	PoolPrice    uint64 // quote units per whole base token
	OraclePrice  uint64 // the same unit
	Round        uint64 // the oracle's round
	Age          int64  // seconds since the oracle's round closed
	Fresh        bool   // the oracle's answer is not stale
	DeviationBps uint64 // |pool - oracle| / oracle, in basis points
}

var pools = map[string]*pool{}

func init() {
	p, err := newPool(gold.Asset(), token.Asset(), FeeBps)
	if err != nil {
		panic(err)
	}
	pools[p.name] = p
}

func getPool(name string) (*pool, error) {
	p := pools[name]
	if p == nil {
		return nil, fmt.Errorf("%w: %q", ErrUnknownPool, name)
	}
	return p, nil
}

// Address is the dex's address: approve it on the tokens you trade.
func Address() amigo.Address { return amigo.Self() }

// Pools lists the pools by name.
func Pools() []string {
	var names []string
	for name := range pools {
		names = append(names, name)
	}
	return names
}

// PoolInfo describes pool: its tokens, reserves, shares, fee and price.
func PoolInfo(pool string) (Info, error) {
	p, err := getPool(pool)
	if err != nil {
		return Info{}, err
	}
	return p.info(), nil
}

// Price is pool's spot price: quote units per whole base token.
func Price(pool string) (uint64, error) {
	p, err := getPool(pool)
	if err != nil {
		return 0, err
	}
	return p.price()
}

// Quote is what selling amountIn of tokenIn (a symbol of the pool) would
// give now.
func Quote(pool, tokenIn string, amountIn uint64) (SwapQuote, error) {
	p, err := getPool(pool)
	if err != nil {
		return SwapQuote{}, err
	}
	return p.quoteSwap(tokenIn, amountIn)
}

// Swap sells amountIn of the caller's tokenIn (a symbol of the pool) for
// the pool's other token, and fails with ErrSlippage if that would be less
// than minOut. The caller must have approved the dex for amountIn.
func Swap(pool, tokenIn string, amountIn, minOut uint64) (uint64, error) {
	p, err := getPool(pool)
	if err != nil {
		return 0, err
	}
	return p.swap(amigo.Caller(), tokenIn, amountIn, minOut)
}

// AddLiquidity deposits at most maxBase and maxQuote of the caller's
// tokens at the pool's ratio for LP shares, failing with ErrSlippage if
// that would be fewer than minShares. The caller must have approved the
// dex on both tokens.
func AddLiquidity(pool string, maxBase, maxQuote, minShares uint64) (Deposit, error) {
	p, err := getPool(pool)
	if err != nil {
		return Deposit{}, err
	}
	return p.addLiquidity(amigo.Caller(), maxBase, maxQuote, minShares)
}

// RemoveLiquidity burns shares of the caller's for their part of the
// reserves, failing with ErrSlippage below minBase or minQuote.
func RemoveLiquidity(pool string, shares, minBase, minQuote uint64) (Deposit, error) {
	p, err := getPool(pool)
	if err != nil {
		return Deposit{}, err
	}
	return p.removeLiquidity(amigo.Caller(), shares, minBase, minQuote)
}

// SharesOf is account's LP shares of pool.
func SharesOf(pool string, account amigo.Address) (uint64, error) {
	p, err := getPool(pool)
	if err != nil {
		return 0, err
	}
	return p.lp.BalanceOf(account), nil
}

// TransferShares gives amount of the caller's LP shares of pool to to.
func TransferShares(pool string, to amigo.Address, amount uint64) error {
	p, err := getPool(pool)
	if err != nil {
		return err
	}
	return p.lp.Transfer(amigo.Caller(), to, amount)
}

// CheckOracle compares pool's price with the latest answer of the oracle
// feed named like the pool. A stale answer is returned with Fresh false;
// no answer at all is an error.
func CheckOracle(pool string) (OracleCheck, error) {
	p, err := getPool(pool)
	if err != nil {
		return OracleCheck{}, err
	}
	return p.checkOracle()
}

func (p *pool) checkOracle() (OracleCheck, error) {
	o, err := oracle.Latest(p.name)
	if err != nil && !errors.Is(err, oracle.ErrStale) {
		return OracleCheck{}, err
	}
	return p.compare(o, err == nil)
}

// compare sets the oracle's answer o against the pool's price.
func (p *pool) compare(o oracle.Price, fresh bool) (OracleCheck, error) {
	c := OracleCheck{Pool: p.name, Round: o.Round, Age: o.Age, Fresh: fresh}
	// the oracle's value in quote units
	var err error
	v := o.Value
	switch {
	case o.Decimals > p.quoteDec:
		v /= pow10(o.Decimals - p.quoteDec)
	case o.Decimals < p.quoteDec:
		if v, err = MulDiv(v, pow10(p.quoteDec-o.Decimals), 1); err != nil {
			return OracleCheck{}, err
		}
	}
	c.OraclePrice = v
	if c.PoolPrice, err = p.price(); err != nil {
		return c, nil // an empty pool: no price to compare
	}
	if v > 0 {
		diff := max(c.PoolPrice, v) - min(c.PoolPrice, v)
		c.DeviationBps, _ = MulDiv(diff, bpsDenominator, v)
	}
	return c, nil
}
