package wiki

import (
	"amigo"
	"fmt"
	"strconv"
	"strings"
	"time"

	"markdown"
	"moderation"
	"paging"
)

// pkgPath is the path the wiki is deployed at, which its links name
// (wiki:...) and its hints call.
func pkgPath() string { return amigo.PkgPath() }

// Items per page of the lists.
const (
	pagesPerPage     = 50
	changesPerPage   = 25
	revisionsPerPage = 25
	backlinksShown   = 50
	homeSlug         = "home"
)

// maxDiffCells bounds the work of a diff: past it, the changed middle of
// two revisions is shown as all removed then all added.
const maxDiffCells = 250_000

// Render returns the page at path as markdown (see the package doc for the
// paths).
func Render(path string) string {
	path = strings.Trim(path, "/")
	parts := strings.Split(path, "/")
	switch {
	case path == "":
		return renderHome()
	case parts[0] == "page" && len(parts) >= 2:
		slug := parts[1]
		switch {
		case len(parts) == 2:
			return renderPage(slug)
		case parts[2] == "history" && len(parts) <= 4:
			return renderHistory(slug, paging.Page(parts, 3))
		case parts[2] == "rev" && len(parts) == 4:
			if n, ok := paging.Number(parts[3]); ok {
				return renderRevision(slug, n)
			}
		case parts[2] == "diff" && len(parts) == 4:
			if n, ok := paging.Number(parts[3]); ok {
				return renderDiff(slug, n)
			}
		}
	case parts[0] == "pages" && len(parts) <= 2:
		return renderIndex(paging.Page(parts, 1))
	case parts[0] == "recent" && len(parts) <= 2:
		return renderRecent(paging.Page(parts, 1))
	case path == "moderation":
		return renderModeration()
	}
	return notFound("There is no page " + markdown.Inline(strconv.Quote(path)) + ".")
}

func renderHome() string {
	var b strings.Builder
	if p, ok := pages[homeSlug]; ok {
		fmt.Fprintf(&b, "# %s\n\n%s\n\n", markdown.Inline(p.Title), nav())
		b.WriteString(markup(texts[pageRev{homeSlug, p.Rev}]))
		fmt.Fprintf(&b, "\n---\n\n_Revision %d by %s, %s · [history](%s)_\n", p.Rev, user(p.Editor), stamp(p.Updated), link(pagePath(homeSlug)+"/history"))
		return b.String()
	}
	fmt.Fprintf(&b, "# Wiki\n\n%s\n\n%s. Write the first: `amigo call %s.Edit \"Home\" \"Welcome to the wiki.\" \"\" 0`\n\n",
		nav(), plural(len(titles), "page"), pkgPath())
	b.WriteString("## Recent changes\n\n")
	writeChanges(&b, 0, 10)
	return b.String()
}

func renderPage(slug string) string {
	var b strings.Builder
	p, ok := pages[slug]
	if !ok {
		fmt.Fprintf(&b, "# %s\n\n%s\n\nThere is no page %s yet. Write it: `amigo call %s.Edit \"Title\" \"Text\" \"\" 0` (a title whose slug is %s).\n",
			markdown.Inline(slug), nav(), markdown.Inline(slug), pkgPath(), markdown.Inline(slug))
		writeBacklinks(&b, slug)
		return b.String()
	}
	fmt.Fprintf(&b, "# %s\n\n%s › %s\n\n", markdown.Inline(p.Title), nav(), markdown.Inline(slug))
	b.WriteString(markup(texts[pageRev{slug, p.Rev}]))
	fmt.Fprintf(&b, "\n---\n\n_Revision %d by %s, %s · [history](%s)", p.Rev, user(p.Editor), stamp(p.Updated), link(pagePath(slug)+"/history"))
	if p.Protected {
		b.WriteString(" · protected")
	}
	b.WriteString("_\n")
	writeBacklinks(&b, slug)
	fmt.Fprintf(&b, "\nEdit: %s\n", markdown.Code(fmt.Sprintf("amigo call %s.Edit %s \"Text\" \"What changed\" %d", pkgPath(), strconv.Quote(p.Title), p.Rev)))
	return b.String()
}

