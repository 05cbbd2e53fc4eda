package dex

import (
	"amigo"
	"fmt"
	"math/bits"
	"strconv"

	"token"
)

// pool is a constant-product pool between a base and a quote token. Its
// reserves are what it holds of each; its LP shares are a token.Token it
// owns (the dex mints and burns them).
type pool struct {
	name      string // "BASE/QUOTE"
	base      token.Fungible
	quote     token.Fungible
	baseSym   string
	quoteSym  string
	baseDec   int
	quoteDec  int
	feeBps    uint64
	r         *reserves // the part every trade writes
	lp        *token.Token
	createdAt int64
}

type reserves struct {
	base, quote uint64
	locked      bool // a call into the pool is running (no re-entry)
}

// newPool makes the pool name BASE/QUOTE between two tokens, its LP token
// owned by the dex.
func newPool(base, quote token.Fungible, feeBps uint64) (*pool, error) {
	bs, qs := base.Symbol(), quote.Symbol()
	if bs == qs {
		return nil, fmt.Errorf("%w: both tokens are %s", ErrInvalid, bs)
	}
	if feeBps >= bpsDenominator {
		return nil, fmt.Errorf("%w: fee %d bps", ErrInvalid, feeBps)
	}
	lpSym := bs + "-" + qs + "-LP"
	if len(lpSym) > 16 {
		lpSym = "LP"
	}
	lp, err := token.New(bs+"/"+qs+" liquidity shares", lpSym, (base.Decimals()+quote.Decimals())/2, amigo.Self())
	if err != nil {
		return nil, err
	}
	return &pool{
		name: bs + "/" + qs, base: base, quote: quote, baseSym: bs, quoteSym: qs,
		baseDec: base.Decimals(), quoteDec: quote.Decimals(), feeBps: feeBps,
		r: &reserves{}, lp: lp, createdAt: amigo.Now().Unix(),
	}, nil
}

// lock guards against re-entry: a token called by the pool calling back
// into it before the pool's books are straight.
func (p *pool) lock() error {
	if p.r.locked {
		return fmt.Errorf("%w: %s", ErrLocked, p.name)
	}
	p.r.locked = true
	return nil
}

func (p *pool) unlock() { p.r.locked = false }

// side resolves a token symbol to (in reserve, out reserve, in token, out
// token, out symbol).
func (p *pool) side(sym string) (rIn, rOut uint64, in, out token.Fungible, outSym string, err error) {
	switch sym {
	case p.baseSym:
		return p.r.base, p.r.quote, p.base, p.quote, p.quoteSym, nil
	case p.quoteSym:
		return p.r.quote, p.r.base, p.quote, p.base, p.baseSym, nil
	}
	return 0, 0, nil, nil, "", fmt.Errorf("%w: %q is not in %s", ErrUnknownToken, sym, p.name)
}

// quote is the output of a swap of amountIn of sym now.
func (p *pool) quoteSwap(sym string, amountIn uint64) (SwapQuote, error) {
	rIn, rOut, _, _, outSym, err := p.side(sym)
	if err != nil {
		return SwapQuote{}, err
	}
	out, fee, err := AmountOut(amountIn, rIn, rOut, p.feeBps)
	if err != nil {
		return SwapQuote{}, err
	}
	q := SwapQuote{Pool: p.name, TokenIn: sym, TokenOut: outSym, AmountIn: amountIn, AmountOut: out, Fee: fee}
	// the output at the spot price, to show the price impact (fee included)
	if spot, err := MulDiv(amountIn, rOut, rIn); err == nil && spot > 0 {
		q.ImpactBps, _ = MulDivUp(spot-min(spot, out), bpsDenominator, spot)
	}
	return q, nil
}

