package moderation

import (
	"amigo"
	"errors"
	"fmt"
	"strings"
	"testing"

	atest "amigo/testing"
)

const (
	owner = amigo.Address("owner")
	alice = amigo.Address("alice")
	bob   = amigo.Address("bob")
	carol = amigo.Address("carol")
)

// appError stands for the errors of a package using the library.
type appError string

func (e appError) Error() string { return string(e) }

const (
	errUnauthorized appError = "app: unauthorized"
	errInvalid      appError = "app: invalid"
	errUnchanged    appError = "app: unchanged"
)

func newApp() *Moderation {
	atest.Events()
	return New(owner, Errors{Unauthorized: errUnauthorized, Invalid: errInvalid, Unchanged: errUnchanged})
}

// snapshot describes a moderation, to check that a failed call changed
// nothing.
func snapshot(m *Moderation) string {
	s := "owner=" + string(m.Owner())
	for u := range m.Moderators() {
		s += " mod=" + string(u)
	}
	for u, r := range m.Bans() {
		s += fmt.Sprintf(" ban=%s:%q", u, r)
	}
	return s
}

// fails checks that f fails with want and changes neither m nor the
// events.
func fails(t *testing.T, m *Moderation, want error, f func() error) {
	t.Helper()
	atest.Events()
	before := snapshot(m)
	if err := f(); !errors.Is(err, want) {
		t.Fatalf("got error %v, want %v", err, want)
	}
	if after := snapshot(m); after != before {
		t.Fatalf("a failed call changed the moderation: %s, was %s", after, before)
	}
	if evs := atest.Events(); len(evs) != 0 {
		t.Fatalf("a failed call emitted %v", evs)
	}
}

