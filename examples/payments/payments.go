// Package payments is invoicing with escrow, in AMG, the token of the
// token package: a payee bills a payer, the payer pays into escrow held by
// this package, and the money goes to the payee when the payer releases
// it, or back to the payer if it was not released by the invoice's
// deadline.
//
// # Using it
//
// The payee issues an invoice: the payer (or "" for anyone), the amount in
// AMG's smallest unit (1 AMG is 1000000), a memo, and how long the payer
// has, as a Go duration ("72h", "30m"):
//
//	amigo call payments.Issue bob 2500000 "Logo design" 168h   # prints the invoice id
//
// The payer lets this package take the amount, then pays; the amount moves
// into escrow, held by this package's address (Address, shown on every
// page):
//
//	amigo call token.Approve amigo1... 2500000    # the address of payments
//	amigo call payments.Pay 1
//
// Then one of:
//
//	amigo call payments.Release 1   # the payer: the escrow goes to the payee
//	amigo call payments.Refund 1    # the payee, any time, or the payer once the
//	                                # deadline has passed: the escrow goes back
//	amigo call payments.Cancel 1    # the payee, before it is paid
//
// An invoice is paid at most once, before its deadline; once released,
// refunded or cancelled it is settled and nothing more can happen to it.
// The payer is protected by the deadline (no release, money back), the
// payee by the payer's release: a payee should deliver before the deadline
// and a payer release on delivery. Times come from amigo.Now, the
// transaction's time. A call that fails returns an error and changes
// nothing, in this package or in the token.
//
// Payments imports the token (AMG, at "token") and the libraries markdown
// and paging by those paths: push them to a node before payments.
//
// # Pages
//
//	""                   totals, how to pay, the latest invoices (page/N: more)
//	invoice/ID           an invoice, its state and what can be done with it
//	account/ADDRESS      the invoices an address issued and was billed
//	issued/ADDRESS/N     page N of the invoices an address issued
//	billed/ADDRESS/N     page N of the invoices an address was billed
//
// # Events
//
// issue (id, payee, payer, amount, deadline), pay (id, payer, amount),
// release (id, payee, amount), refund (id, payer, amount, by), cancel (id).
// Amounts are decimal integers in AMG's smallest unit; deadlines RFC 3339.
package payments

import (
	"amigo"
	"fmt"
	"strconv"
	"time"

	"markdown"
	"token"
)

// Limits of an invoice.
const (
	MaxMemo   = 500
	MinWindow = time.Minute
	MaxWindow = 366 * 24 * time.Hour
)

// Status is the state of an invoice.
type Status string

const (
	Open      Status = "open"      // waiting to be paid
	Paid      Status = "paid"      // paid, the amount in escrow
	Released  Status = "released"  // settled: the escrow went to the payee
	Refunded  Status = "refunded"  // settled: the escrow went back to the payer
	Cancelled Status = "cancelled" // settled: withdrawn by the payee before payment
)

// Error is an error of this package; the errors its functions return wrap
// one of these constants (test them with errors.Is). Errors of the token
// (an allowance too small, say) are returned wrapped as they are.
//
// Constants (of a string type) rather than errors.New variables: they are
// not state, so no call ever reads them from the store.
type Error string

func (e Error) Error() string { return string(e) }

const (
	ErrNotFound     Error = "payments: no such invoice"
	ErrUnauthorized Error = "payments: not allowed"
	ErrState        Error = "payments: not possible in the invoice's state"
	ErrExpired      Error = "payments: the deadline has passed"
	ErrNotYet       Error = "payments: the deadline has not passed"
	ErrInvalid      Error = "payments: invalid input"
)

// Invoice is a bill from a payee to a payer.
type Invoice struct {
	ID       int
	Payee    amigo.Address
	Payer    amigo.Address // "" if anyone may pay
	Amount   uint64        // in the token's smallest unit
	Memo     string
	Created  time.Time
	Deadline time.Time
	Status   Status
	PaidBy   amigo.Address // who paid, once paid
	PaidAt   time.Time
	Settled  time.Time // when released, refunded or cancelled
}

