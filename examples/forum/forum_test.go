package forum

import (
	"amigo"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	atest "amigo/testing"

	"markdown"
)

const (
	deployer = amigo.Address("amigo1testcaller") // amigo test's caller, who ran init
	alice    = amigo.Address("amigo1alice")
	bob      = amigo.Address("amigo1bob")
	carol    = amigo.Address("amigo1carol")
)

var start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// reset empties the forum, owned by the deployer, at the start time.
func reset() {
	mod = newModeration(deployer)
	threads = map[int]*Thread{}
	posts = map[int]*Post{}
	byThread = map[threadSeq]int{}
	revisions = map[postVersion]*Revision{}
	byUser = map[userSeq]int{}
	userPosts = map[amigo.Address]int{}
	byActivity = map[int64]int{}
	lastThread, lastPost, activitySeq, visibleThreads = 0, 0, 0, 0
	atest.SetTime(start)
	atest.SetCaller(deployer)
	atest.Events()
}

// snapshot describes the whole state, to check that a failed call changed
// nothing.
func snapshot() string {
	var b strings.Builder
	fmt.Fprintf(&b, "owner=%s last=%d,%d,%d visible=%d\n", mod.Owner(), lastThread, lastPost, activitySeq, visibleThreads)
	for k := range mod.Moderators() {
		fmt.Fprintf(&b, "mod %s\n", k)
	}
	for k, v := range mod.Bans() {
		fmt.Fprintf(&b, "ban %s=%q\n", k, v)
	}
	for k, v := range threads {
		fmt.Fprintf(&b, "thread %d=%+v\n", k, *v)
	}
	for k, v := range posts {
		fmt.Fprintf(&b, "post %d=%+v\n", k, *v)
	}
	for k, v := range byThread {
		fmt.Fprintf(&b, "bythread %v=%d\n", k, v)
	}
	for k, v := range revisions {
		fmt.Fprintf(&b, "rev %v=%+v\n", k, *v)
	}
	for k, v := range byUser {
		fmt.Fprintf(&b, "byuser %v=%d\n", k, v)
	}
	for k, v := range userPosts {
		fmt.Fprintf(&b, "userposts %s=%d\n", k, v)
	}
	for k, v := range byActivity {
		fmt.Fprintf(&b, "activity %d=%d\n", k, v)
	}
	return b.String()
}

func as(a amigo.Address) { atest.SetCaller(a) }

// must returns v, and panics (failing the run) on an unexpected error.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func ok(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// fails checks that f fails with want and changes neither the state nor
// the events.
func fails(t *testing.T, want error, f func() error) {
	t.Helper()
	atest.Events()
	before := snapshot()
	err := f()
	if !errors.Is(err, want) {
		t.Fatalf("got error %v, want %v", err, want)
	}
	if after := snapshot(); after != before {
		t.Fatalf("a failed call changed the state:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	if evs := atest.Events(); len(evs) != 0 {
		t.Fatalf("a failed call emitted %v", evs)
	}
}

func contains(t *testing.T, page string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(page, w) {
			t.Fatalf("page lacks %q:\n%s", w, page)
		}
	}
}

func lacks(t *testing.T, page string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(page, w) {
			t.Fatalf("page has %q:\n%s", w, page)
		}
	}
}

func TestOwnerIsDeployer(t *testing.T) {
	// init ran before the tests, with amigo test's caller as the deployer.
	if Owner() != deployer {
		t.Fatalf("owner %q, want the deployer %q", Owner(), deployer)
	}
	if !IsModerator(deployer) || IsModerator(alice) {
		t.Fatal("IsModerator")
	}
}

