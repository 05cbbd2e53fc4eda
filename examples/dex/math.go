package dex

import (
	"fmt"
	"math/bits"
)

// Integer arithmetic of the pool. Products of two uint64 are 128-bit
// (math/bits), so no intermediate overflows; a result that does not fit
// in 64 bits is ErrOverflow.

const bpsDenominator = 10_000

// AmountOut is what a swap of amountIn into reserves rIn and rOut gives
// out, with a fee of feeBps basis points of the input kept by the pool:
// out = floor(rOut*in' / (rIn+in')) with in' = floor(amountIn*(1-fee)).
// Both roundings are down, in the pool's favour, so the product of the
// reserves after the swap, (rIn+amountIn)*(rOut-out), is never below
// rIn*rOut. fee is the part of amountIn the fee took.
func AmountOut(amountIn, rIn, rOut, feeBps uint64) (out, fee uint64, err error) {
	if amountIn == 0 {
		return 0, 0, fmt.Errorf("%w: amount in", ErrZeroAmount)
	}
	if rIn == 0 || rOut == 0 {
		return 0, 0, ErrNoLiquidity
	}
	if _, carry := bits.Add64(rIn, amountIn, 0); carry != 0 {
		return 0, 0, fmt.Errorf("%w: reserve %d + %d", ErrOverflow, rIn, amountIn)
	}
	in, _ := MulDiv(amountIn, bpsDenominator-feeBps, bpsDenominator) // <= amountIn
	hi, lo := bits.Mul64(rOut, in)
	out, _ = bits.Div64(hi, lo, rIn+in) // < rOut, so it fits
	if out == 0 {
		return 0, 0, fmt.Errorf("%w: %d in gives nothing out", ErrInsufficientOutput, amountIn)
	}
	return out, amountIn - in, nil
}

// MulDiv is floor(a*b/c); ErrOverflow if it does not fit in 64 bits or c
// is 0.
func MulDiv(a, b, c uint64) (uint64, error) {
	hi, lo := bits.Mul64(a, b)
	if hi >= c { // also c == 0
		return 0, fmt.Errorf("%w: %d*%d/%d", ErrOverflow, a, b, c)
	}
	q, _ := bits.Div64(hi, lo, c)
	return q, nil
}

// MulDivUp is ceil(a*b/c); ErrOverflow if it does not fit or c is 0.
func MulDivUp(a, b, c uint64) (uint64, error) {
	hi, lo := bits.Mul64(a, b)
	if hi >= c {
		return 0, fmt.Errorf("%w: %d*%d/%d", ErrOverflow, a, b, c)
	}
	q, r := bits.Div64(hi, lo, c)
	if r != 0 {
		if q == 1<<64-1 {
			return 0, fmt.Errorf("%w: %d*%d/%d", ErrOverflow, a, b, c)
		}
		q++
	}
	return q, nil
}

// Sqrt128 is floor(sqrt(hi*2^64 + lo)), by bisection over the 64-bit
// results.
func Sqrt128(hi, lo uint64) uint64 {
	var r uint64
	for bit := uint64(1) << 63; bit != 0; bit >>= 1 {
		c := r | bit
		sh, sl := bits.Mul64(c, c)
		if sh < hi || sh == hi && sl <= lo {
			r = c
		}
	}
	return r
}

// Cmp128 compares ah*2^64+al with bh*2^64+bl: -1, 0 or 1.
func Cmp128(ah, al, bh, bl uint64) int {
	switch {
	case ah < bh || ah == bh && al < bl:
		return -1
	case ah == bh && al == bl:
		return 0
	}
	return 1
}