func writeBacklinks(b *strings.Builder, slug string) {
	set := backlinks[slug]
	if len(set) == 0 {
		return
	}
	b.WriteString("\nLinked from: ")
	shown := 0
	for from := range set {
		if shown == backlinksShown {
			fmt.Fprintf(b, " and %d more", len(set)-shown)
			break
		}
		if shown > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(pageLink(from, titles[from]))
		shown++
	}
	b.WriteString("\n")
}

func renderHistory(slug string, page int) string {
	p, ok := pages[slug]
	if !ok {
		return notFound("There is no page " + markdown.Inline(slug) + ".")
	}
	pages := paging.Count(p.Rev, revisionsPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("The history of %s has %d pages.", markdown.Inline(slug), pages))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# History of %s\n\n%s › %s › history · %s\n\n", markdown.Inline(p.Title), nav(), pageLink(slug, p.Title), plural(p.Rev, "revision"))
	top := p.Rev - (page-1)*revisionsPerPage
	for n := top; n > top-revisionsPerPage && n >= 1; n-- {
		r := revisions[pageRev{slug, n}]
		if r.Hidden {
			fmt.Fprintf(&b, "- revision %d · %s · hidden by a moderator%s\n", n, stamp(r.Time), moderation.Because(r.Reason))
			continue
		}
		fmt.Fprintf(&b, "- [revision %d](%s) · %s · %s · [diff](%s)%s\n", n, link(pagePath(slug)+"/rev/"+itoa(n)), stamp(r.Time), user(r.Editor),
			link(pagePath(slug)+"/diff/"+itoa(n)), describe(r))
	}
	b.WriteString("\n")
	at := pagePath(slug) + "/history"
	b.WriteString(paging.Nav(page, pages, func(n int) string { return link(paging.Path(at, at+"/", n)) }))
	return b.String()
}

// describe is a revision's summary and what it reverted to, for lists.
func describe(r *Revision) string {
	s := ""
	if r.Revert > 0 {
		s += fmt.Sprintf(" · reverted to revision %d", r.Revert)
	}
	if r.Summary != "" {
		s += " · " + markdown.Inline(r.Summary)
	}
	return s
}