func TestThreadsAndReplies(t *testing.T) {
	reset()
	as(alice)
	id := must(NewThread("  Hello  ", "First post"))
	if id != 1 {
		t.Fatalf("thread id %d", id)
	}
	evs := atest.Events()
	if len(evs) != 1 || evs[0].Type != "thread" || strings.Join(evs[0].Attrs, " ") != "id 1 post 1 author amigo1alice" || evs[0].Pkg != "forum" {
		t.Fatalf("events %+v", evs)
	}
	atest.Advance(time.Minute)
	as(bob)
	pid := must(Reply(id, "A reply"))
	if pid != 2 {
		t.Fatalf("post id %d", pid)
	}
	evs = atest.Events()
	if len(evs) != 1 || evs[0].Type != "reply" || strings.Join(evs[0].Attrs, " ") != "thread 1 post 2 author amigo1bob" {
		t.Fatalf("events %+v", evs)
	}
	th := must(GetThread(id))
	if th.Title != "Hello" || th.Author != alice || th.Posts != 2 || th.FirstID != 1 || !th.Active.Equal(start.Add(time.Minute)) || !th.Created.Equal(start) {
		t.Fatalf("thread %+v", th)
	}
	p := must(GetPost(pid))
	if p.Thread != id || p.Seq != 2 || p.Author != bob || p.Body != "A reply" || p.Version != 1 {
		t.Fatalf("post %+v", p)
	}
	if must(ThreadPost(id, 2)) != pid {
		t.Fatal("ThreadPost")
	}
	if tc, pc := Stats(); tc != 1 || pc != 2 {
		t.Fatalf("stats %d %d", tc, pc)
	}

	// The most recently active thread comes first in the index.
	as(carol)
	second := must(NewThread("Second", "body"))
	page := Render("")
	if strings.Index(page, "[Second](forum:thread/2)") > strings.Index(page, "[Hello](forum:thread/1)") {
		t.Fatalf("newest thread not first:\n%s", page)
	}
	must(Reply(id, "bump"))
	page = Render("")
	if strings.Index(page, "[Second](forum:thread/2)") < strings.Index(page, "[Hello](forum:thread/1)") {
		t.Fatalf("bumped thread not first:\n%s", page)
	}
	contains(t, page, "2 threads, 4 posts", "3 posts", "1 post, last")
	_ = second
}

func TestBadInput(t *testing.T) {
	reset()
	as(alice)
	id := must(NewThread("T", "B"))
	long := strings.Repeat("x", MaxBody+1)
	cases := []struct {
		name string
		f    func() error
		want error
	}{
		{"empty title", func() error { _, err := NewThread(" \n ", "b"); return err }, ErrInvalid},
		{"two-line title", func() error { _, err := NewThread("a\nb", "b"); return err }, ErrInvalid},
		{"long title", func() error { _, err := NewThread(strings.Repeat("t", MaxTitle+1), "b"); return err }, ErrInvalid},
		{"empty body", func() error { _, err := NewThread("t", ""); return err }, ErrInvalid},
		{"long body", func() error { _, err := NewThread("t", long); return err }, ErrInvalid},
		{"bad utf8", func() error { _, err := NewThread("t", "a\xffb"); return err }, ErrInvalid},
		{"control char", func() error { _, err := NewThread("t", "a\x00b"); return err }, ErrInvalid},
		{"escape char", func() error { _, err := Reply(id, "a\x1b[31mb"); return err }, ErrInvalid},
		{"reply to nothing", func() error { _, err := Reply(99, "b"); return err }, ErrNotFound},
		{"empty reply", func() error { _, err := Reply(id, "   "); return err }, ErrInvalid},
		{"long reply", func() error { _, err := Reply(id, long); return err }, ErrInvalid},
		{"edit nothing", func() error { return Edit(99, "b") }, ErrNotFound},
		{"edit unchanged", func() error { return Edit(1, "B") }, ErrUnchanged},
		{"edit empty", func() error { return Edit(1, "") }, ErrInvalid},
		{"retitle nothing", func() error { return Retitle(99, "x") }, ErrNotFound},
		{"retitle unchanged", func() error { return Retitle(id, " T ") }, ErrUnchanged},
		{"retitle empty", func() error { return Retitle(id, "") }, ErrInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { fails(t, c.want, c.f) })
	}
}