// swap sells amountIn of sym from trader for at least minOut of the other
// token.
func (p *pool) swap(trader amigo.Address, sym string, amountIn, minOut uint64) (uint64, error) {
	q, err := p.quoteSwap(sym, amountIn)
	if err != nil {
		return 0, err
	}
	if q.AmountOut < minOut {
		return 0, fmt.Errorf("%w: %d %s out, minimum %d", ErrSlippage, q.AmountOut, q.TokenOut, minOut)
	}
	if err := p.lock(); err != nil {
		return 0, err
	}
	defer p.unlock()
	_, _, in, out, _, _ := p.side(sym)
	self := amigo.Self()
	// Take the input first: if the trader has not approved the pool or
	// lacks the balance, nothing has changed yet.
	if err := in.TransferFrom(trader, self, amountIn); err != nil {
		return 0, err
	}
	if sym == p.baseSym {
		p.r.base += amountIn // AmountOut checked it fits
		p.r.quote -= q.AmountOut
	} else {
		p.r.quote += amountIn
		p.r.base -= q.AmountOut
	}
	// The pool holds its reserves, so this cannot fail unless the token
	// misbehaves: then the whole call must revert, not just return.
	mustOK(out.Transfer(trader, q.AmountOut))
	amigo.Emit("swap", "pool", p.name, "trader", string(trader), "in", sym, "amount_in", u(amountIn),
		"out", q.TokenOut, "amount_out", u(q.AmountOut), "fee", u(q.Fee))
	return q.AmountOut, nil
}

// deposit is what adding at most maxBase and maxQuote takes now, and the
// shares it gives.
func (p *pool) deposit(maxBase, maxQuote uint64) (baseIn, quoteIn, shares, locked uint64, err error) {
	if maxBase == 0 || maxQuote == 0 {
		return 0, 0, 0, 0, fmt.Errorf("%w: both amounts must be positive", ErrZeroAmount)
	}
	total := p.lp.TotalSupply()
	if total == 0 {
		// the first deposit sets the price; sqrt(base*quote) shares, of
		// which MinimumLiquidity stay with the pool forever so that the
		// share price cannot be pushed up from a dust deposit
		s := Sqrt128(bits.Mul64(maxBase, maxQuote))
		if s <= MinimumLiquidity {
			return 0, 0, 0, 0, fmt.Errorf("%w: a first deposit needs sqrt(base*quote) > %d", ErrInsufficientLiquidity, MinimumLiquidity)
		}
		return maxBase, maxQuote, s - MinimumLiquidity, MinimumLiquidity, nil
	}
	rb, rq := p.r.base, p.r.quote
	// at the pool's ratio, rounding what the pool takes up
	need, err := MulDivUp(maxBase, rq, rb)
	if err == nil && need <= maxQuote {
		baseIn, quoteIn = maxBase, need
	} else {
		need, err = MulDivUp(maxQuote, rb, rq)
		if err != nil || need > maxBase {
			return 0, 0, 0, 0, fmt.Errorf("%w: amounts too large", ErrOverflow)
		}
		baseIn, quoteIn = need, maxQuote
	}
	// shares rounded down: the smaller of the two contributions
	s1, e1 := MulDiv(baseIn, total, rb)
	s2, e2 := MulDiv(quoteIn, total, rq)
	if e1 != nil || e2 != nil {
		return 0, 0, 0, 0, fmt.Errorf("%w: shares", ErrOverflow)
	}
	shares = min(s1, s2)
	if shares == 0 {
		return 0, 0, 0, 0, fmt.Errorf("%w: the deposit is worth less than one share", ErrInsufficientLiquidity)
	}
	return baseIn, quoteIn, shares, 0, nil
}

// addLiquidity deposits at most maxBase and maxQuote from provider at the
// pool's ratio for at least minShares.
func (p *pool) addLiquidity(provider amigo.Address, maxBase, maxQuote, minShares uint64) (Deposit, error) {
	baseIn, quoteIn, shares, locked, err := p.deposit(maxBase, maxQuote)
	if err != nil {
		return Deposit{}, err
	}
	if shares < minShares {
		return Deposit{}, fmt.Errorf("%w: %d shares, minimum %d", ErrSlippage, shares, minShares)
	}
	if _, c1 := bits.Add64(p.r.base, baseIn, 0); c1 != 0 {
		return Deposit{}, fmt.Errorf("%w: %s reserve", ErrOverflow, p.baseSym)
	}
	if _, c2 := bits.Add64(p.r.quote, quoteIn, 0); c2 != 0 {
		return Deposit{}, fmt.Errorf("%w: %s reserve", ErrOverflow, p.quoteSym)
	}
	if err := p.lock(); err != nil {
		return Deposit{}, err
	}
	defer p.unlock()
	self := amigo.Self()
	// Check the second token before moving the first, so that a missing
	// approval or balance fails with nothing moved.
	if a := p.quote.Allowance(provider, self); a < quoteIn && provider != self {
		return Deposit{}, fmt.Errorf("%w: %s approved the dex for %d %s, needs %d", token.ErrInsufficientAllowance, provider, a, p.quoteSym, quoteIn)
	}
	if b := p.quote.BalanceOf(provider); b < quoteIn {
		return Deposit{}, fmt.Errorf("%w: %s has %d %s, needs %d", token.ErrInsufficientBalance, provider, b, p.quoteSym, quoteIn)
	}
	if err := p.base.TransferFrom(provider, self, baseIn); err != nil {
		return Deposit{}, err
	}
	mustOK(p.quote.TransferFrom(provider, self, quoteIn))
	p.r.base += baseIn
	p.r.quote += quoteIn
	if locked > 0 {
		mustOK(p.lp.Mint(self, self, locked))
	}
	mustOK(p.lp.Mint(self, provider, shares))
	amigo.Emit("add_liquidity", "pool", p.name, "provider", string(provider), "base", u(baseIn), "quote", u(quoteIn), "shares", u(shares))
	return Deposit{Base: baseIn, Quote: quoteIn, Shares: shares}, nil
}

