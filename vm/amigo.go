package vm

import (
	"time"

	"github.com/amigo-platform/amigo/address"
)

// Context is the transaction context a contract sees through the amigo
// package. The zero value is a valid context (height 0, Unix time 0).
type Context struct {
	Caller  string // the address that called the package
	Origin  string // the address that signed or sent the transaction
	Self    string // the package's own address
	Height  int64
	Time    time.Time // the transaction's timestamp; feeds amigo.Now
	ChainID string
	Seed    uint64 // seeds amigo.Rand
}

// Event is one amigo.Emit call, in order.
type Event struct {
	Pkg   string // the package that emitted it
	Type  string
	Attrs []string // key, value, key, value...
}

// randState is the transaction's PCG generator behind amigo.Rand.
type randState struct {
	state, inc uint64
	seeded     bool
}

func (r *randState) next(seed uint64) uint64 {
	if !r.seeded {
		r.state, r.inc, r.seeded = seed, 1442695040888963407, true
		r.step()
	}
	return r.step()
}

func (r *randState) step() uint64 {
	r.state = r.state*6364136223846793005 + r.inc
	x := r.state
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// amigoSource is the contract's view of its context. Everything that could
// make a run differ between machines (time, randomness) comes from here,
// never from the host.
const amigoSource = `// Package amigo is a contract's view of the transaction it runs in.
package amigo

import "time"

// Address identifies an account or a package.
type Address string

func (a Address) String() string { return string(a) }

// IsValid reports whether a is a well-formed address: bech32 with the
// amigo prefix and a valid checksum.
func (a Address) IsValid() bool { return validAddress(string(a)) }

func validAddress(a string) bool
func pkgPath() string

// PkgPath is the path of the package whose code is running.
func PkgPath() string { return pkgPath() }

func caller() string
func origin() string
func self() string
func height() int64
func nowUnixNano() int64
func chainID() string
func randNext() uint64
func emit(event string, attrs []string)

// Caller is the address that called this package: the signer, the
// authenticated user, or the calling package.
func Caller() Address { return Address(caller()) }

// Origin is the address that sent the transaction.
func Origin() Address { return Address(origin()) }

// Self is this package's address.
func Self() Address { return Address(self()) }

// Height is the height of the block (or sequence number) of the transaction.
func Height() int64 { return height() }

// Now is the transaction's timestamp, the same on every node.
func Now() time.Time { return time.Unix(0, nowUnixNano()).UTC() }

// ChainID names the network the transaction runs on.
func ChainID() string { return chainID() }

// Emit records an event with key/value attributes in the receipt.
func Emit(event string, attrs ...string) { emit(event, attrs) }

// Source is the transaction's deterministic random number generator (PCG),
// seeded from the transaction: every node draws the same numbers.
type Source struct{}

// Rand returns the transaction's random source.
func Rand() *Source { return &Source{} }

// Uint64 returns a pseudo-random 64-bit value.
func (s *Source) Uint64() uint64 { return randNext() }

// Intn returns a pseudo-random int in [0, n); it panics if n <= 0.
func (s *Source) Intn(n int) int {
	if n <= 0 {
		panic("amigo: invalid argument to Intn")
	}
	max := ^uint64(0) - ^uint64(0)%uint64(n)
	for {
		v := s.Uint64()
		if v < max {
			return int(v % uint64(n))
		}
	}
}

// Float64 returns a pseudo-random float64 in [0, 1).
func (s *Source) Float64() float64 { return float64(s.Uint64()>>11) / (1 << 53) }
`

func (th *Thread) ctx() *Context {
	if c, ok := th.Ctx.(*Context); ok && c != nil {
		return c
	}
	return &Context{}
}

// Events returns the events emitted so far, in order.
func (th *Thread) Events() []Event { return th.events }

func init() {
	stdlibSources["amigo"] = []File{{Name: "$GOROOT/src/amigo/amigo.go", Src: []byte(amigoSource)}}
	register(map[string]native{
		"amigo.caller": func(th *Thread, a []any) []any { return []any{th.callerAddr()} },
		"amigo.origin": func(th *Thread, a []any) []any { return []any{th.ctx().Origin} },
		"amigo.validAddress": func(th *Thread, a []any) []any {
			th.useGas(int64(len(a[0].(string))))
			return []any{address.Valid(a[0].(string))}
		},
		"amigo.pkgPath": func(th *Thread, a []any) []any {
			if r := th.curRealm(); r != nil {
				return []any{r.path}
			}
			return []any{""}
		},
		"amigo.self": func(th *Thread, a []any) []any {
			if r := th.curRealm(); r != nil {
				return []any{r.addr}
			}
			return []any{th.ctx().Self}
		},
		"amigo.height":   func(th *Thread, a []any) []any { return []any{th.ctx().Height} },
		"amigo.chainID":  func(th *Thread, a []any) []any { return []any{th.ctx().ChainID} },
		"amigo.randNext": func(th *Thread, a []any) []any { return []any{th.rand.next(th.ctx().Seed)} },
		"amigo.nowUnixNano": func(th *Thread, a []any) []any {
			t := th.ctx().Time
			if t.IsZero() {
				return []any{int64(0)}
			}
			return []any{t.UnixNano()}
		},
		"amigo.emit": func(th *Thread, a []any) []any {
			attrs, _ := a[1].([]string)
			n := int64(len(a[0].(string)))
			for _, s := range attrs {
				n += int64(len(s))
			}
			th.allocBytes(n + 32)
			pkg := ""
			if r := th.curRealm(); r != nil {
				pkg = r.path
			}
			th.events = append(th.events, Event{Pkg: pkg, Type: a[0].(string), Attrs: append([]string(nil), attrs...)})
			return nil
		},
	})
}
