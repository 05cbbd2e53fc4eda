// Package wiki is a wiki: pages anyone can write and edit, every revision
// kept with its diff, links between pages, and moderation by the owner and
// the moderators the owner appoints.
//
// # Using it
//
//	amigo call wiki.Edit "Home" "Welcome! See [[Getting Started]]." "first page" 0
//	amigo call wiki.Edit "Getting Started" "# Install\n..." "" 0
//	amigo call wiki.Edit "Home" "Welcome back." "shorter" 1   # edit revision 1
//	amigo call wiki.Revert home 1 "undo"                         # back to revision 1
//	amigo render wiki:page/home
//
// A page is named by its title; its slug, the title in lower case with
// runs of other characters than letters and digits made one "-" (Slug),
// is its address: "Getting Started" is page/getting-started. Edit creates
// the page if it does not exist (base 0) and otherwise replaces its title
// and text (so "getting started" edits that page and renames it); base is
// the revision the edit was made from, and an edit whose base is not the
// current revision fails (ErrConflict), so that two editors never
// overwrite each other unknowingly. Titles are one line of at most 100
// bytes, bodies at most 50,000 bytes, summaries at most 200.
//
// # Markup
//
// Bodies are a small, safe markup; everything else is shown as written:
//
//	# Heading, ## Subheading, ### Section      at the start of a line
//	- item  or  * item                         a bulleted list
//	```                                         a code block, to the next ```
//	[[Other Page]]  or  [[Other Page|text]]     a link to another page
//
// A blank line separates paragraphs. Markdown and HTML in the text are
// escaped: a page cannot make links other than [[links]], images or HTML.
// Links to pages that do not exist yet say "(new page)".
//
// The wiki imports the libraries markdown, paging and moderation by those
// paths: push them to a node before the wiki.
//
// # Moderation
//
// The deployer is the owner, who appoints moderators (AddModerator,
// RemoveModerator) and may hand the wiki over (SetOwner). Moderators and
// the owner protect pages (Protect, Unprotect: only moderators may edit a
// protected page), hide revisions from the history (HideRevision,
// ShowRevision: not the current one; revert first), and ban users (Ban,
// Unban: a banned user cannot edit or revert).
//
// # Pages
//
//	""                      the page "Home" if there is one, and the links below
//	page/SLUG               a page
//	page/SLUG/history       its revisions, newest first (history/N: page N)
//	page/SLUG/rev/N         revision N in full
//	page/SLUG/diff/N        what revision N changed
//	pages                   every page by slug (pages/N: page N)
//	recent                  recent changes (recent/N: page N)
//	moderation              owner, moderators, banned users
//
// # Events
//
// edit (page, rev, editor), revert (page, rev, to, editor), protect and
// unprotect (page, moderator), hide_revision and show_revision (page, rev,
// moderator), ban and unban (user, moderator), add_moderator and
// remove_moderator (user), owner (owner).
package wiki

import (
	"amigo"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"markdown"
	"moderation"
)

// Limits on what users write.
const (
	MaxTitle   = 100
	MaxBody    = 50_000
	MaxSummary = 200
	MaxSlug    = 100
)

// Error is an error of the wiki; the errors its functions return wrap one
// of these constants (test them with errors.Is). A call that returns an
// error changes nothing.
//
// Constants (of a string type) rather than errors.New variables: they are
// not state, so no call ever reads them from the store.
type Error string

func (e Error) Error() string { return string(e) }

const (
	ErrNotFound     Error = "wiki: not found"
	ErrUnauthorized Error = "wiki: unauthorized"
	ErrProtected    Error = "wiki: page is protected"
	ErrConflict     Error = "wiki: edit conflict"
	ErrBanned       Error = "wiki: banned"
	ErrInvalid      Error = "wiki: invalid input"
	ErrUnchanged    Error = "wiki: nothing to change"
)

// Page is a page at its latest revision.
type Page struct {
	Slug      string
	Title     string
	Rev       int // the current revision, from 1
	Created   time.Time
	Updated   time.Time
	Creator   amigo.Address
	Editor    amigo.Address // of the current revision
	Protected bool
	links     []string // slugs the current revision links to, sorted
}

// Revision is one version of a page.
type Revision struct {
	Rev     int
	Title   string
	Body    string
	Summary string
	Editor  amigo.Address
	Time    time.Time
	Revert  int    // the revision it restored, if it is a revert
	Hidden  bool   // hidden from the history by a moderator
	Reason  string // why
}

