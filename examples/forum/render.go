package forum

import (
	"amigo"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// pkgPath is the path the forum is deployed at, which its links name
// (forum:...) and its hints call.
func pkgPath() string { return amigo.PkgPath() }

// Items per page.
const (
	threadsPerPage  = 20
	postsPerPage    = 20
	versionsPerPage = 10
	userPerPage     = 20
	listedPerPage   = 100 // moderators and banned users on the moderation page
)

// Render returns the page at path as markdown (see the package doc for the
// paths).
func Render(path string) string {
	path = strings.Trim(path, "/")
	parts := strings.Split(path, "/")
	switch {
	case path == "":
		return renderIndex(1)
	case len(parts) == 2 && parts[0] == "page":
		if n, ok := number(parts[1]); ok {
			return renderIndex(n)
		}
	case parts[0] == "thread" && (len(parts) == 2 || len(parts) == 4 && parts[2] == "page"):
		if id, ok := number(parts[1]); ok {
			return renderThread(id, pageOf(parts, 3))
		}
	case parts[0] == "post" && (len(parts) == 2 || len(parts) == 4 && parts[2] == "page"):
		if id, ok := number(parts[1]); ok {
			return renderPost(id, pageOf(parts, 3))
		}
	case parts[0] == "user" && (len(parts) == 2 || len(parts) == 4 && parts[2] == "page"):
		return renderUser(amigo.Address(parts[1]), pageOf(parts, 3))
	case path == "moderation":
		return renderModeration()
	}
	return notFound("There is no page " + strconv.Quote(path) + ".")
}

func renderIndex(page int) string {
	var b strings.Builder
	b.WriteString("# Forum\n\n")
	fmt.Fprintf(&b, "%s, %s · [moderation](%s)\n\n", plural(visibleThreads, "thread"), plural(lastPost, "post"), link("moderation"))
	pages := pageCount(visibleThreads, threadsPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("The index has %d pages.", pages))
	}
	skip := (page - 1) * threadsPerPage
	shown := 0
	for _, id := range byActivity {
		if skip > 0 {
			skip--
			continue
		}
		if shown == threadsPerPage {
			break
		}
		t := threads[id]
		fmt.Fprintf(&b, "- [%s](%s) · %s · %s, last %s%s\n", inline(t.Title), link(threadPath(t.ID, 1)),
			user(t.Author), plural(t.Posts, "post"), stamp(t.Active), flags(t))
		shown++
	}
	if shown == 0 {
		b.WriteString("No threads yet.\n")
	}
	b.WriteString("\n")
	b.WriteString(pager(page, pages, func(n int) string {
		if n == 1 {
			return link("")
		}
		return link("page/" + itoa(n))
	}))
	fmt.Fprintf(&b, "\nStart a thread: `amigo call %s.NewThread \"Title\" \"Body\"`\n", pkgPath())
	return b.String()
}

func renderThread(id, page int) string {
	t, ok := threads[id]
	if !ok {
		return notFound(fmt.Sprintf("There is no thread %d.", id))
	}
	var b strings.Builder
	if t.Hidden {
		fmt.Fprintf(&b, "# Thread %d\n\n%s\n\nHidden by a moderator%s.\n", id, crumbs(), because(t.Reason))
		return b.String()
	}
	pages := pageCount(t.Posts, postsPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("Thread %d has %d pages.", id, pages))
	}
	fmt.Fprintf(&b, "# %s\n\n", inline(t.Title))
	fmt.Fprintf(&b, "%s › thread %d · started by %s, %s · %s%s\n\n", crumbs(), t.ID, user(t.Author), stamp(t.Created), plural(t.Posts, "post"), flags(t))
	first := (page-1)*postsPerPage + 1
	for seq := first; seq < first+postsPerPage && seq <= t.Posts; seq++ {
		p := posts[byThread[threadSeq{t.ID, seq}]]
		b.WriteString("---\n\n")
		fmt.Fprintf(&b, "### [Post %d](%s) · %s · %s\n\n", seq, link("post/"+itoa(p.ID)), user(p.Author), stamp(p.Created))
		if p.Hidden {
			fmt.Fprintf(&b, "_Hidden by a moderator%s._\n\n", because(p.Reason))
			continue
		}
		b.WriteString(block(p.Body))
		b.WriteString("\n")
		if p.Version > 1 {
			fmt.Fprintf(&b, "_Edited %s · [%s](%s)_\n\n", stamp(p.Edited), plural(p.Version, "version"), link("post/"+itoa(p.ID)))
		}
	}
	b.WriteString("---\n\n")
	b.WriteString(pager(page, pages, func(n int) string { return link(threadPath(t.ID, n)) }))
	if !t.Locked {
		fmt.Fprintf(&b, "\nReply: `amigo call %s.Reply %d \"Body\"`\n", pkgPath(), t.ID)
	}
	return b.String()
}

