package token

// Error is an error of this package. Its values are constants, to compare
// with errors.Is; the errors returned wrap them with details.
//
// They are constants of a string type rather than errors.New variables:
// constants are not state, so no call reads them from the store.
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