type pageRev struct {
	Slug string
	Rev  int
}

// change is an entry of the recent changes.
type change struct {
	Slug string
	Rev  int
}

// mod is the owner (the deployer), the moderators and the banned users.
var mod = newModeration(amigo.Caller())

var (
	pages     = map[string]*Page{}
	titles    = map[string]string{}          // slug -> title, the index of pages
	revisions = map[pageRev]*Revision{}      // every revision of every page, without its body
	texts     = map[pageRev]string{}         // the body of every revision, apart so that lists read no text
	backlinks = map[string]map[string]bool{} // target slug -> slugs linking to it
	changes   = map[int]change{}             // -sequence -> change, newest first

	changeSeq int
)

// newModeration is a moderation owned by owner that reports the wiki's
// errors.
func newModeration(owner amigo.Address) *moderation.Moderation {
	return moderation.New(owner, moderation.Errors{Unauthorized: ErrUnauthorized, Invalid: ErrInvalid, Unchanged: ErrUnchanged})
}

// Edit writes a page as the caller: it creates the page named title (base
// 0) or replaces the text of its current revision base. summary, which may
// be empty, says what changed.
func Edit(title, body, summary string, base int) error {
	editor := amigo.Caller()
	slug := Slug(title)
	if err := checkTitle(title, slug); err != nil {
		return err
	}
	if err := checkText("body", body, MaxBody, false); err != nil {
		return err
	}
	if err := checkText("summary", summary, MaxSummary, true); err != nil {
		return err
	}
	if strings.ContainsAny(summary, "\r\n") {
		return fmt.Errorf("summary: more than one line: %w", ErrInvalid)
	}
	if err := checkEditor(editor); err != nil {
		return err
	}
	title = strings.TrimSpace(title)
	p := pages[slug]
	if p == nil {
		if base != 0 {
			return fmt.Errorf("page %q does not exist, base must be 0: %w", slug, ErrConflict)
		}
	} else {
		if err := checkWritable(p, editor); err != nil {
			return err
		}
		if base != p.Rev {
			return fmt.Errorf("page %q is at revision %d, the edit was made from %d: %w", slug, p.Rev, base, ErrConflict)
		}
		if texts[pageRev{slug, p.Rev}] == body && p.Title == title {
			return fmt.Errorf("page %q: %w", slug, ErrUnchanged)
		}
	}
	rev := write(slug, title, body, summary, editor, 0)
	amigo.Emit("edit", "page", slug, "rev", itoa(rev), "editor", string(editor))
	return nil
}

// Revert makes a new revision of a page with the title and text of an
// earlier revision.
func Revert(slug string, to int, summary string) error {
	editor := amigo.Caller()
	p, ok := pages[slug]
	if !ok {
		return fmt.Errorf("page %q: %w", slug, ErrNotFound)
	}
	if err := checkEditor(editor); err != nil {
		return err
	}
	if err := checkWritable(p, editor); err != nil {
		return err
	}
	old, ok := revisions[pageRev{slug, to}]
	if !ok {
		return fmt.Errorf("page %q, revision %d: %w", slug, to, ErrNotFound)
	}
	if old.Hidden {
		return fmt.Errorf("page %q, revision %d is hidden: %w", slug, to, ErrUnauthorized)
	}
	if err := checkText("summary", summary, MaxSummary, true); err != nil {
		return err
	}
	if strings.ContainsAny(summary, "\r\n") {
		return fmt.Errorf("summary: more than one line: %w", ErrInvalid)
	}
	oldBody := texts[pageRev{slug, to}]
	if texts[pageRev{slug, p.Rev}] == oldBody && p.Title == old.Title {
		return fmt.Errorf("page %q is as revision %d already: %w", slug, to, ErrUnchanged)
	}
	rev := write(slug, old.Title, oldBody, summary, editor, to)
	amigo.Emit("revert", "page", slug, "rev", itoa(rev), "to", itoa(to), "editor", string(editor))
	return nil
}

// Protect lets only moderators edit a page (moderators).
func Protect(slug string) error { return setProtected(slug, true) }

// Unprotect lets everyone edit a page again (moderators).
func Unprotect(slug string) error { return setProtected(slug, false) }