func renderPost(id, page int) string {
	p, ok := posts[id]
	if !ok {
		return notFound(fmt.Sprintf("There is no post %d.", id))
	}
	t := threads[p.Thread]
	var b strings.Builder
	fmt.Fprintf(&b, "# Post %d\n\n", p.ID)
	where := fmt.Sprintf("thread %d", t.ID)
	if !t.Hidden {
		where = fmt.Sprintf("[%s](%s)", inline(t.Title), link(threadPath(t.ID, (p.Seq-1)/postsPerPage+1)))
	}
	fmt.Fprintf(&b, "%s › %s › post %d · by %s, %s\n\n", crumbs(), where, p.Seq, user(p.Author), stamp(p.Created))
	if p.Hidden || t.Hidden {
		reason := p.Reason
		if t.Hidden {
			reason = t.Reason
		}
		fmt.Fprintf(&b, "Hidden by a moderator%s.\n", because(reason))
		return b.String()
	}
	// Versions newest first: the current one, then the history.
	pages := pageCount(p.Version, versionsPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("Post %d has %d pages of history.", id, pages))
	}
	top := p.Version - (page-1)*versionsPerPage
	for v := top; v > top-versionsPerPage && v >= 1; v-- {
		r, _ := GetRevision(p.ID, v)
		label := "version"
		if v == p.Version {
			label = "current version"
		}
		fmt.Fprintf(&b, "## %s %d · %s\n\n", capitalize(label), v, stamp(r.Time))
		b.WriteString(block(r.Body))
		b.WriteString("\n")
	}
	b.WriteString(pager(page, pages, func(n int) string {
		if n == 1 {
			return link("post/" + itoa(p.ID))
		}
		return link("post/" + itoa(p.ID) + "/page/" + itoa(n))
	}))
	return b.String()
}

func renderUser(u amigo.Address, page int) string {
	n := userPosts[u]
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s · %s", linkText(string(u)), crumbs(), plural(n, "post"))
	if u == owner {
		b.WriteString(" · owner")
	} else if moderators[u] {
		b.WriteString(" · moderator")
	}
	if reason, ok := banned[u]; ok {
		fmt.Fprintf(&b, " · banned%s", because(reason))
	}
	b.WriteString("\n\n")
	pages := pageCount(n, userPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("%s has %d pages of posts.", inline(string(u)), pages))
	}
	top := n - (page-1)*userPerPage
	for i := top; i > top-userPerPage && i >= 1; i-- {
		p := posts[byUser[userSeq{u, i}]]
		t := threads[p.Thread]
		title, excerpt := inline(t.Title), excerptOf(p.Body)
		if t.Hidden {
			title = fmt.Sprintf("thread %d", t.ID)
		}
		if p.Hidden || t.Hidden {
			excerpt = "_hidden_"
		}
		fmt.Fprintf(&b, "- [post %d](%s) in %s, %s: %s\n", p.ID, link("post/"+itoa(p.ID)), title, stamp(p.Created), excerpt)
	}
	if n > 0 {
		b.WriteString("\n")
	}
	b.WriteString(pager(page, pages, func(k int) string {
		if k == 1 {
			return link("user/" + escapePath(string(u)))
		}
		return link("user/" + escapePath(string(u)) + "/page/" + itoa(k))
	}))
	return b.String()
}

