package vm

import (
	"strconv"
	"time"
)

const amigoTestingPath = "amigo/testing"

// amigoTestingSource is the package tests use to set the transaction
// context a contract sees (amigo test only; a deployed package cannot
// import it).
const amigoTestingSource = `// Package testing sets the context a contract sees through package amigo,
// for tests run by amigo test. Deployed packages cannot import it.
package testing

import (
	"amigo"
	"strconv"
	"time"
)

func setCaller(a string)
func setOrigin(a string)
func setHeight(h int64)
func setTime(unixNano int64)
func setChainID(id string)
func events() []string
func resetEvents()

// SetCaller makes a the caller of the next calls (and the origin, as a
// signer's own call would be).
func SetCaller(a amigo.Address) { setCaller(string(a)); setOrigin(string(a)) }

// SetOrigin sets the transaction's origin alone.
func SetOrigin(a amigo.Address) { setOrigin(string(a)) }

// SetHeight sets amigo.Height().
func SetHeight(h int64) { setHeight(h) }

// SetTime sets amigo.Now().
func SetTime(t time.Time) { setTime(t.UnixNano()) }

// Advance moves amigo.Now() forward by d and amigo.Height() by one.
func Advance(d time.Duration) {
	setTime(amigo.Now().Add(d).UnixNano())
	setHeight(amigo.Height() + 1)
}

// SetChainID sets amigo.ChainID().
func SetChainID(id string) { setChainID(id) }

// Event is an event emitted so far.
type Event struct {
	Pkg   string
	Type  string
	Attrs []string
}

// Events returns the events emitted so far, in order, and forgets them.
func Events() []Event {
	raw := events()
	var out []Event
	for i := 0; i < len(raw); {
		n, _ := strconv.Atoi(raw[i])
		ev := Event{Pkg: raw[i+1], Type: raw[i+2]}
		ev.Attrs = append(ev.Attrs, raw[i+3:i+3+n]...)
		out = append(out, ev)
		i += 3 + n
	}
	resetEvents()
	return out
}
`

// testContext is the context a test starts with.
func testContext() *Context {
	return &Context{
		Caller:  "amigo1testcaller",
		Origin:  "amigo1testcaller",
		Height:  1,
		Time:    time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		ChainID: "test",
		Seed:    1,
	}
}

// mutableCtx is the thread's context, made if it has none, for tests that
// change it.
func (th *Thread) mutableCtx() *Context {
	c, ok := th.Ctx.(*Context)
	if !ok || c == nil {
		c = testContext()
		th.Ctx = c
	}
	return c
}

func init() {
	stdlibSources[amigoTestingPath] = []File{{Name: "$GOROOT/src/amigo/testing/testing.go", Src: []byte(amigoTestingSource)}}
	register(map[string]native{
		"amigo/testing.setCaller":  func(th *Thread, a []any) []any { th.mutableCtx().Caller = a[0].(string); return nil },
		"amigo/testing.setOrigin":  func(th *Thread, a []any) []any { th.mutableCtx().Origin = a[0].(string); return nil },
		"amigo/testing.setHeight":  func(th *Thread, a []any) []any { th.mutableCtx().Height = a[0].(int64); return nil },
		"amigo/testing.setChainID": func(th *Thread, a []any) []any { th.mutableCtx().ChainID = a[0].(string); return nil },
		"amigo/testing.setTime": func(th *Thread, a []any) []any {
			th.mutableCtx().Time = time.Unix(0, a[0].(int64)).UTC()
			return nil
		},
		"amigo/testing.events": func(th *Thread, a []any) []any {
			var out []string
			for _, ev := range th.events {
				out = append(out, strconv.Itoa(len(ev.Attrs)), ev.Pkg, ev.Type)
				out = append(out, ev.Attrs...)
			}
			th.allocBytes(int64(len(out)) * 16)
			return []any{out}
		},
		"amigo/testing.resetEvents": func(th *Thread, a []any) []any { th.events = nil; return nil },
	})
}