type accountSeq struct {
	Account amigo.Address
	Seq     int
}

var (
	invoices  = map[int]*Invoice{}
	issued    = map[accountSeq]int{} // (payee, n) -> invoice id, n from 1
	billed    = map[accountSeq]int{} // (payer, n) -> invoice id, n from 1
	numIssued = map[amigo.Address]int{}
	numBilled = map[amigo.Address]int{}

	lastID   int
	escrowed uint64 // the total of paid invoices not yet settled
	volume   uint64 // the total ever released to payees
)

// Issue bills payer (or anyone, if payer is "") amount of the token for
// memo, payable within window (a Go duration such as "72h"), as the
// caller, who will be paid; it returns the invoice's id.
func Issue(payer amigo.Address, amount uint64, memo string, window string) (int, error) {
	payee := amigo.Caller()
	if payer != "" && !token.ValidAddress(payer) {
		return 0, fmt.Errorf("payer %q: %w", payer, ErrInvalid)
	}
	if payer == payee {
		return 0, fmt.Errorf("an invoice to oneself: %w", ErrInvalid)
	}
	if amount == 0 {
		return 0, fmt.Errorf("amount 0: %w", ErrInvalid)
	}
	if err := checkMemo(memo); err != nil {
		return 0, err
	}
	d, err := time.ParseDuration(window)
	if err != nil || d < MinWindow || d > MaxWindow {
		return 0, fmt.Errorf("window %q: a duration from %v to %v: %w", window, MinWindow, MaxWindow, ErrInvalid)
	}
	now := amigo.Now()
	lastID++
	inv := &Invoice{ID: lastID, Payee: payee, Payer: payer, Amount: amount, Memo: memo, Created: now, Deadline: now.Add(d), Status: Open}
	invoices[inv.ID] = inv
	numIssued[payee]++
	issued[accountSeq{payee, numIssued[payee]}] = inv.ID
	if payer != "" {
		addBilled(payer, inv.ID)
	}
	amigo.Emit("issue", "id", itoa(inv.ID), "payee", string(payee), "payer", string(payer),
		"amount", utoa(amount), "deadline", inv.Deadline.Format(time.RFC3339))
	return inv.ID, nil
}

// Pay pays an open invoice before its deadline, as the caller (its payer,
// or anyone if it names none): the amount moves from the caller to this
// package's address, which the caller must have approved for it on the
// token.
func Pay(id int) error {
	payer := amigo.Caller()
	inv, err := get(id)
	if err != nil {
		return err
	}
	if inv.Status != Open {
		return fmt.Errorf("invoice %d is %s: %w", id, inv.Status, ErrState)
	}
	if inv.Payer != "" && payer != inv.Payer {
		return fmt.Errorf("invoice %d is billed to %s: %w", id, inv.Payer, ErrUnauthorized)
	}
	if payer == inv.Payee {
		return fmt.Errorf("invoice %d is the caller's own: %w", id, ErrUnauthorized)
	}
	now := amigo.Now()
	if !now.Before(inv.Deadline) {
		return fmt.Errorf("invoice %d was due by %s: %w", id, stamp(inv.Deadline), ErrExpired)
	}
	if escrowed+inv.Amount < escrowed {
		return fmt.Errorf("escrow would overflow: %w", ErrInvalid)
	}
	if err := token.TransferFrom(payer, amigo.Self(), inv.Amount); err != nil {
		return fmt.Errorf("invoice %d: %w", id, err)
	}
	inv.Status, inv.PaidBy, inv.PaidAt = Paid, payer, now
	escrowed += inv.Amount
	if inv.Payer == "" {
		addBilled(payer, id)
	}
	amigo.Emit("pay", "id", itoa(id), "payer", string(payer), "amount", utoa(inv.Amount))
	return nil
}