func renderModeration() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Moderation\n\n%s\n\nOwner: %s\n\n## Moderators\n\n", crumbs(), user(owner))
	shown := 0
	for m := range moderators {
		if shown == listedPerPage {
			fmt.Fprintf(&b, "- and %d more\n", len(moderators)-shown)
			break
		}
		fmt.Fprintf(&b, "- %s\n", user(m))
		shown++
	}
	if shown == 0 {
		b.WriteString("None but the owner.\n")
	}
	b.WriteString("\n## Banned users\n\n")
	shown = 0
	for u, reason := range banned {
		if shown == listedPerPage {
			fmt.Fprintf(&b, "- and %d more\n", len(banned)-shown)
			break
		}
		fmt.Fprintf(&b, "- %s%s\n", user(u), because(reason))
		shown++
	}
	if shown == 0 {
		b.WriteString("None.\n")
	}
	return b.String()
}

func notFound(msg string) string {
	return "# Not found\n\n" + msg + "\n\n[Back to the forum](" + link("") + ")\n"
}

// link is the markdown link destination of a page of the forum.
func link(path string) string { return pkgPath() + ":" + path }

func threadPath(id, page int) string {
	if page <= 1 {
		return "thread/" + itoa(id)
	}
	return "thread/" + itoa(id) + "/page/" + itoa(page)
}

func crumbs() string { return "[Forum](" + link("") + ")" }

// user is a link to a user's page.
func user(u amigo.Address) string {
	return "[" + linkText(short(string(u))) + "](" + link("user/"+escapePath(string(u))) + ")"
}

// short abbreviates a long address for display.
func short(s string) string {
	if utf8.RuneCountInString(s) <= 20 {
		return s
	}
	r := []rune(s)
	return string(r[:12]) + "…" + string(r[len(r)-6:])
}

func flags(t *Thread) string {
	if t.Locked {
		return " · locked"
	}
	return ""
}

func because(reason string) string {
	if reason == "" {
		return ""
	}
	return ": " + inline(reason)
}

func excerptOf(body string) string {
	s := strings.Join(strings.Fields(body), " ")
	if utf8.RuneCountInString(s) > 80 {
		s = string([]rune(s)[:80]) + "…"
	}
	return inline(s)
}

func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// pager is the line of links between the pages of a list.
func pager(page, pages int, at func(int) string) string {
	if pages <= 1 {
		return ""
	}
	var parts []string
	if page > 1 {
		parts = append(parts, "[« first]("+at(1)+")", "[‹ previous]("+at(page-1)+")")
	}
	parts = append(parts, fmt.Sprintf("page %d of %d", page, pages))
	if page < pages {
		parts = append(parts, "[next ›]("+at(page+1)+")", "[last »]("+at(pages)+")")
	}
	return strings.Join(parts, " · ") + "\n"
}

func pageCount(items, per int) int {
	if items == 0 {
		return 1
	}
	return (items + per - 1) / per
}

// pageOf is the page number in parts[i], 1 if there is none; 0 (no such
// page) if it is not a positive number.
func pageOf(parts []string, i int) int {
	if i >= len(parts) {
		return 1
	}
	n, ok := number(parts[i])
	if !ok {
		return 1 << 62
	}
	return n
}

// number parses a positive decimal number.
func number(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || strconv.Itoa(n) != s {
		return 0, false
	}
	return n, true
}

// escapePath makes s safe in a link destination: bytes other than letters,
// digits and -._~ are percent-encoded.
func escapePath(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