func TestEditHistory(t *testing.T) {
	reset()
	as(alice)
	id := must(NewThread("T", "v1"))
	atest.Events()
	atest.Advance(time.Hour)
	ok(t, Edit(1, "v2"))
	evs := atest.Events()
	if len(evs) != 1 || evs[0].Type != "edit" || strings.Join(evs[0].Attrs, " ") != "post 1 version 2 editor amigo1alice" {
		t.Fatalf("events %+v", evs)
	}
	atest.Advance(time.Hour)
	ok(t, Edit(1, "v3"))
	p := must(GetPost(1))
	if p.Body != "v3" || p.Version != 3 || !p.Edited.Equal(start.Add(2*time.Hour)) || !p.Created.Equal(start) {
		t.Fatalf("post %+v", p)
	}
	for v, want := range map[int]string{1: "v1", 2: "v2", 3: "v3"} {
		r := must(GetRevision(1, v))
		if r.Body != want || r.Version != v || !r.Time.Equal(start.Add(time.Duration(v-1)*time.Hour)) {
			t.Fatalf("version %d: %+v", v, r)
		}
	}
	if _, err := GetRevision(1, 4); !errors.Is(err, ErrNotFound) {
		t.Fatal("version 4 exists")
	}

	page := Render("post/1")
	contains(t, page, "## Current version 3 · 2026-01-01 02:00 UTC", "## Version 2 · 2026-01-01 01:00 UTC", "## Version 1 · 2026-01-01 00:00 UTC", "v1", "[T](forum:thread/1)")
	if strings.Index(page, "v3") > strings.Index(page, "v1") {
		t.Fatal("history not newest first")
	}
	contains(t, Render("thread/1"), "_Edited 2026-01-01 02:00 UTC · [3 versions](forum:post/1)_")

	// The title changes too, by its author only.
	ok(t, Retitle(id, "New title"))
	if th := must(GetThread(id)); th.Title != "New title" {
		t.Fatal(th.Title)
	}
	contains(t, Render("thread/1"), "# New title")

	// A long history is paged.
	for i := 4; i <= 25; i++ {
		ok(t, Edit(1, fmt.Sprintf("version %d", i)))
	}
	page = Render("post/1")
	contains(t, page, "Current version 25", "Version 16 ·", "page 1 of 3", "[next ›](forum:post/1/page/2)", "[last »](forum:post/1/page/3)")
	lacks(t, page, "Version 15 ·")
	page = Render("post/1/page/3")
	contains(t, page, "Version 5 ·", "Version 1 ·", "[‹ previous](forum:post/1/page/2)", "[« first](forum:post/1)")
	contains(t, Render("post/1/page/4"), "# Not found")
}

func TestOnlyAuthorEdits(t *testing.T) {
	reset()
	as(alice)
	id := must(NewThread("T", "alice's"))
	for _, who := range []amigo.Address{bob, deployer} { // the owner neither
		as(who)
		fails(t, ErrUnauthorized, func() error { return Edit(1, "vandalised") })
		fails(t, ErrUnauthorized, func() error { return Retitle(id, "vandalised") })
	}
	ok(t, AddModerator(carol))
	as(carol)
	fails(t, ErrUnauthorized, func() error { return Edit(1, "vandalised") })
}

func TestModeration(t *testing.T) {
	reset()
	as(alice)
	id := must(NewThread("T", "hello"))
	spam := must(Reply(id, "BUY NOW"))
	as(bob)
	// Only moderators moderate.
	fails(t, ErrUnauthorized, func() error { return Hide(spam, "") })
	fails(t, ErrUnauthorized, func() error { return Lock(id) })
	fails(t, ErrUnauthorized, func() error { return HideThread(id, "") })
	fails(t, ErrUnauthorized, func() error { return Ban(alice, "") })
	fails(t, ErrUnauthorized, func() error { return AddModerator(bob) })
	fails(t, ErrUnauthorized, func() error { return SetOwner(bob) })

	as(deployer)
	ok(t, AddModerator(carol))
	fails(t, ErrUnchanged, func() error { return AddModerator(carol) })
	fails(t, ErrUnchanged, func() error { return AddModerator(deployer) })
	atest.Events()
	as(carol)
	fails(t, ErrUnauthorized, func() error { return AddModerator(bob) }) // moderators don't appoint
	fails(t, ErrNotFound, func() error { return Hide(99, "") })
	ok(t, Hide(spam, "spam <script>"))
	evs := atest.Events()
	if len(evs) != 1 || evs[0].Type != "hide" || strings.Join(evs[0].Attrs, " ") != "post 2 moderator amigo1carol" {
		t.Fatalf("events %+v", evs)
	}
	fails(t, ErrUnchanged, func() error { return Hide(spam, "") })
	page := Render("thread/1")
	contains(t, page, "_Hidden by a moderator: spam \\<script\\>._", "hello")
	lacks(t, page, "BUY NOW")
	lacks(t, Render("post/2"), "BUY NOW")
	lacks(t, Render("user/amigo1alice"), "BUY NOW")
	// A hidden post cannot be edited.
	as(alice)
	fails(t, ErrHidden, func() error { return Edit(spam, "sorry") })
	as(carol)
	ok(t, Unhide(spam))
	fails(t, ErrUnchanged, func() error { return Unhide(spam) })
	contains(t, Render("thread/1"), "BUY NOW")

	// Locking stops replies and edits.
	ok(t, Lock(id))
	fails(t, ErrUnchanged, func() error { return Lock(id) })
	contains(t, Render(""), " · locked")
	lacks(t, Render("thread/1"), "Reply:")
	as(bob)
	fails(t, ErrLocked, func() error { _, err := Reply(id, "hi"); return err })
	as(alice)
	fails(t, ErrLocked, func() error { return Edit(1, "changed") })
	fails(t, ErrLocked, func() error { return Retitle(id, "changed") })
	as(carol)
	ok(t, Unlock(id))
	fails(t, ErrUnchanged, func() error { return Unlock(id) })
	as(bob)
	must(Reply(id, "hi"))

	// A hidden thread leaves the index and takes nothing.
	as(carol)
	ok(t, HideThread(id, "off topic"))
	fails(t, ErrUnchanged, func() error { return HideThread(id, "") })
	page = Render("")
	lacks(t, page, "forum:thread/1)")
	contains(t, page, "0 threads")
	page = Render("thread/1")
	contains(t, page, "Hidden by a moderator: off topic.")
	lacks(t, page, "hello")
	as(bob)
	fails(t, ErrHidden, func() error { _, err := Reply(id, "hi"); return err })
	as(alice)
	fails(t, ErrHidden, func() error { return Edit(1, "changed") })
	as(carol)
	ok(t, UnhideThread(id))
	fails(t, ErrUnchanged, func() error { return UnhideThread(id) })
	contains(t, Render(""), "[T](forum:thread/1)", "1 thread, 3 posts")

	// Removed moderators lose their rights.
	as(deployer)
	ok(t, RemoveModerator(carol))
	fails(t, ErrUnchanged, func() error { return RemoveModerator(carol) })
	as(carol)
	fails(t, ErrUnauthorized, func() error { return Lock(id) })
}

