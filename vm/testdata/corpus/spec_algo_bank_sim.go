package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account interface {
	ID() string
	Balance() int64
	Deposit(int64) error
	Withdraw(int64) error
}

type basic struct {
	id  string
	bal int64
	log []string
}

func (b *basic) ID() string     { return b.id }
func (b *basic) Balance() int64 { return b.bal }
func (b *basic) Deposit(n int64) error {
	if n <= 0 {
		return fmt.Errorf("deposit %d: invalid amount", n)
	}
	b.bal += n
	b.log = append(b.log, fmt.Sprintf("+%d", n))
	return nil
}
func (b *basic) Withdraw(n int64) error {
	if n > b.bal {
		return fmt.Errorf("withdraw %d from %s: %w", n, b.id, ErrInsufficient)
	}
	b.bal -= n
	b.log = append(b.log, fmt.Sprintf("-%d", n))
	return nil
}

type overdraft struct {
	basic
	limit int64
}

func (o *overdraft) Withdraw(n int64) error {
	if n > o.bal+o.limit {
		return fmt.Errorf("withdraw %d from %s (limit %d): %w", n, o.id, o.limit, ErrInsufficient)
	}
	o.bal -= n
	o.log = append(o.log, fmt.Sprintf("-%d(od)", n))
	return nil
}

func transfer(from, to Account, n int64) error {
	if err := from.Withdraw(n); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(n)
}

func main() {
	a := &basic{id: "A"}
	b := &overdraft{basic{id: "B"}, 100}
	accts := map[string]Account{"A": a, "B": b}
	fmt.Println(a.Deposit(500), a.Deposit(-5))
	fmt.Println(transfer(a, b, 200))
	fmt.Println(transfer(b, a, 250))
	err := transfer(b, a, 100)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	err = transfer(a, b, 10000)
	fmt.Println(err)
	ids := []string{}
	for id := range accts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		fmt.Println(id, accts[id].Balance())
		total += accts[id].Balance()
	}
	fmt.Println("total", total, a.log, b.log)
}

// Output:
// <nil> deposit -5: invalid amount
// <nil>
// <nil>
// transfer failed: withdraw 100 from B (limit 100): insufficient funds true
// transfer failed: withdraw 10000 from A: insufficient funds
// A 550
// B -50
// total 500 [+500 -200 +250] [+200 -250(od)]