func setProtected(slug string, on bool) error {
	by, err := moderator()
	if err != nil {
		return err
	}
	p, ok := pages[slug]
	if !ok {
		return fmt.Errorf("page %q: %w", slug, ErrNotFound)
	}
	if p.Protected == on {
		return fmt.Errorf("page %q: %w", slug, ErrUnchanged)
	}
	p.Protected = on
	event := "protect"
	if !on {
		event = "unprotect"
	}
	amigo.Emit(event, "page", slug, "moderator", string(by))
	return nil
}

// HideRevision hides an earlier revision of a page from its history
// (moderators); the current revision cannot be hidden: revert it first.
func HideRevision(slug string, rev int, reason string) error {
	by, err := moderator()
	if err != nil {
		return err
	}
	r, p, err := revision(slug, rev)
	if err != nil {
		return err
	}
	if rev == p.Rev {
		return fmt.Errorf("page %q: revision %d is the current one, revert it first: %w", slug, rev, ErrInvalid)
	}
	if r.Hidden {
		return fmt.Errorf("page %q, revision %d is hidden already: %w", slug, rev, ErrUnchanged)
	}
	if err := checkText("reason", reason, MaxSummary, true); err != nil {
		return err
	}
	r.Hidden, r.Reason = true, strings.TrimSpace(reason)
	amigo.Emit("hide_revision", "page", slug, "rev", itoa(rev), "moderator", string(by))
	return nil
}

// ShowRevision shows a hidden revision again (moderators).
func ShowRevision(slug string, rev int) error {
	by, err := moderator()
	if err != nil {
		return err
	}
	r, _, err := revision(slug, rev)
	if err != nil {
		return err
	}
	if !r.Hidden {
		return fmt.Errorf("page %q, revision %d is not hidden: %w", slug, rev, ErrUnchanged)
	}
	r.Hidden, r.Reason = false, ""
	amigo.Emit("show_revision", "page", slug, "rev", itoa(rev), "moderator", string(by))
	return nil
}

// Ban stops a user from editing (moderators). The owner and moderators
// cannot be banned.
func Ban(user amigo.Address, reason string) error { return mod.Ban(amigo.Caller(), user, reason) }

// Unban lifts a ban (moderators).
func Unban(user amigo.Address) error { return mod.Unban(amigo.Caller(), user) }

// AddModerator makes a user a moderator (owner only), lifting any ban.
func AddModerator(user amigo.Address) error { return mod.AddModerator(amigo.Caller(), user) }

// RemoveModerator takes a moderator's rights away (owner only).
func RemoveModerator(user amigo.Address) error { return mod.RemoveModerator(amigo.Caller(), user) }

// SetOwner hands the wiki to another address (owner only).
func SetOwner(newOwner amigo.Address) error { return mod.SetOwner(amigo.Caller(), newOwner) }

// Owner returns the wiki's owner.
func Owner() amigo.Address { return mod.Owner() }

// IsModerator reports whether user may moderate (the owner or a moderator).
func IsModerator(user amigo.Address) bool { return mod.IsModerator(user) }

// GetPage returns a page by slug.
func GetPage(slug string) (Page, error) {
	p, ok := pages[slug]
	if !ok {
		return Page{}, fmt.Errorf("page %q: %w", slug, ErrNotFound)
	}
	return *p, nil
}

// GetRevision returns revision rev of a page (a hidden one without its
// text).
func GetRevision(slug string, rev int) (Revision, error) {
	r, _, err := revision(slug, rev)
	if err != nil {
		return Revision{}, err
	}
	out := *r
	if out.Hidden {
		out.Title, out.Summary = "", ""
	} else {
		out.Body = texts[pageRev{slug, rev}]
	}
	return out, nil
}

// Links returns the slugs of the pages a page links to.
func Links(slug string) ([]string, error) {
	p, ok := pages[slug]
	if !ok {
		return nil, fmt.Errorf("page %q: %w", slug, ErrNotFound)
	}
	return append([]string(nil), p.links...), nil
}

// Slug is the address of the page with this title: lower case letters and
// digits, other runs of characters made one "-", trimmed, at most MaxSlug
// bytes.
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.TrimSpace(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			dash = true
		}
	}
	s := b.String()
	if len(s) > MaxSlug {
		s = s[:MaxSlug]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		s = strings.TrimRight(s, "-")
	}
	return s
}