// Release sends the escrow of a paid invoice to its payee (its payer only).
func Release(id int) error {
	inv, err := get(id)
	if err != nil {
		return err
	}
	if inv.Status != Paid {
		return fmt.Errorf("invoice %d is %s: %w", id, inv.Status, ErrState)
	}
	if c := amigo.Caller(); c != inv.PaidBy {
		return fmt.Errorf("only the payer %s releases invoice %d: %w", inv.PaidBy, id, ErrUnauthorized)
	}
	if err := token.Transfer(inv.Payee, inv.Amount); err != nil {
		return fmt.Errorf("invoice %d: %w", id, err)
	}
	inv.Status, inv.Settled = Released, amigo.Now()
	escrowed -= inv.Amount
	volume += inv.Amount
	amigo.Emit("release", "id", itoa(id), "payee", string(inv.Payee), "amount", utoa(inv.Amount))
	return nil
}

// Refund sends the escrow of a paid invoice back to its payer: by the
// payee at any time, or by the payer once the deadline has passed.
func Refund(id int) error {
	by := amigo.Caller()
	inv, err := get(id)
	if err != nil {
		return err
	}
	if inv.Status != Paid {
		return fmt.Errorf("invoice %d is %s: %w", id, inv.Status, ErrState)
	}
	switch {
	case by == inv.Payee:
	case by == inv.PaidBy:
		if amigo.Now().Before(inv.Deadline) {
			return fmt.Errorf("invoice %d can be refunded to its payer from %s: %w", id, stamp(inv.Deadline), ErrNotYet)
		}
	default:
		return fmt.Errorf("only the payee or the payer refunds invoice %d: %w", id, ErrUnauthorized)
	}
	if err := token.Transfer(inv.PaidBy, inv.Amount); err != nil {
		return fmt.Errorf("invoice %d: %w", id, err)
	}
	inv.Status, inv.Settled = Refunded, amigo.Now()
	escrowed -= inv.Amount
	amigo.Emit("refund", "id", itoa(id), "payer", string(inv.PaidBy), "amount", utoa(inv.Amount), "by", string(by))
	return nil
}

// Cancel withdraws an open invoice (its payee only).
func Cancel(id int) error {
	inv, err := get(id)
	if err != nil {
		return err
	}
	if inv.Status != Open {
		return fmt.Errorf("invoice %d is %s: %w", id, inv.Status, ErrState)
	}
	if c := amigo.Caller(); c != inv.Payee {
		return fmt.Errorf("only the payee %s cancels invoice %d: %w", inv.Payee, id, ErrUnauthorized)
	}
	inv.Status, inv.Settled = Cancelled, amigo.Now()
	amigo.Emit("cancel", "id", itoa(id))
	return nil
}

// GetInvoice returns an invoice.
func GetInvoice(id int) (Invoice, error) {
	inv, err := get(id)
	if err != nil {
		return Invoice{}, err
	}
	return *inv, nil
}

// Address is this package's address: the account that holds the escrow,
// which payers approve on the token.
func Address() amigo.Address { return amigo.Self() }

// Escrowed is the total amount held for paid invoices not yet settled.
func Escrowed() uint64 { return escrowed }

// Totals returns the number of invoices, the amount in escrow and the
// amount ever released to payees.
func Totals() (count int, inEscrow, released uint64) { return lastID, escrowed, volume }

func get(id int) (*Invoice, error) {
	inv, ok := invoices[id]
	if !ok {
		return nil, fmt.Errorf("invoice %d: %w", id, ErrNotFound)
	}
	return inv, nil
}

func addBilled(payer amigo.Address, id int) {
	numBilled[payer]++
	billed[accountSeq{payer, numBilled[payer]}] = id
}

func checkMemo(memo string) error {
	if err := markdown.CheckText(memo, MaxMemo); err != nil {
		return fmt.Errorf("memo: %v: %w", err, ErrInvalid)
	}
	return nil
}

func itoa(i int) string    { return strconv.Itoa(i) }
func utoa(u uint64) string { return strconv.FormatUint(u, 10) }
