package wiki

import (
	"amigo"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	atest "amigo/testing"
)

const (
	deployer = amigo.Address("amigo1testcaller") // amigo test's caller, who ran init
	alice    = amigo.Address("amigo1alice")
	bob      = amigo.Address("amigo1bob")
	carol    = amigo.Address("amigo1carol")
)

var start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// reset empties the wiki, owned by the deployer, at the start time.
func reset() {
	mod = newModeration(deployer)
	pages = map[string]*Page{}
	titles = map[string]string{}
	revisions = map[pageRev]*Revision{}
	texts = map[pageRev]string{}
	backlinks = map[string]map[string]bool{}
	changes = map[int]change{}
	changeSeq = 0
	atest.SetTime(start)
	atest.SetCaller(deployer)
	atest.Events()
}

// snapshot describes the whole state, to check that a failed call changed
// nothing.
func snapshot() string {
	var b strings.Builder
	fmt.Fprintf(&b, "owner=%s seq=%d\n", mod.Owner(), changeSeq)
	for k := range mod.Moderators() {
		fmt.Fprintf(&b, "mod %s\n", k)
	}
	for k, v := range mod.Bans() {
		fmt.Fprintf(&b, "ban %s=%q\n", k, v)
	}
	for k, v := range pages {
		fmt.Fprintf(&b, "page %s=%+v\n", k, *v)
	}
	for k, v := range titles {
		fmt.Fprintf(&b, "title %s=%s\n", k, v)
	}
	for k, v := range revisions {
		fmt.Fprintf(&b, "rev %v=%+v\n", k, *v)
	}
	for k, v := range texts {
		fmt.Fprintf(&b, "text %v=%q\n", k, v)
	}
	for k, v := range backlinks {
		fmt.Fprintf(&b, "backlinks %s=%v\n", k, v)
	}
	for k, v := range changes {
		fmt.Fprintf(&b, "change %d=%v\n", k, v)
	}
	return b.String()
}

func as(a amigo.Address) { atest.SetCaller(a) }

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

func event(t *testing.T, typ string, attrs ...string) {
	t.Helper()
	eventOf(t, "wiki", typ, attrs...)
}

// eventOf checks that one event was emitted, by package pkg.
func eventOf(t *testing.T, pkg, typ string, attrs ...string) {
	t.Helper()
	evs := atest.Events()
	if len(evs) != 1 || evs[0].Pkg != pkg || evs[0].Type != typ || strings.Join(evs[0].Attrs, " ") != strings.Join(attrs, " ") {
		t.Fatalf("events %+v, want one %s %v by %s", evs, typ, attrs, pkg)
	}
}

func TestOwnerIsDeployer(t *testing.T) {
	if Owner() != deployer || !IsModerator(deployer) || IsModerator(alice) {
		t.Fatalf("owner %q", Owner())
	}
}