// write stores a new revision of slug and updates the page, its links and
// the recent changes; it returns the revision's number.
func write(slug, title, body, summary string, editor amigo.Address, revert int) int {
	now := amigo.Now()
	p := pages[slug]
	if p == nil {
		p = &Page{Slug: slug, Created: now, Creator: editor}
		pages[slug] = p
	}
	p.Rev++
	p.Title, p.Updated, p.Editor = title, now, editor
	titles[slug] = title
	revisions[pageRev{slug, p.Rev}] = &Revision{Rev: p.Rev, Title: title, Summary: strings.TrimSpace(summary), Editor: editor, Time: now, Revert: revert}
	texts[pageRev{slug, p.Rev}] = body
	p.links = updateLinks(slug, p.links, linkTargets(body))
	changeSeq++
	changes[-changeSeq] = change{slug, p.Rev}
	return p.Rev
}

// updateLinks records that slug links to the pages in now (sorted) instead
// of those in was, and returns now.
func updateLinks(slug string, was, now []string) []string {
	i, j := 0, 0
	for i < len(was) || j < len(now) {
		switch {
		case j == len(now) || i < len(was) && was[i] < now[j]:
			delete(backlinks[was[i]], slug)
			if len(backlinks[was[i]]) == 0 {
				delete(backlinks, was[i])
			}
			i++
		case i == len(was) || now[j] < was[i]:
			set := backlinks[now[j]]
			if set == nil {
				set = map[string]bool{}
				backlinks[now[j]] = set
			}
			set[slug] = true
			j++
		default:
			i++
			j++
		}
	}
	return now
}

// linkTargets returns the slugs a body links to, sorted, without repeats.
func linkTargets(body string) []string {
	seen := map[string]bool{}
	var out []string
	forEachLink(body, func(target, _ string) {
		if s := Slug(target); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	})
	slices.Sort(out)
	return out
}

// forEachLink calls f with the target and the text of each [[link]] of
// body, outside code blocks.
func forEachLink(body string, f func(target, text string)) {
	inCode := false
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inCode = !inCode
			continue
		}
		if inCode {
			continue
		}
		for {
			_, rest, ok := strings.Cut(line, "[[")
			if !ok {
				break
			}
			inner, after, ok := strings.Cut(rest, "]]")
			if !ok {
				break
			}
			target, text, _ := strings.Cut(inner, "|")
			if text == "" {
				text = target
			}
			f(target, text)
			line = after
		}
	}
}

func revision(slug string, rev int) (*Revision, *Page, error) {
	p, ok := pages[slug]
	if !ok {
		return nil, nil, fmt.Errorf("page %q: %w", slug, ErrNotFound)
	}
	r, ok := revisions[pageRev{slug, rev}]
	if !ok {
		return nil, nil, fmt.Errorf("page %q, revision %d: %w", slug, rev, ErrNotFound)
	}
	return r, p, nil
}

func checkEditor(editor amigo.Address) error {
	if _, ok := mod.Banned(editor); ok {
		return fmt.Errorf("%s: %w", editor, ErrBanned)
	}
	return nil
}

func checkWritable(p *Page, editor amigo.Address) error {
	if p.Protected && !IsModerator(editor) {
		return fmt.Errorf("page %q: %w", p.Slug, ErrProtected)
	}
	return nil
}

// moderator returns the caller if they may moderate.
func moderator() (amigo.Address, error) {
	c := amigo.Caller()
	return c, mod.CheckModerator(c)
}

func checkTitle(title, slug string) error {
	if err := checkText("title", title, MaxTitle, false); err != nil {
		return err
	}
	if strings.ContainsAny(title, "\r\n") {
		return fmt.Errorf("title: more than one line: %w", ErrInvalid)
	}
	if slug == "" {
		return fmt.Errorf("title %q has no letters or digits: %w", title, ErrInvalid)
	}
	return nil
}

// checkText checks text a user wrote: at most max bytes, UTF-8, no control
// characters but line breaks and tabs, and not blank unless it may be
// empty.
func checkText(what, s string, max int, mayBeEmpty bool) error {
	if mayBeEmpty && s == "" {
		return nil
	}
	if err := markdown.CheckText(s, max); err != nil {
		return fmt.Errorf("%s: %v: %w", what, err, ErrInvalid)
	}
	return nil
}

func itoa(i int) string { return strconv.Itoa(i) }