func TestBans(t *testing.T) {
	reset()
	as(alice)
	id := must(NewThread("T", "hello"))
	as(deployer)
	ok(t, AddModerator(carol))
	fails(t, ErrUnauthorized, func() error { return Ban(carol, "") })
	fails(t, ErrUnauthorized, func() error { return Ban(deployer, "") })
	fails(t, ErrInvalid, func() error { return Ban("", "") })
	ok(t, Ban(alice, "trolling"))
	fails(t, ErrUnchanged, func() error { return Ban(alice, "") })
	if reason, b := Banned(alice); !b || reason != "trolling" {
		t.Fatal("Banned")
	}
	as(alice)
	fails(t, ErrBanned, func() error { _, err := NewThread("t", "b"); return err })
	fails(t, ErrBanned, func() error { _, err := Reply(id, "b"); return err })
	fails(t, ErrBanned, func() error { return Edit(1, "b") })
	fails(t, ErrBanned, func() error { return Retitle(id, "b") })
	contains(t, Render("moderation"), "## Banned users", "amigo1alice", ": trolling")
	contains(t, Render("user/amigo1alice"), "banned: trolling")
	as(carol)
	ok(t, Unban(alice))
	fails(t, ErrUnchanged, func() error { return Unban(alice) })
	as(alice)
	must(Reply(id, "back"))
}

func TestOwnership(t *testing.T) {
	reset()
	fails(t, ErrInvalid, func() error { return SetOwner("") })
	fails(t, ErrUnchanged, func() error { return SetOwner(deployer) })
	ok(t, AddModerator(alice))
	atest.Events()
	ok(t, SetOwner(alice))
	if Owner() != alice || IsModerator(deployer) || !IsModerator(alice) {
		t.Fatal("ownership did not move")
	}
	evs := atest.Events()
	if len(evs) != 1 || evs[0].Type != "owner" {
		t.Fatalf("events %+v", evs)
	}
	fails(t, ErrUnauthorized, func() error { return AddModerator(bob) })
	as(alice)
	ok(t, AddModerator(bob))
	contains(t, Render("moderation"), "Owner: [amigo1alice](forum:user/amigo1alice)", "- [amigo1bob](forum:user/amigo1bob)")
}