func ok(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// event checks the one event emitted (attributed to this package: a
// library's methods run as the library, on a node as under amigo test).
func event(t *testing.T, typ string, attrs ...string) {
	t.Helper()
	evs := atest.Events()
	if len(evs) != 1 || evs[0].Type != typ || strings.Join(evs[0].Attrs, " ") != strings.Join(attrs, " ") {
		t.Fatalf("events %+v, want one %s %v", evs, typ, attrs)
	}
}

func TestModerators(t *testing.T) {
	m := newApp()
	if m.Owner() != owner || !m.IsModerator(owner) || m.IsModerator(alice) {
		t.Fatal("a new moderation: only the owner moderates")
	}
	fails(t, m, errUnauthorized, func() error { return m.AddModerator(alice, bob) })
	fails(t, m, errInvalid, func() error { return m.AddModerator(owner, "") })
	fails(t, m, errUnchanged, func() error { return m.AddModerator(owner, owner) })
	ok(t, m.AddModerator(owner, alice))
	event(t, "add_moderator", "user", "alice")
	fails(t, m, errUnchanged, func() error { return m.AddModerator(owner, alice) })
	fails(t, m, errUnauthorized, func() error { return m.AddModerator(alice, bob) }) // moderators don't appoint
	if !m.IsModerator(alice) || m.CheckModerator(alice) != nil || m.CheckOwner(alice) == nil {
		t.Fatal("alice moderates but does not own")
	}
	fails(t, m, errUnauthorized, func() error { return m.RemoveModerator(alice, alice) })
	fails(t, m, errUnchanged, func() error { return m.RemoveModerator(owner, bob) })
	fails(t, m, errUnchanged, func() error { return m.RemoveModerator(owner, owner) })
	ok(t, m.RemoveModerator(owner, alice))
	event(t, "remove_moderator", "user", "alice")
	if m.IsModerator(alice) || !errors.Is(m.CheckModerator(alice), errUnauthorized) {
		t.Fatal("a removed moderator moderates")
	}
}

func TestBans(t *testing.T) {
	m := newApp()
	ok(t, m.AddModerator(owner, carol))
	fails(t, m, errUnauthorized, func() error { return m.Ban(bob, alice, "") })
	fails(t, m, errUnauthorized, func() error { return m.Ban(carol, owner, "") })
	fails(t, m, errUnauthorized, func() error { return m.Ban(owner, carol, "") })
	fails(t, m, errInvalid, func() error { return m.Ban(carol, "", "") })
	fails(t, m, errInvalid, func() error { return m.Ban(carol, alice, "  ") })
	fails(t, m, errInvalid, func() error { return m.Ban(carol, alice, strings.Repeat("x", MaxReason+1)) })
	fails(t, m, errInvalid, func() error { return m.Ban(carol, alice, "a\x00b") })
	ok(t, m.Ban(carol, alice, "  trolling "))
	event(t, "ban", "user", "alice", "moderator", "carol")
	if reason, b := m.Banned(alice); !b || reason != "trolling" {
		t.Fatalf("Banned(alice) = %q, %v", reason, b)
	}
	fails(t, m, errUnchanged, func() error { return m.Ban(owner, alice, "") })
	ok(t, m.Ban(owner, bob, ""))
	if reason, b := m.Banned(bob); !b || reason != "" {
		t.Fatalf("Banned(bob) = %q, %v", reason, b)
	}
	fails(t, m, errUnauthorized, func() error { return m.Unban(alice, alice) })
	ok(t, m.Unban(carol, bob))
	event(t, "unban", "user", "bob", "moderator", "carol")
	fails(t, m, errUnchanged, func() error { return m.Unban(carol, bob) })
	// Appointing a banned user lifts the ban.
	ok(t, m.AddModerator(owner, alice))
	if _, b := m.Banned(alice); b {
		t.Fatal("a moderator is banned")
	}
}

func TestSetOwner(t *testing.T) {
	m := newApp()
	ok(t, m.AddModerator(owner, alice))
	ok(t, m.Ban(owner, bob, "spam"))
	fails(t, m, errUnauthorized, func() error { return m.SetOwner(alice, alice) })
	fails(t, m, errInvalid, func() error { return m.SetOwner(owner, "") })
	fails(t, m, errUnchanged, func() error { return m.SetOwner(owner, owner) })
	atest.Events()
	ok(t, m.SetOwner(owner, alice))
	event(t, "owner", "owner", "alice")
	if m.Owner() != alice || m.IsModerator(owner) || !m.IsModerator(alice) || snapshot(m) != `owner=alice ban=bob:"spam"` {
		t.Fatalf("ownership did not move: %s", snapshot(m))
	}
	fails(t, m, errUnauthorized, func() error { return m.AddModerator(owner, carol) })
	ok(t, m.SetOwner(alice, bob)) // the new owner is unbanned
	if _, b := m.Banned(bob); b || m.Owner() != bob {
		t.Fatalf("the banned new owner: %s", snapshot(m))
	}
}

func TestDefaultErrors(t *testing.T) {
	m := New(owner, Errors{})
	for _, c := range []struct {
		err  error
		want Error
	}{
		{m.Ban(alice, bob, ""), ErrUnauthorized},
		{m.Ban(owner, "", ""), ErrInvalid},
		{m.Unban(owner, bob), ErrUnchanged},
	} {
		if !errors.Is(c.err, c.want) || !strings.HasSuffix(c.err.Error(), ": "+string(c.want)) {
			t.Errorf("error %v, want %v", c.err, c.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	user := func(u amigo.Address) string { return "[" + string(u) + "](app:user/" + string(u) + ")" }
	m := newApp()
	if got, want := m.Markdown(user), "Owner: [owner](app:user/owner)\n\n## Moderators\n\nNone but the owner.\n\n## Banned users\n\nNone.\n"; got != want {
		t.Fatalf("Markdown:\n%s\nwant:\n%s", got, want)
	}
	ok(t, m.AddModerator(owner, alice))
	ok(t, m.Ban(owner, bob, "[spam](https://evil)"))
	ok(t, m.Ban(owner, carol, ""))
	want := "Owner: [owner](app:user/owner)\n\n## Moderators\n\n- [alice](app:user/alice)\n\n## Banned users\n\n" +
		"- [bob](app:user/bob): \\[spam\\](https\\://evil)\n- [carol](app:user/carol)\n"
	if got := m.Markdown(user); got != want {
		t.Fatalf("Markdown:\n%s\nwant:\n%s", got, want)
	}
	for i := 0; i < Listed+5; i++ {
		ok(t, m.Ban(owner, amigo.Address(fmt.Sprintf("u%03d", i)), ""))
	}
	if got := m.Markdown(user); !strings.Contains(got, "- and 7 more\n") || strings.Count(got, "\n- ") != 1+Listed+1 {
		t.Fatalf("Markdown of many bans:\n%s", got)
	}
}
