package token

// Error is an error of this package. Its values are constants, to compare
// with errors.Is; the errors returned wrap them with details.
//
// platform gap: sentinel errors are constants of a string type rather than
// errors.New variables because every package-level variable of every
// package in a call's program is read from the store when the call starts
// (about 280 gas per error variable, paid by every call of this package
// and of every package importing it).
type Error string

func (e Error) Error() string { return string(e) }

const (
	// ErrInsufficientBalance: the account does not hold the amount.
	ErrInsufficientBalance Error = "token: insufficient balance"
	// ErrInsufficientAllowance: the spender was not approved for the amount.
	ErrInsufficientAllowance Error = "token: insufficient allowance"
	// ErrUnauthorized: only the token's owner may do this.
	ErrUnauthorized Error = "token: unauthorized"
	// ErrOverflow: the total supply or a balance would pass 2^64-1.
	ErrOverflow Error = "token: amount overflows"
	// ErrInvalidAddress: an address is empty or not one (see ValidAddress).
	ErrInvalidAddress Error = "token: invalid address"
	// ErrInvalidToken: New was given an invalid name, symbol or decimals.
	ErrInvalidToken Error = "token: invalid token"
)