func TestRenderPages(t *testing.T) {
	reset()
	as(alice)
	id := must(NewThread("Pages", "opening"))
	for i := 2; i <= 45; i++ {
		atest.Advance(time.Minute)
		must(Reply(id, fmt.Sprintf("reply %d", i)))
	}
	page := Render("thread/1")
	contains(t, page, "# Pages", "[Forum](forum:)", "45 posts", "### [Post 1](forum:post/1) ·", "### [Post 20](forum:post/20) ·", "page 1 of 3",
		"[next ›](forum:thread/1/page/2)", "[last »](forum:thread/1/page/3)", "Reply: `amigo call forum.Reply 1")
	lacks(t, page, "### [Post 21](forum:post/21) ·", "previous")
	page = Render("thread/1/page/3")
	contains(t, page, "### [Post 41](forum:post/41) ·", "### [Post 45](forum:post/45) ·", "reply 45", "page 3 of 3", "[‹ previous](forum:thread/1/page/2)", "[« first](forum:thread/1)")
	lacks(t, page, "### [Post 40](forum:post/40) ·", "next")
	// Trailing slashes are forgiven; other paths are not found.
	if Render("thread/1/") != Render("thread/1") || Render("/") != Render("") {
		t.Fatal("slashes")
	}
	for _, p := range []string{"thread/1/page/4", "thread/1/page/0", "thread/1/page/x", "thread/1/page/01", "thread/2", "thread/x",
		"post/99", "page/2", "page/0", "nothing", "thread", "thread/1/page", "user/amigo1alice/page/9",
		"thread/-1", "thread/99999999999999999999999"} {
		contains(t, Render(p), "# Not found")
	}
	// The post page links to the page of the thread holding it.
	contains(t, Render("post/25"), "[Pages](forum:thread/1/page/2) › post 25")
	// A user's page lists their posts, newest first.
	page = Render("user/amigo1alice")
	contains(t, page, "45 posts", "[post 45](forum:post/45) in Pages", "page 1 of 3", "[next ›](forum:user/amigo1alice/page/2)")
	contains(t, Render("user/amigo1alice/page/3"), "[post 1](forum:post/1)")
	contains(t, Render("user/amigo1nobody"), "0 posts")
	contains(t, Render(""), "[Pages](forum:thread/1)", "[amigo1alice](forum:user/amigo1alice)", "45 posts, last 2026-01-01 00:44 UTC")
}

func TestRenderEmpty(t *testing.T) {
	reset()
	contains(t, Render(""), "# Forum", "0 threads, 0 posts", "No threads yet.", "amigo call forum.NewThread")
	contains(t, Render("moderation"), "None but the owner.", "None.")
}

// TestEscaping checks that what users write cannot change the page:
// headings, links, images, HTML, tables, lists, code and autolinks in
// titles, bodies, reasons and addresses all come out as text.
func TestEscaping(t *testing.T) {
	reset()
	evil := amigo.Address("amigo1evil)[x](javascript:alert(1)")
	as(evil)
	title := "# [click](https://evil.example) <img src=x onerror=alert(1)> ![i](x) *bold* `code` | a | b |"
	body := strings.Join([]string{
		"# Heading",
		"[link](forum:moderation) and [ref][r]",
		"[r]: https://evil.example",
		"<script>alert(1)</script>",
		"<https://evil.example> www.evil.example http://evil.example me@evil.example",
		"- list item",
		"1. ordered",
		"2) ordered",
		"> quote",
		"| a | b |",
		"|---|---|",
		"```",
		"code fence",
		"~~~",
		"    indented code",
		"***",
		"===",
		"&lt;entity&gt; &#60;",
		"trailing backslash \\",
		"__strong__ ~~strike~~ _em_",
	}, "\n")
	id := must(NewThread(title, body))
	page := Render("thread/" + itoa(id))
	t.Log("PAGE-BEGIN\n" + page + "PAGE-END")

	contains(t, page,
		"# \\# \\[click\\](https\\://evil.example) \\<img src=x onerror=alert(1)\\> !\\[i\\](x) \\*bold\\* \\`code\\` \\| a \\| b \\|\n",
		// The body as package markdown escapes it (markdown_test.go checks that
		// line by line), for instance:
		markdown.Block(body),
		"\\# Heading  \n",
		"\\<script\\>alert(1)\\</script\\>  \n",
		"&nbsp;&nbsp;&nbsp;&nbsp;indented code  \n",
		// The author's address is link text, escaped, and a destination, encoded.
		"[amigo1evil)\\[…ert(1)](forum:user/amigo1evil%29%5Bx%5D%28javascript%3Aalert%281%29)",
	)
	// No line of the page outside our own structure starts a block.
	for _, line := range strings.Split(page, "\n") {
		if line == "" || line == "---" || strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "### [Post ") ||
			strings.HasPrefix(line, "_") || strings.HasPrefix(line, "[") || strings.HasPrefix(line, "Reply:") {
			continue
		}
		if c := line[0]; strings.IndexByte("#-+*>|`~<= ", c) >= 0 && !strings.HasPrefix(line, "&nbsp;") {
			t.Fatalf("line starts a block: %q", line)
		}
	}
	// Links we did not write do not appear.
	lacks(t, page, "](https://", "](javascript")

}
