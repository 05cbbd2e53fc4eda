// Package board is a small message board: posts, a count, and pages that
// link to each other.
package board

import (
	"amigo"
	"strconv"
	"strings"
)

// Post is one message.
type Post struct {
	Title  string
	Body   string
	Author amigo.Address
}

var (
	posts   []*Post
	byTitle = map[string]int{}
	count   int
	latest  *Post
)

// Add posts a message and returns its number.
func Add(title, body string) int {
	p := &Post{Title: title, Body: body, Author: amigo.Caller()}
	posts = append(posts, p)
	latest = p
	count++
	byTitle[title] = count
	amigo.Emit("posted", "id", strconv.Itoa(count), "title", title)
	return count
}

// Count returns the number of posts.
func Count() int { return count }

// Titles returns the titles of the posts, in order.
func Titles() []string {
	var out []string
	for _, p := range posts {
		out = append(out, p.Title)
	}
	return out
}

// Render shows the board ("") or a post ("posts/N").
func Render(path string) string {
	if path == "" {
		var b strings.Builder
		b.WriteString("# Board\n\n")
		b.WriteString(strconv.Itoa(count) + " posts.\n\n")
		for i, p := range posts {
			b.WriteString("- [" + p.Title + "](board:posts/" + strconv.Itoa(i+1) + ")\n")
		}
		return b.String()
	}
	n, err := strconv.Atoi(strings.TrimPrefix(path, "posts/"))
	if err != nil || n < 1 || n > len(posts) {
		return "# Not found\n\nNo post " + path + ". [Back to the board](board:)\n"
	}
	p := posts[n-1]
	return "# " + p.Title + "\n\n" + p.Body + "\n\n[Back to the board](board:) · [next](:posts/" + strconv.Itoa(n+1) + ")\n"
}