func TestSlug(t *testing.T) {
	for title, want := range map[string]string{
		"Home":                   "home",
		"  Getting Started!  ":   "getting-started",
		"C++ & Go: a tour":       "c-go-a-tour",
		"Café Crème":             "café-crème",
		"--x--":                  "x",
		"!!!":                    "",
		"Über/../Etc":            "über-etc",
		strings.Repeat("ab", 60): strings.Repeat("ab", 50),
		strings.Repeat("é", 60):  strings.Repeat("é", 50),
	} {
		if got := Slug(title); got != want {
			t.Errorf("Slug(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestEditAndHistory(t *testing.T) {
	reset()
	as(alice)
	ok(t, Edit("Home", "Welcome to the wiki.\nSee [[Getting Started]].", "first", 0))
	event(t, "edit", "page", "home", "rev", "1", "editor", "amigo1alice")
	p, err := GetPage("home")
	ok(t, err)
	if p.Title != "Home" || p.Rev != 1 || p.Creator != alice || p.Editor != alice || !p.Created.Equal(start) {
		t.Fatalf("page %+v", p)
	}
	if ls, _ := Links("home"); !slices.Equal(ls, []string{"getting-started"}) {
		t.Fatalf("links %v", ls)
	}

	atest.Advance(time.Hour)
	as(bob)
	ok(t, Edit("home", "Welcome to the wiki.\nRead [[Getting Started]] first.\nAnd [[FAQ]].", "more links", 1))
	event(t, "edit", "page", "home", "rev", "2", "editor", "amigo1bob")
	p, _ = GetPage("home")
	if p.Title != "home" || p.Rev != 2 || p.Creator != alice || p.Editor != bob || !p.Updated.Equal(start.Add(time.Hour)) {
		t.Fatalf("page %+v", p)
	}
	r1, err := GetRevision("home", 1)
	ok(t, err)
	if r1.Body != "Welcome to the wiki.\nSee [[Getting Started]]." || r1.Title != "Home" || r1.Summary != "first" || r1.Editor != alice {
		t.Fatalf("revision 1 %+v", r1)
	}
	r2, _ := GetRevision("home", 2)
	if r2.Editor != bob || !r2.Time.Equal(start.Add(time.Hour)) || r2.Summary != "more links" {
		t.Fatalf("revision 2 %+v", r2)
	}

	history := Render("page/home/history")
	contains(t, history, "# History of home", "2 revisions",
		"- [revision 2](wiki:page/home/rev/2) · 2026-01-01 01:00 UTC · amigo1bob · [diff](wiki:page/home/diff/2) · more links",
		"- [revision 1](wiki:page/home/rev/1) · 2026-01-01 00:00 UTC · amigo1alice · [diff](wiki:page/home/diff/1) · first")
	contains(t, Render("page/home/rev/1"), "# Home (revision 1)", "revision 1 of 2", "See [Getting Started (new page)](wiki:page/getting-started).")
	diff := Render("page/home/diff/2")
	contains(t, diff, "Title: \"Home\" → \"home\"", "2 lines added, 1 line removed.",
		"```\n  Welcome to the wiki.\n- See [[Getting Started]].\n+ Read [[Getting Started]] first.\n+ And [[FAQ]].\n```\n")
	contains(t, Render("page/home/diff/1"), "Created as \"Home\".", "2 lines added, 0 lines removed.", "+ Welcome to the wiki.")

	// Edits conflict unless made from the current revision.
	as(carol)
	fails(t, ErrConflict, func() error { return Edit("Home", "stale", "", 1) })
	fails(t, ErrConflict, func() error { return Edit("Home", "stale", "", 0) })
	fails(t, ErrConflict, func() error { return Edit("New page", "x", "", 1) })
	fails(t, ErrUnchanged, func() error { return Edit("home", r2.Body, "", 2) })
	fails(t, ErrNotFound, func() error { return Revert("nowhere", 1, "") })
	fails(t, ErrNotFound, func() error { return Revert("home", 3, "") })
	fails(t, ErrUnchanged, func() error { return Revert("home", 2, "") })

	// Revert makes a new revision with the old text.
	ok(t, Revert("home", 1, "back"))
	event(t, "revert", "page", "home", "rev", "3", "to", "1", "editor", "amigo1carol")
	r3, _ := GetRevision("home", 3)
	if r3.Body != r1.Body || r3.Title != "Home" || r3.Revert != 1 || r3.Editor != carol {
		t.Fatalf("revision 3 %+v", r3)
	}
	contains(t, Render("page/home/history"), "· reverted to revision 1 · back")
	if ls, _ := Links("home"); !slices.Equal(ls, []string{"getting-started"}) {
		t.Fatalf("links after revert %v", ls)
	}
}

func TestBadInput(t *testing.T) {
	reset()
	as(alice)
	ok(t, Edit("Page", "text", "", 0))
	long := strings.Repeat("x", MaxBody+1)
	for _, c := range []struct {
		name string
		f    func() error
		want error
	}{
		{"empty title", func() error { return Edit("", "b", "", 0) }, ErrInvalid},
		{"title without letters", func() error { return Edit("?!", "b", "", 0) }, ErrInvalid},
		{"two-line title", func() error { return Edit("a\nb", "b", "", 0) }, ErrInvalid},
		{"long title", func() error { return Edit(strings.Repeat("t", MaxTitle+1), "b", "", 0) }, ErrInvalid},
		{"empty body", func() error { return Edit("t", " ", "", 0) }, ErrInvalid},
		{"long body", func() error { return Edit("t", long, "", 0) }, ErrInvalid},
		{"bad utf8", func() error { return Edit("t", "\xff", "", 0) }, ErrInvalid},
		{"control char", func() error { return Edit("t", "a\x07", "", 0) }, ErrInvalid},
		{"two-line summary", func() error { return Edit("t", "b", "a\nb", 0) }, ErrInvalid},
		{"blank summary", func() error { return Edit("t", "b", "  ", 0) }, ErrInvalid},
		{"long summary", func() error { return Edit("t", "b", strings.Repeat("s", MaxSummary+1), 0) }, ErrInvalid},
		{"revert summary", func() error { return Revert("page", 1, "a\nb") }, ErrInvalid},
	} {
		t.Run(c.name, func(t *testing.T) { fails(t, c.want, c.f) })
	}
}

func TestLinks(t *testing.T) {
	reset()
	as(alice)
	ok(t, Edit("A", "to [[B]] and [[C|see C]] and [[b]] again", "", 0))
	ok(t, Edit("B", "back to [[A]]\n```\n[[Not A Link]]\n```", "", 0))
	if ls, _ := Links("a"); !slices.Equal(ls, []string{"b", "c"}) {
		t.Fatalf("links of a %v", ls)
	}
	if ls, _ := Links("b"); !slices.Equal(ls, []string{"a"}) {
		t.Fatalf("links of b %v", ls)
	}
	page := Render("page/a")
	contains(t, page, "to [B](wiki:page/b) and [see C (new page)](wiki:page/c) and [b](wiki:page/b) again", "Linked from: [B](wiki:page/b)")
	contains(t, Render("page/c"), "There is no page c yet.", "Linked from: [A](wiki:page/a)")
	contains(t, Render("page/b"), "```\n[[Not A Link]]\n```", "Linked from: [A](wiki:page/a)")
	lacks(t, Render("page/not-a-link"), "Linked from")

	// Links follow edits.
	ok(t, Edit("A", "only [[C]] now", "", 1))
	lacks(t, Render("page/b"), "Linked from")
	contains(t, Render("page/c"), "Linked from: [A](wiki:page/a)")
	if _, ok := backlinks["b"]; ok {
		t.Fatal("an empty set of backlinks stays")
	}
	ok(t, Edit("C", "now it exists", "", 0))
	contains(t, Render("page/a"), "only [C](wiki:page/c) now")
	// A link whose target has no letters stays text.
	ok(t, Edit("D", "[[!!]] [[]] [[x", "", 0))
	contains(t, Render("page/d"), "\\[\\[!!\\]\\] \\[\\[\\]\\] \\[\\[x")
}

func TestMarkup(t *testing.T) {
	reset()
	got := markup(strings.Join([]string{
		"# Title [[Home]]",
		"Some text,",
		"  on two lines.",
		"",
		"## Sub",
		"- one",
		"* two [[A|the a]]",
		"after the list",
		"### Third",
		"#### four is text",
		"```go",
		"code with ``` inside and [[no links]] <b>",
		"````",
		"```",
		"-- not a list",
		"```",
		"```",
		"unclosed",
	}, "\r\n"))
	want := strings.Join([]string{
		"## Title [Home (new page)](wiki:page/home)",
		"",
		"Some text,",
		"on two lines.",
		"",
		"### Sub",
		"",
		"- one",
		"- two [the a (new page)](wiki:page/a)",
		"",
		"after the list",
		"",
		"#### Third",
		"",
		"\\#\\#\\#\\# four is text",
		"",
		"````",
		"code with ``` inside and [[no links]] <b>",
		"````",
		"",
		"```",
		"-- not a list",
		"```",
		"",
		"```",
		"unclosed",
		"```",
		"",
	}, "\n")
	if got != want {
		t.Fatalf("markup:\n%s\nwant:\n%s", got, want)
	}
}

// TestEscaping checks that a page cannot make markdown the markup does not
// define: links, images, HTML, tables, quotes.
func TestEscaping(t *testing.T) {
	reset()
	as(amigo.Address("amigo1[x](javascript:alert(1))"))
	body := "[x](https://evil.example) ![i](x) <script>x</script> www.evil.example\n> quote\n| a | b |\n|---|---|\n1. one\n[[Home|<b>[y](https://evil)</b>]]"
	ok(t, Edit("Evil [t](https://evil) <i>", body, "<b>summary</b> [s](https://evil)", 0))
	page := Render("page/evil-t-https-evil-i")
	contains(t, page,
		"# Evil \\[t\\](https\\://evil) \\<i\\>\n",
		"\\[x\\](https\\://evil.example) !\\[i\\](x) \\<script\\>x\\</script\\> www\\.evil.example\n\\> quote\n\\| a \\| b \\|\n\\|---\\|---\\|\n1\\. one\n",
		"[\\<b\\>\\[y\\](https\\://evil)\\</b\\> (new page)](wiki:page/home)",
		"amigo1\\[x\\](ja…rt(1))",
	)
	lacks(t, page, "](javascript")
	contains(t, page, "Edit: `amigo call wiki.Edit \"Evil [t](https://evil) <i>\" \"Text\" \"What changed\" 1`\n")
	contains(t, Render("recent"), "· \\<b\\>summary\\</b\\> \\[s\\](https\\://evil)")
	t.Log("PAGE-BEGIN\n" + page + "PAGE-END")

	// "!" before a link would make it an image.
	if got := inlineWiki("see![[Home]]!"); got != "see\\![Home (new page)](wiki:page/home)\\!" {
		t.Fatalf("inlineWiki: %s", got)
	}

	// A backtick in a title cannot end the code span of the edit command.
	ok(t, Edit("`[x](https://evil)`", "b", "", 0))
	contains(t, Render("page/x-https-evil"), "Edit: ``amigo call wiki.Edit \"`[x](https://evil)`\" \"Text\" \"What changed\" 1``\n")
}

func TestModeration(t *testing.T) {
	reset()
	as(alice)
	ok(t, Edit("Home", "good text", "", 0))
	as(bob)
	ok(t, Edit("Home", "SPAM SPAM", "", 1))
	fails(t, ErrUnauthorized, func() error { return Protect("home") })
	fails(t, ErrUnauthorized, func() error { return HideRevision("home", 1, "") })
	fails(t, ErrUnauthorized, func() error { return Ban(alice, "") })
	fails(t, ErrUnauthorized, func() error { return AddModerator(bob) })
	fails(t, ErrUnauthorized, func() error { return SetOwner(bob) })

	as(deployer)
	ok(t, AddModerator(carol))
	// The moderation library emits it. On a node it runs as the wiki, which
	// owns its moderation, and the event is the wiki's; amigo test keeps no
	// owners, so there it is the library's.
	eventOf(t, "moderation", "add_moderator", "user", "amigo1carol")
	fails(t, ErrUnchanged, func() error { return AddModerator(carol) })
	as(carol)
	fails(t, ErrUnauthorized, func() error { return AddModerator(alice) })
	// The spam is reverted, hidden from the history, the page protected and
	// the spammer banned.
	ok(t, Revert("home", 1, "spam"))
	atest.Events()
	fails(t, ErrInvalid, func() error { return HideRevision("home", 3, "") })
	fails(t, ErrNotFound, func() error { return HideRevision("home", 9, "") })
	fails(t, ErrNotFound, func() error { return HideRevision("nowhere", 1, "") })
	ok(t, HideRevision("home", 2, "spam"))
	event(t, "hide_revision", "page", "home", "rev", "2", "moderator", "amigo1carol")
	fails(t, ErrUnchanged, func() error { return HideRevision("home", 2, "") })
	if r, _ := GetRevision("home", 2); r.Body != "" || !r.Hidden || r.Reason != "spam" {
		t.Fatalf("hidden revision %+v", r)
	}
	contains(t, Render("page/home/history"), "- revision 2 · 2026-01-01 00:00 UTC · hidden by a moderator: spam")
	lacks(t, Render("page/home/history"), "SPAM")
	contains(t, Render("page/home/rev/2"), "Hidden by a moderator: spam.")
	lacks(t, Render("page/home/rev/2"), "SPAM")
	contains(t, Render("page/home/diff/2"), "hidden by a moderator")
	contains(t, Render("page/home/diff/3"), "hidden by a moderator")
	lacks(t, Render("page/home/diff/3"), "SPAM")
	lacks(t, Render("recent"), "SPAM")
	as(alice)
	fails(t, ErrUnauthorized, func() error { return Revert("home", 2, "") }) // hidden text cannot come back

	as(carol)
	ok(t, Protect("home"))
	event(t, "protect", "page", "home", "moderator", "amigo1carol")
	fails(t, ErrUnchanged, func() error { return Protect("home") })
	fails(t, ErrNotFound, func() error { return Protect("nowhere") })
	contains(t, Render("page/home"), " · protected")
	as(alice)
	fails(t, ErrProtected, func() error { return Edit("Home", "x", "", 3) })
	fails(t, ErrProtected, func() error { return Revert("home", 1, "") })
	as(carol)
	ok(t, Edit("Home", "by a moderator", "", 3))

	fails(t, ErrUnauthorized, func() error { return Ban(deployer, "") })
	ok(t, Ban(bob, "spam"))
	fails(t, ErrUnchanged, func() error { return Ban(bob, "") })
	contains(t, Render("moderation"), "Owner: amigo1testcaller", "- amigo1carol", "- amigo1bob: spam")
	as(bob)
	fails(t, ErrBanned, func() error { return Edit("Other", "x", "", 0) })
	as(carol)
	ok(t, Unban(bob))
	fails(t, ErrUnchanged, func() error { return Unban(bob) })
	ok(t, ShowRevision("home", 2))
	fails(t, ErrUnchanged, func() error { return ShowRevision("home", 2) })
	contains(t, Render("page/home/rev/2"), "SPAM SPAM")
	ok(t, Unprotect("home"))
	as(bob)
	ok(t, Edit("Other", "x", "", 0))

	as(deployer)
	ok(t, RemoveModerator(carol))
	fails(t, ErrUnchanged, func() error { return RemoveModerator(carol) })
	fails(t, ErrInvalid, func() error { return SetOwner("") })
	ok(t, SetOwner(alice))
	if Owner() != alice {
		t.Fatal("owner")
	}
	fails(t, ErrUnauthorized, func() error { return AddModerator(bob) })
}

func TestRenderPages(t *testing.T) {
	reset()
	contains(t, Render(""), "# Wiki", "0 pages.", "No changes yet.", "amigo call wiki.Edit \"Home\"")
	contains(t, Render("pages"), "No pages yet.")
	contains(t, Render("recent"), "No changes yet.")
	as(alice)
	for i := 1; i <= 120; i++ {
		atest.Advance(time.Minute)
		ok(t, Edit(fmt.Sprintf("Page %03d", i), fmt.Sprintf("text %d", i), "", 0))
	}
	contains(t, Render(""), "120 pages.", "[Page 120](wiki:page/page-120) revision 1", "[Page 111](wiki:page/page-111)")
	lacks(t, Render(""), "[Page 110]")
	idx := Render("pages")
	contains(t, idx, "120 pages", "- [Page 001](wiki:page/page-001)", "- [Page 050](wiki:page/page-050)", "page 1 of 3", "[next ›](wiki:pages/2)")
	lacks(t, idx, "Page 051")
	contains(t, Render("pages/3"), "- [Page 120](wiki:page/page-120)", "[« first](wiki:pages)")
	recent := Render("recent/2")
	contains(t, recent, "[Page 095](wiki:page/page-095)", "[Page 071](wiki:page/page-071)", "page 2 of 5")
	lacks(t, recent, "Page 096]", "Page 070]")
	ok(t, Edit("Home", "# Welcome\nSee [[Page 001]].", "", 0))
	contains(t, Render(""), "# Home", "## Welcome", "See [Page 001](wiki:page/page-001).", "[history](wiki:page/home/history)")
	contains(t, Render("page/page-001"), "Linked from: [Home](wiki:page/home)", "Edit: `amigo call wiki.Edit \"Page 001\" \"Text\" \"What changed\" 1`")
	for i := 2; i <= 30; i++ {
		ok(t, Edit("Home", fmt.Sprintf("v%d", i), "", i-1))
	}
	contains(t, Render("page/home/history"), "30 revisions", "[revision 30]", "[revision 6]", "[next ›](wiki:page/home/history/2)")
	contains(t, Render("page/home/history/2"), "[revision 5]", "[revision 1]")
	if Render("page/home/") != Render("page/home") {
		t.Fatal("trailing slash")
	}
	for _, p := range []string{"page/home/history/3", "page/home/rev/31", "page/home/rev/0", "page/home/diff/31", "page/nowhere/history",
		"pages/4", "recent/7", "recent/x", "nothing", "page/home/x", "page/home/rev", "page/home/rev/1/x", "pages/1/2"} {
		contains(t, Render(p), "# Not found")
	}
	contains(t, Render("page/nowhere"), "There is no page nowhere yet.")

	// Unicode slugs are percent-encoded in links and found again by path.
	ok(t, Edit("Café", "[[Crème Brûlée]]", "", 0))
	contains(t, Render("page/café"), "[Crème Brûlée (new page)](wiki:page/cr%C3%A8me-br%C3%BBl%C3%A9e)")
	contains(t, Render("page/crème-brûlée"), "Linked from: [Café](wiki:page/caf%C3%A9)")
}

func TestDiff(t *testing.T) {
	show := func(ops []edit) string {
		var s []string
		for _, o := range ops {
			s = append(s, string(o.kind)+o.line)
		}
		return strings.Join(s, ",")
	}
	for _, c := range []struct{ a, b, want string }{
		{"", "", ""},
		{"", "a\nb", "+a,+b"},
		{"a\nb", "", "-a,-b"},
		{"a\nb\nc", "a\nc", " a,-b, c"},
		{"a\nb\nc", "a\nx\nb\nc", " a,+x, b, c"},
		{"a\nb\nc\nd", "a\nc\nb\nd", " a,-b, c,+b, d"},
		{"x\ny", "y\nx", "-x, y,+x"},
		{"a\r\nb", "a\nb\n", " a, b"},
	} {
		if got := show(diffLines(lines(c.a), lines(c.b))); got != c.want {
			t.Errorf("diff %q %q: got %s, want %s", c.a, c.b, got, c.want)
		}
	}
	// Context: three lines around each change, "…" between.
	var a []string
	for i := 1; i <= 20; i++ {
		a = append(a, fmt.Sprint(i))
	}
	b := slices.Clone(a)
	b[1], b[17] = "two", "eighteen"
	got := diffBlock(diffLines(a, b), 3)
	want := "```\n  1\n- 2\n+ two\n  3\n  4\n  5\n…\n  15\n  16\n  17\n- 18\n+ eighteen\n  19\n  20\n```\n"
	if got != want {
		t.Fatalf("diff block:\n%s\nwant:\n%s", got, want)
	}
	// Past maxDiffCells the middle is replaced whole.
	var big1, big2 []string
	for i := 0; i < 600; i++ {
		big1 = append(big1, fmt.Sprint("a", i))
		big2 = append(big2, fmt.Sprint("b", i))
	}
	big2[300] = "a300"
	ops := diffLines(big1, big2)
	if len(ops) != 1200 || ops[0].kind != '-' || ops[600].kind != '+' {
		t.Fatalf("large diff: %d ops", len(ops))
	}
}

func TestRenderLargePage(t *testing.T) {
	reset()
	as(alice)
	var lines []string
	for i := 0; i < 1000; i++ {
		lines = append(lines, fmt.Sprintf("line %d of a long page with a [[Link %d]]", i, i%50))
	}
	body := strings.Join(lines, "\n")
	if len(body) > MaxBody {
		t.Fatalf("%d bytes", len(body))
	}
	ok(t, Edit("Big", body, "", 0))
	lines[500] = "changed"
	ok(t, Edit("Big", strings.Join(lines, "\n"), "", 1))
	contains(t, Render("page/big/diff/2"), "1 line added, 1 line removed.", "- line 500 of", "+ changed", "  line 497 of", "  line 503 of")
	lacks(t, Render("page/big/diff/2"), "line 496 of", "line 504 of")
	contains(t, Render("page/big"), "line 999 of a long page with a [Link 49 (new page)](wiki:page/link-49)")
	contains(t, Render("page/link-7"), "Linked from: [Big](wiki:page/big)")
	if ls, _ := Links("big"); len(ls) != 50 {
		t.Fatalf("%d links", len(ls))
	}
}
