package forum

import (
	"fmt"
	"strings"
	"testing"
	"time"

	atest "amigo/testing"
)

// TestThousandsOfPosts fills the forum with 3,000 posts (a thread of
// 2,005 and 199 more threads of 5) and checks that every page stays one
// page: bounded in size, with working links to the first, last and
// neighbouring pages. (The gas of a post on a node with 10 and with 3,000
// posts is in the report of the examples; amigo test cannot measure it.)
func TestThousandsOfPosts(t *testing.T) {
	reset()
	as(alice)
	big := must(NewThread("The big thread", "post 1"))
	for i := 2; i <= 2005; i++ {
		atest.Advance(time.Second)
		must(Reply(big, fmt.Sprintf("post %d", i)))
	}
	as(bob)
	for i := 1; i <= 199; i++ {
		atest.Advance(time.Second)
		id := must(NewThread(fmt.Sprintf("Thread %d", i), "opening"))
		for j := 0; j < 4; j++ {
			must(Reply(id, "reply"))
		}
	}
	if tc, pc := Stats(); tc != 200 || pc != 3000 {
		t.Fatalf("stats %d %d", tc, pc)
	}

	pages := map[string][]string{
		"": {"200 threads, 3000 posts", "- [Thread 199](forum:thread/200)", "- [Thread 180](forum:thread/181)",
			"page 1 of 10", "[next ›](forum:page/2)", "[last »](forum:page/10)"},
		"page/10": {"- [The big thread](forum:thread/1)", "2005 posts", "page 10 of 10", "[« first](forum:)"},
		"page/5":  {"- [Thread 119](forum:thread/120)", "- [Thread 100](forum:thread/101)", "page 5 of 10"},
		"thread/1": {"# The big thread", "2005 posts", "### [Post 1](forum:post/1) ·", "### [Post 20](forum:post/20) ·", "page 1 of 101",
			"[last »](forum:thread/1/page/101)"},
		"thread/1/page/57":  {"### [Post 1121](forum:post/1121) ·", "post 1140", "[next ›](forum:thread/1/page/58)", "[‹ previous](forum:thread/1/page/56)"},
		"thread/1/page/101": {"### [Post 2005](forum:post/2005) ·", "post 2005", "page 101 of 101"},
		"thread/200":        {"# Thread 199", "### [Post 1](forum:post/2996) ·", "### [Post 5](forum:post/3000) ·"},
		"post/1500":         {"[The big thread](forum:thread/1/page/75) › post 1500", "post 1500"},
		"user/amigo1alice":  {"2005 posts", "[post 2005](forum:post/2005)", "page 1 of 101"},
		"user/amigo1bob":    {"995 posts", "[post 3000](forum:post/3000) in Thread 199", "[last »](forum:user/amigo1bob/page/50)"},
	}
	for path, wants := range pages {
		page := Render(path)
		contains(t, page, wants...)
		if len(page) > 8000 {
			t.Errorf("%q: %d bytes", path, len(page))
		}
	}
	lacks(t, Render("page/5"), "Thread 120]", "Thread 99]")
	lacks(t, Render("thread/1/page/57"), "### [Post 1120](forum:post/1120) ·", "### [Post 1141](forum:post/1141) ·")
	contains(t, Render("page/11"), "# Not found")
	contains(t, Render("thread/1/page/102"), "# Not found")

	// Every link on a page leads to a page that exists.
	for _, path := range []string{"", "page/10", "thread/1/page/57", "user/amigo1bob/page/2", "post/1500"} {
		for _, l := range links(Render(path)) {
			if strings.Contains(Render(l), "# Not found") {
				t.Errorf("%q links to %q, not found", path, l)
			}
		}
	}
}

// links returns the forum pages a markdown page links to.
func links(page string) []string {
	var out []string
	for {
		i := strings.Index(page, "](forum:")
		if i < 0 {
			return out
		}
		page = page[i+len("](forum:"):]
		out = append(out, page[:strings.IndexByte(page, ')')])
	}
}
