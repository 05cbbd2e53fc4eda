// Package paging splits the long lists of Render pages into numbered
// pages: how many there are, which one a path asks for, and the line of
// links between them. It is a library, deployed at the path "paging",
// shared by the forum, the wiki and payments. It has no state.
//
//	parts := strings.Split("thread/12/page/3", "/")
//	page := paging.Page(parts, 3)             // 3
//	pages := paging.Count(posts, 20)          // at least 1
//	if page > pages { /* not found */ }
//	b.WriteString(paging.Nav(page, pages, func(n int) string {
//		return "forum:" + paging.Path("thread/12", "thread/12/page/", n)
//	}))
package paging

import (
	"strconv"
	"strings"
)

// Count is the number of pages of items, per a page: at least 1, the
// first page of an empty list.
func Count(items, per int) int {
	if items == 0 {
		return 1
	}
	return (items + per - 1) / per
}

// Page is the page number in parts[i], the elements of a Render path: 1
// if there is none, and a page past the end of any list if it is not a
// positive number, so that the caller answers "not found".
func Page(parts []string, i int) int {
	if i >= len(parts) {
		return 1
	}
	n, ok := Number(parts[i])
	if !ok {
		return 1 << 62
	}
	return n
}

// Number parses a positive decimal number written as strconv.Itoa writes
// it (no sign, no leading zeros).
func Number(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || strconv.Itoa(n) != s {
		return 0, false
	}
	return n, true
}

// Path is the path of page n of a list whose first page is at first and
// whose other pages are at more followed by their number: Path("recent",
// "recent/", 2) is "recent/2", and page 1 (or less) is "recent".
func Path(first, more string, n int) string {
	if n <= 1 {
		return first
	}
	return more + strconv.Itoa(n)
}

// Nav is the line of links between the pages of a list, with a line break:
// first and previous, "page N of M", next and last; "" when there is one
// page. link returns the link destination of page n.
func Nav(page, pages int, link func(n int) string) string {
	if pages <= 1 {
		return ""
	}
	var parts []string
	if page > 1 {
		parts = append(parts, "[« first]("+link(1)+")", "[‹ previous]("+link(page-1)+")")
	}
	parts = append(parts, "page "+strconv.Itoa(page)+" of "+strconv.Itoa(pages))
	if page < pages {
		parts = append(parts, "[next ›]("+link(page+1)+")", "[last »]("+link(pages)+")")
	}
	return strings.Join(parts, " · ") + "\n"
}