// removeLiquidity burns shares of provider for at least minBase and
// minQuote.
func (p *pool) removeLiquidity(provider amigo.Address, shares, minBase, minQuote uint64) (Deposit, error) {
	if shares == 0 {
		return Deposit{}, fmt.Errorf("%w: shares", ErrZeroAmount)
	}
	if provider == amigo.Self() {
		return Deposit{}, fmt.Errorf("%w: the pool's locked shares", ErrInvalid)
	}
	if have := p.lp.BalanceOf(provider); have < shares {
		return Deposit{}, fmt.Errorf("%w: %s has %d shares of %s, not %d", ErrInsufficientShares, provider, have, p.name, shares)
	}
	total := p.lp.TotalSupply()
	// rounded down: the pool keeps the remainders
	baseOut, _ := MulDiv(shares, p.r.base, total)   // shares <= total: fits
	quoteOut, _ := MulDiv(shares, p.r.quote, total) // shares <= total: fits
	if baseOut < minBase || quoteOut < minQuote {
		return Deposit{}, fmt.Errorf("%w: %d %s and %d %s out, minimum %d and %d", ErrSlippage, baseOut, p.baseSym, quoteOut, p.quoteSym, minBase, minQuote)
	}
	if baseOut == 0 && quoteOut == 0 {
		return Deposit{}, fmt.Errorf("%w: %d shares are worth nothing", ErrInsufficientLiquidity, shares)
	}
	if err := p.lock(); err != nil {
		return Deposit{}, err
	}
	defer p.unlock()
	self := amigo.Self()
	mustOK(p.lp.Transfer(provider, self, shares))
	mustOK(p.lp.Burn(self, shares))
	p.r.base -= baseOut
	p.r.quote -= quoteOut
	mustOK(p.base.Transfer(provider, baseOut))
	mustOK(p.quote.Transfer(provider, quoteOut))
	amigo.Emit("remove_liquidity", "pool", p.name, "provider", string(provider), "base", u(baseOut), "quote", u(quoteOut), "shares", u(shares))
	return Deposit{Base: baseOut, Quote: quoteOut, Shares: shares}, nil
}

// price is the spot price: quote units per whole base token
// (10^baseDecimals base units), rounded down.
func (p *pool) price() (uint64, error) {
	if p.r.base == 0 {
		return 0, fmt.Errorf("%w: %s is empty", ErrNoLiquidity, p.name)
	}
	return MulDiv(p.r.quote, pow10(p.baseDec), p.r.base)
}

func (p *pool) info() Info {
	in := Info{Pool: p.name, Base: p.baseSym, Quote: p.quoteSym, ReserveBase: p.r.base, ReserveQuote: p.r.quote,
		Shares: p.lp.TotalSupply(), FeeBps: p.feeBps, LPToken: p.lp.Symbol()}
	in.Price, _ = p.price()
	return in
}

// mustOK panics on an error that leaves the pool's books inconsistent if
// returned: a panic reverts the whole call, whoever called the dex.
func mustOK(err error) {
	if err != nil {
		panic("dex: " + err.Error())
	}
}

func u(v uint64) string { return strconv.FormatUint(v, 10) }

func pow10(n int) uint64 {
	r := uint64(1)
	for range n {
		r *= 10
	}
	return r
}