func renderRevision(slug string, n int) string {
	r, p, err := revision(slug, n)
	if err != nil {
		return notFound(fmt.Sprintf("There is no revision %d of %s.", n, markdown.Inline(slug)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s (revision %d)\n\n%s › %s › revision %d of %d · %s, %s · [diff](%s)%s\n\n", markdown.Inline(r.Title), n, nav(), pageLink(slug, p.Title),
		n, p.Rev, user(r.Editor), stamp(r.Time), link(pagePath(slug)+"/diff/"+itoa(n)), describe(r))
	if r.Hidden {
		fmt.Fprintf(&b, "Hidden by a moderator%s.\n", moderation.Because(r.Reason))
		return b.String()
	}
	b.WriteString(markup(texts[pageRev{slug, n}]))
	return b.String()
}

func renderDiff(slug string, n int) string {
	r, p, err := revision(slug, n)
	if err != nil {
		return notFound(fmt.Sprintf("There is no revision %d of %s.", n, markdown.Inline(slug)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Changes of revision %d of %s\n\n%s › %s › [revision %d](%s) · %s, %s%s\n\n", n, markdown.Inline(p.Title), nav(), pageLink(slug, p.Title),
		n, link(pagePath(slug)+"/rev/"+itoa(n)), user(r.Editor), stamp(r.Time), describe(r))
	var prev *Revision
	if n > 1 {
		prev = revisions[pageRev{slug, n - 1}]
	}
	if r.Hidden || prev != nil && prev.Hidden {
		b.WriteString("A revision of this change is hidden by a moderator.\n")
		return b.String()
	}
	oldTitle, oldText := "", ""
	if prev != nil {
		oldTitle, oldText = prev.Title, texts[pageRev{slug, n - 1}]
	}
	if oldTitle != r.Title {
		if oldTitle == "" {
			fmt.Fprintf(&b, "Created as %s.\n\n", markdown.Inline(strconv.Quote(r.Title)))
		} else {
			fmt.Fprintf(&b, "Title: %s → %s\n\n", markdown.Inline(strconv.Quote(oldTitle)), markdown.Inline(strconv.Quote(r.Title)))
		}
	}
	ops := diffLines(lines(oldText), lines(texts[pageRev{slug, n}]))
	added, removed := 0, 0
	for _, o := range ops {
		switch o.kind {
		case '+':
			added++
		case '-':
			removed++
		}
	}
	fmt.Fprintf(&b, "%s added, %s removed.\n\n", plural(added, "line"), plural(removed, "line"))
	if added+removed > 0 {
		b.WriteString(diffBlock(ops, 3))
	}
	return b.String()
}

func renderIndex(page int) string {
	n := len(titles)
	pages := paging.Count(n, pagesPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("The index has %d pages.", pages))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# All pages\n\n%s · %s\n\n", nav(), plural(n, "page"))
	skip, shown := (page-1)*pagesPerPage, 0
	for slug, title := range titles {
		if skip > 0 {
			skip--
			continue
		}
		if shown == pagesPerPage {
			break
		}
		fmt.Fprintf(&b, "- %s\n", pageLink(slug, title))
		shown++
	}
	if n == 0 {
		b.WriteString("No pages yet.\n")
	}
	b.WriteString("\n")
	b.WriteString(paging.Nav(page, pages, func(n int) string { return link(paging.Path("pages", "pages/", n)) }))
	return b.String()
}

func renderRecent(page int) string {
	pages := paging.Count(changeSeq, changesPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("The recent changes have %d pages.", pages))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Recent changes\n\n%s · %s\n\n", nav(), plural(changeSeq, "change"))
	writeChanges(&b, (page-1)*changesPerPage, changesPerPage)
	b.WriteString("\n")
	b.WriteString(paging.Nav(page, pages, func(n int) string { return link(paging.Path("recent", "recent/", n)) }))
	return b.String()
}

// writeChanges lists n changes, newest first, from the skip-th on. The
// changes are keyed by their sequence number, so these are direct reads.
func writeChanges(b *strings.Builder, skip, n int) {
	shown := 0
	for seq := changeSeq - skip; seq >= 1 && shown < n; seq-- {
		c := changes[-seq]
		r := revisions[pageRev{c.Slug, c.Rev}]
		title, summary := pageLink(c.Slug, titles[c.Slug]), describe(r)
		if r.Hidden {
			summary = " · hidden"
		}
		fmt.Fprintf(b, "- %s · %s revision %d by %s · [diff](%s)%s\n", stamp(r.Time), title, c.Rev, user(r.Editor),
			link(pagePath(c.Slug)+"/diff/"+itoa(c.Rev)), summary)
		shown++
	}
	if shown == 0 {
		b.WriteString("No changes yet.\n")
	}
}

func renderModeration() string {
	return "# Moderation\n\n" + nav() + "\n\n" + mod.Markdown(user)
}

func notFound(msg string) string {
	return "# Not found\n\n" + msg + "\n\n" + nav() + "\n"
}

func nav() string {
	return "[Wiki](" + link("") + ") · [all pages](" + link("pages") + ") · [recent changes](" + link("recent") + ")"
}

// link is the markdown link destination of a page of the wiki.
func link(path string) string { return pkgPath() + ":" + path }

func pagePath(slug string) string { return "page/" + markdown.PathEscape(slug) }

// pageLink links to a page by its title.
func pageLink(slug, title string) string {
	if title == "" {
		title = slug
	}
	return "[" + markdown.LinkText(title) + "](" + link(pagePath(slug)) + ")"
}

// user shows an address (the wiki has no pages of users).
func user(u amigo.Address) string { return markdown.Inline(markdown.Short(string(u))) }

func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}
