package forum

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

// pkgPath is the path the forum is deployed at, which its links name
// (forum:...) and its hints call.
func pkgPath() string { return amigo.PkgPath() }

// Items per page.
const (
	threadsPerPage  = 20
	postsPerPage    = 20
	versionsPerPage = 10
	userPerPage     = 20
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
		if n, ok := paging.Number(parts[1]); ok {
			return renderIndex(n)
		}
	case parts[0] == "thread" && (len(parts) == 2 || len(parts) == 4 && parts[2] == "page"):
		if id, ok := paging.Number(parts[1]); ok {
			return renderThread(id, paging.Page(parts, 3))
		}
	case parts[0] == "post" && (len(parts) == 2 || len(parts) == 4 && parts[2] == "page"):
		if id, ok := paging.Number(parts[1]); ok {
			return renderPost(id, paging.Page(parts, 3))
		}
	case parts[0] == "user" && (len(parts) == 2 || len(parts) == 4 && parts[2] == "page"):
		return renderUser(amigo.Address(parts[1]), paging.Page(parts, 3))
	case path == "moderation":
		return renderModeration()
	}
	return notFound("There is no page " + strconv.Quote(path) + ".")
}

func renderIndex(page int) string {
	var b strings.Builder
	b.WriteString("# Forum\n\n")
	fmt.Fprintf(&b, "%s, %s · [moderation](%s)\n\n", plural(visibleThreads, "thread"), plural(lastPost, "post"), link("moderation"))
	pages := paging.Count(visibleThreads, threadsPerPage)
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
		fmt.Fprintf(&b, "- [%s](%s) · %s · %s, last %s%s\n", markdown.Inline(t.Title), link(threadPath(t.ID, 1)),
			user(t.Author), plural(t.Posts, "post"), stamp(t.Active), flags(t))
		shown++
	}
	if shown == 0 {
		b.WriteString("No threads yet.\n")
	}
	b.WriteString("\n")
	b.WriteString(paging.Nav(page, pages, func(n int) string { return link(paging.Path("", "page/", n)) }))
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
		fmt.Fprintf(&b, "# Thread %d\n\n%s\n\nHidden by a moderator%s.\n", id, crumbs(), moderation.Because(t.Reason))
		return b.String()
	}
	pages := paging.Count(t.Posts, postsPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("Thread %d has %d pages.", id, pages))
	}
	fmt.Fprintf(&b, "# %s\n\n", markdown.Inline(t.Title))
	fmt.Fprintf(&b, "%s › thread %d · started by %s, %s · %s%s\n\n", crumbs(), t.ID, user(t.Author), stamp(t.Created), plural(t.Posts, "post"), flags(t))
	first := (page-1)*postsPerPage + 1
	for seq := first; seq < first+postsPerPage && seq <= t.Posts; seq++ {
		p := posts[byThread[threadSeq{t.ID, seq}]]
		b.WriteString("---\n\n")
		fmt.Fprintf(&b, "### [Post %d](%s) · %s · %s\n\n", seq, link("post/"+itoa(p.ID)), user(p.Author), stamp(p.Created))
		if p.Hidden {
			fmt.Fprintf(&b, "_Hidden by a moderator%s._\n\n", moderation.Because(p.Reason))
			continue
		}
		b.WriteString(markdown.Block(p.Body))
		b.WriteString("\n")
		if p.Version > 1 {
			fmt.Fprintf(&b, "_Edited %s · [%s](%s)_\n\n", stamp(p.Edited), plural(p.Version, "version"), link("post/"+itoa(p.ID)))
		}
	}
	b.WriteString("---\n\n")
	b.WriteString(paging.Nav(page, pages, func(n int) string { return link(threadPath(t.ID, n)) }))
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
		where = fmt.Sprintf("[%s](%s)", markdown.Inline(t.Title), link(threadPath(t.ID, (p.Seq-1)/postsPerPage+1)))
	}
	fmt.Fprintf(&b, "%s › %s › post %d · by %s, %s\n\n", crumbs(), where, p.Seq, user(p.Author), stamp(p.Created))
	if p.Hidden || t.Hidden {
		reason := p.Reason
		if t.Hidden {
			reason = t.Reason
		}
		fmt.Fprintf(&b, "Hidden by a moderator%s.\n", moderation.Because(reason))
		return b.String()
	}
	// Versions newest first: the current one, then the history.
	pages := paging.Count(p.Version, versionsPerPage)
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
		b.WriteString(markdown.Block(r.Body))
		b.WriteString("\n")
	}
	at := "post/" + itoa(p.ID)
	b.WriteString(paging.Nav(page, pages, func(n int) string { return link(paging.Path(at, at+"/page/", n)) }))
	return b.String()
}

func renderUser(u amigo.Address, page int) string {
	n := userPosts[u]
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s · %s", markdown.LinkText(string(u)), crumbs(), plural(n, "post"))
	if u == mod.Owner() {
		b.WriteString(" · owner")
	} else if mod.IsModerator(u) {
		b.WriteString(" · moderator")
	}
	if reason, ok := mod.Banned(u); ok {
		fmt.Fprintf(&b, " · banned%s", moderation.Because(reason))
	}
	b.WriteString("\n\n")
	pages := paging.Count(n, userPerPage)
	if page > pages {
		return notFound(fmt.Sprintf("%s has %d pages of posts.", markdown.Inline(string(u)), pages))
	}
	top := n - (page-1)*userPerPage
	for i := top; i > top-userPerPage && i >= 1; i-- {
		p := posts[byUser[userSeq{u, i}]]
		t := threads[p.Thread]
		title, excerpt := markdown.Inline(t.Title), markdown.Excerpt(p.Body, 80)
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
	at := "user/" + markdown.PathEscape(string(u))
	b.WriteString(paging.Nav(page, pages, func(n int) string { return link(paging.Path(at, at+"/page/", n)) }))
	return b.String()
}

func renderModeration() string {
	return "# Moderation\n\n" + crumbs() + "\n\n" + mod.Markdown(user)
}

func notFound(msg string) string {
	return "# Not found\n\n" + msg + "\n\n[Back to the forum](" + link("") + ")\n"
}

// link is the markdown link destination of a page of the forum.
func link(path string) string { return pkgPath() + ":" + path }

func threadPath(id, page int) string {
	at := "thread/" + itoa(id)
	return paging.Path(at, at+"/page/", page)
}

func crumbs() string { return "[Forum](" + link("") + ")" }

// user is a link to a user's page.
func user(u amigo.Address) string {
	return "[" + markdown.LinkText(markdown.Short(string(u))) + "](" + link("user/"+markdown.PathEscape(string(u))) + ")"
}

func flags(t *Thread) string {
	if t.Locked {
		return " · locked"
	}
	return ""
}

func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
