package paging

import (
	"strconv"
	"strings"
	"testing"
)

func TestCount(t *testing.T) {
	for _, c := range [][3]int{{0, 20, 1}, {1, 20, 1}, {20, 20, 1}, {21, 20, 2}, {45, 20, 3}, {1000, 25, 40}} {
		if got := Count(c[0], c[1]); got != c[2] {
			t.Errorf("Count(%d, %d) = %d, want %d", c[0], c[1], got, c[2])
		}
	}
}

func TestPage(t *testing.T) {
	for path, want := range map[string]int{
		"thread/1":                              1,
		"thread/1/page/3":                       3,
		"thread/1/page/0":                       1 << 62,
		"thread/1/page/01":                      1 << 62,
		"thread/1/page/-1":                      1 << 62,
		"thread/1/page/+2":                      1 << 62,
		"thread/1/page/x":                       1 << 62,
		"thread/1/page/99999999999999999999999": 1 << 62,
	} {
		if got := Page(strings.Split(path, "/"), 3); got != want {
			t.Errorf("Page(%q) = %d, want %d", path, got, want)
		}
	}
	if n, ok := Number("42"); !ok || n != 42 {
		t.Errorf("Number(42) = %d, %v", n, ok)
	}
}

func TestPath(t *testing.T) {
	if got := Path("recent", "recent/", 1); got != "recent" {
		t.Errorf("Path 1 = %q", got)
	}
	if got := Path("thread/1", "thread/1/page/", 12); got != "thread/1/page/12" {
		t.Errorf("Path 12 = %q", got)
	}
}

func TestNav(t *testing.T) {
	link := func(n int) string { return "x:page/" + strconv.Itoa(n) }
	for _, c := range []struct {
		page, pages int
		want        string
	}{
		{1, 1, ""},
		{1, 3, "page 1 of 3 · [next ›](x:page/2) · [last »](x:page/3)\n"},
		{2, 3, "[« first](x:page/1) · [‹ previous](x:page/1) · page 2 of 3 · [next ›](x:page/3) · [last »](x:page/3)\n"},
		{3, 3, "[« first](x:page/1) · [‹ previous](x:page/2) · page 3 of 3\n"},
	} {
		if got := Nav(c.page, c.pages, link); got != c.want {
			t.Errorf("Nav(%d, %d) = %q, want %q", c.page, c.pages, got, c.want)
		}
	}
}
