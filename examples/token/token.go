package token

import (
	"amigo"
	"fmt"
	"iter"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// Unlimited is an allowance that TransferFrom never decreases.
const Unlimited uint64 = math.MaxUint64

// MaxDecimals is the most decimals a token may have (10^19 > 2^64).
const MaxDecimals = 18

// Token is a fungible token: balances, allowances, a total supply and an
// owner who may mint and burn. The zero value is not usable; call [New].
//
// A Token belongs to the package whose state holds it (not to the token's
// owner, an account): the methods that change it work only when that
// package's own code calls them, and then run as that package (their
// events are its events); called by any other package, they fail with an
// ownership error. A Token does not know who is
// calling: every method that changes it takes the account acting as its
// first argument and trusts it. The package that holds the *Token passes
// amigo.Caller() (or its own amigo.Self()).
type Token struct {
	name     string
	symbol   string
	decimals int
	owner    amigo.Address
	supply   uint64
	holders  int // accounts with a non-zero balance

	balances   map[amigo.Address]uint64
	allowances map[amigo.Address]map[amigo.Address]uint64 // owner -> spender -> amount
	// ranking has one key per holder, rankKey(balance, holder): the VM
	// ranges over a map in ascending key order, so ranging over it lists
	// the holders by balance, largest first, reading only the entries used.
	ranking map[string]bool
}

// New returns a token with no supply, owned by owner. The name must not be
// empty, the symbol must be 1 to 16 characters of A-Z, 0-9, '-' and '.',
// and decimals must be between 0 and [MaxDecimals].
func New(name, symbol string, decimals int, owner amigo.Address) (*Token, error) {
	if name == "" || !validSymbol(symbol) || decimals < 0 || decimals > MaxDecimals {
		return nil, fmt.Errorf("%w: name %q, symbol %q, decimals %d", ErrInvalidToken, name, symbol, decimals)
	}
	if !ValidAddress(owner) {
		return nil, fmt.Errorf("%w: owner %q", ErrInvalidAddress, owner)
	}
	return &Token{
		name:       name,
		symbol:     symbol,
		decimals:   decimals,
		owner:      owner,
		balances:   map[amigo.Address]uint64{},
		allowances: map[amigo.Address]map[amigo.Address]uint64{},
		ranking:    map[string]bool{},
	}, nil
}

// MustNew is [New] for package-level variables: it panics on an error.
func MustNew(name, symbol string, decimals int, owner amigo.Address) *Token {
	t, err := New(name, symbol, decimals, owner)
	if err != nil {
		panic(err)
	}
	return t
}

func validSymbol(s string) bool {
	if len(s) == 0 || len(s) > 16 {
		return false
	}
	for _, c := range []byte(s) {
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// Name is the token's name, e.g. "Amigo Token".
func (t *Token) Name() string { return t.name }

// Symbol is the token's ticker, e.g. "AMG".
func (t *Token) Symbol() string { return t.symbol }

// Decimals is the number of decimal places of one whole token: an amount
// of 10^Decimals is 1 token.
func (t *Token) Decimals() int { return t.decimals }

// Owner is the account that may mint and burn.
func (t *Token) Owner() amigo.Address { return t.owner }

// TotalSupply is the sum of all balances.
func (t *Token) TotalSupply() uint64 { return t.supply }

// Holders is the number of accounts with a non-zero balance.
func (t *Token) Holders() int { return t.holders }

// BalanceOf is account's balance.
func (t *Token) BalanceOf(account amigo.Address) uint64 { return t.balances[account] }

// Allowance is what spender may still move out of owner's balance with
// TransferFrom.
func (t *Token) Allowance(owner, spender amigo.Address) uint64 {
	return t.allowances[owner][spender]
}

// Transfer moves amount from from's balance to to's. A transfer to oneself
// or of zero changes no balance but is checked and emitted like any other.
func (t *Token) Transfer(from, to amigo.Address, amount uint64) error {
	if err := checkAddresses(from, to); err != nil {
		return err
	}
	have := t.balances[from]
	if have < amount {
		return fmt.Errorf("%w: %s has %d, needs %d", ErrInsufficientBalance, from, have, amount)
	}
	if from != to && amount > 0 {
		old := t.balances[to]
		sum, carry := bits.Add64(old, amount, 0)
		if carry != 0 {
			return fmt.Errorf("%w: balance of %s", ErrOverflow, to)
		}
		t.setBalance(from, have, have-amount)
		t.setBalance(to, old, sum)
	}
	t.emit("transfer", "from", string(from), "to", string(to), "amount", strconv.FormatUint(amount, 10))
	return nil
}

// Approve lets spender move up to amount out of owner's balance with
// TransferFrom, replacing any earlier allowance; 0 revokes it and
// [Unlimited] is never used up.
func (t *Token) Approve(owner, spender amigo.Address, amount uint64) error {
	if err := checkAddresses(owner, spender); err != nil {
		return err
	}
	t.setAllowance(owner, spender, amount)
	t.emit("approval", "owner", string(owner), "spender", string(spender), "amount", strconv.FormatUint(amount, 10))
	return nil
}

// TransferFrom moves amount from from's balance to to's on behalf of
// spender, using up that much of the allowance from gave spender. A
// spender moving its own balance needs no allowance.
func (t *Token) TransferFrom(spender, from, to amigo.Address, amount uint64) error {
	if spender == from {
		return t.Transfer(from, to, amount)
	}
	if !ValidAddress(spender) {
		return fmt.Errorf("%w: %q", ErrInvalidAddress, spender)
	}
	allowed := t.Allowance(from, spender)
	if allowed < amount {
		return fmt.Errorf("%w: %s may spend %d of %s, not %d", ErrInsufficientAllowance, spender, allowed, from, amount)
	}
	if err := t.Transfer(from, to, amount); err != nil {
		return err
	}
	if allowed != Unlimited && amount > 0 {
		t.setAllowance(from, spender, allowed-amount)
	}
	return nil
}

// Mint creates amount and credits it to to. Only the owner may mint.
func (t *Token) Mint(by, to amigo.Address, amount uint64) error {
	if by != t.owner {
		return fmt.Errorf("%w: %s is not the owner of %s", ErrUnauthorized, by, t.symbol)
	}
	if !ValidAddress(to) {
		return fmt.Errorf("%w: %q", ErrInvalidAddress, to)
	}
	supply, carry := bits.Add64(t.supply, amount, 0)
	if carry != 0 {
		return fmt.Errorf("%w: total supply %d + %d", ErrOverflow, t.supply, amount)
	}
	old := t.balances[to]
	// cannot carry: a balance is at most the supply
	t.setBalance(to, old, old+amount)
	t.supply = supply
	t.emit("mint", "to", string(to), "amount", strconv.FormatUint(amount, 10))
	return nil
}

// Burn destroys amount of the owner's own balance. Only the owner may burn.
func (t *Token) Burn(by amigo.Address, amount uint64) error {
	if by != t.owner {
		return fmt.Errorf("%w: %s is not the owner of %s", ErrUnauthorized, by, t.symbol)
	}
	have := t.balances[by]
	if have < amount {
		return fmt.Errorf("%w: %s has %d, burns %d", ErrInsufficientBalance, by, have, amount)
	}
	t.setBalance(by, have, have-amount)
	t.supply -= amount
	t.emit("burn", "from", string(by), "amount", strconv.FormatUint(amount, 10))
	return nil
}

// TransferOwnership makes newOwner the owner. Only the owner may.
func (t *Token) TransferOwnership(by, newOwner amigo.Address) error {
	if by != t.owner {
		return fmt.Errorf("%w: %s is not the owner of %s", ErrUnauthorized, by, t.symbol)
	}
	if !ValidAddress(newOwner) {
		return fmt.Errorf("%w: %q", ErrInvalidAddress, newOwner)
	}
	t.owner = newOwner
	t.emit("owner", "from", string(by), "to", string(newOwner))
	return nil
}

// Ranked yields the holders and their balances, largest balance first
// (equal balances by address). It reads only the entries it yields.
func (t *Token) Ranked() iter.Seq2[amigo.Address, uint64] {
	return func(yield func(amigo.Address, uint64) bool) {
		for k := range t.ranking {
			bal, who := parseRankKey(k)
			if !yield(who, bal) {
				return
			}
		}
	}
}

// Allowances yields the spenders owner has approved and their allowances,
// by spender address.
func (t *Token) Allowances(owner amigo.Address) iter.Seq2[amigo.Address, uint64] {
	return func(yield func(amigo.Address, uint64) bool) {
		for spender, amount := range t.allowances[owner] {
			if !yield(spender, amount) {
				return
			}
		}
	}
}

// Format writes amount in whole tokens, digits grouped by thousands, with
// the symbol: "1,234.5 AMG".
func (t *Token) Format(amount uint64) string {
	s := FormatAmount(amount, t.decimals)
	whole, frac, dot := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	if dot {
		whole += "." + frac
	}
	return whole + " " + t.symbol
}

// FormatAmount writes an amount with the given decimals as a decimal
// number without trailing zeros: FormatAmount(2500000, 6) is "2.5".
func FormatAmount(amount uint64, decimals int) string {
	s := strconv.FormatUint(amount, 10)
	if decimals <= 0 {
		return s
	}
	for len(s) <= decimals {
		s = "0" + s
	}
	whole, frac := s[:len(s)-decimals], s[len(s)-decimals:]
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// ValidAddress reports whether a is usable as an account: 1 to 128
// characters of A-Z, a-z, 0-9 and "._:@-". Bech32 addresses and dev
// identities are; text with spaces or markdown is not. (It accepts names
// that are not bech32 so that tests and dev identities work;
// a.IsValid() checks a bech32 checksum.)
func ValidAddress(a amigo.Address) bool {
	if len(a) == 0 || len(a) > 128 {
		return false
	}
	for i := 0; i < len(a); i++ {
		c := a[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == ':' || c == '@' || c == '-') {
			return false
		}
	}
	return true
}

func checkAddresses(a, b amigo.Address) error {
	for _, x := range []amigo.Address{a, b} {
		if !ValidAddress(x) {
			return fmt.Errorf("%w: %q", ErrInvalidAddress, x)
		}
	}
	return nil
}

// setBalance changes who's balance from old to new, keeping the holder
// count and the ranking.
func (t *Token) setBalance(who amigo.Address, old, new uint64) {
	if old == new {
		return
	}
	if old > 0 {
		delete(t.ranking, rankKey(old, who))
	}
	if new > 0 {
		t.balances[who] = new
		t.ranking[rankKey(new, who)] = true
	} else {
		delete(t.balances, who)
	}
	switch {
	case old == 0:
		t.holders++
	case new == 0:
		t.holders--
	}
}

func (t *Token) setAllowance(owner, spender amigo.Address, amount uint64) {
	m := t.allowances[owner]
	if amount == 0 {
		if m != nil {
			delete(m, spender)
			if len(m) == 0 {
				delete(t.allowances, owner)
			}
		}
		return
	}
	if m == nil {
		m = map[amigo.Address]uint64{}
		t.allowances[owner] = m
	}
	m[spender] = amount
}

func (t *Token) emit(event string, attrs ...string) {
	amigo.Emit(event, append([]string{"token", t.symbol}, attrs...)...)
}

// rankKey is ^balance in 8 big-endian bytes, then the address: keys in
// ascending order are balances in descending order.
func rankKey(balance uint64, who amigo.Address) string {
	var b [8]byte
	v := ^balance
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
	return string(b[:]) + string(who)
}

func parseRankKey(k string) (uint64, amigo.Address) {
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(k[i])
	}
	return ^v, amigo.Address(k[8:])
}
