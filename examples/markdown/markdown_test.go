package markdown

import "testing"

func TestBlock(t *testing.T) {
	// Everything in a line that would be markdown is escaped.
	for in, want := range map[string]string{
		"# Heading":                             "\\# Heading",
		"[link](forum:moderation) and [ref][r]": "\\[link\\](forum:moderation) and \\[ref\\]\\[r\\]",
		"[r]: https://evil.example":             "\\[r\\]: https\\://evil.example",
		"<script>alert(1)</script>":             "\\<script\\>alert(1)\\</script\\>",
		"<https://a.example> www.b.example http://c.example me@d.example": "\\<https\\://a.example\\> www\\.b.example http\\://c.example me\\@d.example",
		"- list item":                "\\- list item",
		"+ list item":                "\\+ list item",
		"1. ordered":                 "1\\. ordered",
		"2) ordered":                 "2\\) ordered",
		"> quote":                    "\\> quote",
		"| a | b |":                  "\\| a \\| b \\|",
		"|---|---|":                  "\\|---\\|---\\|",
		"```":                        "\\`\\`\\`",
		"~~~":                        "\\~\\~\\~",
		"    indented code":          "&nbsp;&nbsp;&nbsp;&nbsp;indented code",
		"\tindented code":            "&nbsp;&nbsp;&nbsp;&nbsp;indented code",
		"***":                        "\\*\\*\\*",
		"===":                        "\\===",
		"&lt;entity&gt; &#60;":       "\\&lt;entity\\&gt; \\&\\#60;",
		"trailing backslash \\":      "trailing backslash \\\\",
		"__strong__ ~~strike~~ _em_": "\\_\\_strong\\_\\_ \\~\\~strike\\~\\~ \\_em\\_",
		"\xff\x01":                   "\uFFFD",
	} {
		if got := Block(in); got != want+"\n" {
			t.Errorf("Block(%q) = %q, want %q", in, got, want+"\n")
		}
	}
	// Blank lines separate paragraphs; CR and CRLF are line breaks.
	got := Block("a\r\nb\rc\n\n\n\nd  \n \t\n e")
	if want := "a  \nb  \nc\n\nd\n\n&nbsp;e\n"; got != want {
		t.Fatalf("Block: got %q, want %q", got, want)
	}
	// Found by rendering random text with goldmark, the explorer's renderer:
	// a line ":-" under text makes a table, "!" before a link an image, and
	// indentation in a list item a code block.
	if got := Block("a\n:-\n-:"); got != "a  \n\\:-  \n\\-:\n" {
		t.Fatalf("Block: got %q", got)
	}
}

func TestInline(t *testing.T) {
	for in, want := range map[string]string{
		"    - x!":                          "\\- x\\!",
		"12. x":                             "12\\. x",
		"a\nb\tc\x01d":                      "a b cd",
		"-x +y =z 3.5 www.x WWW.y a:/b (1)": "\\-x +y =z 3.5 www\\.x WWW\\.y a\\:/b (1)",
		"# [click](https://evil.example) <img> ![i](x) *b* `c` | a |": "\\# \\[click\\](https\\://evil.example) \\<img\\> !\\[i\\](x) \\*b\\* \\`c\\` \\| a \\|",
	} {
		if got := Inline(in); got != want {
			t.Errorf("Inline(%q) = %q, want %q", in, got, want)
		}
	}
	if got := LinkText(" \n "); got != "(blank)" {
		t.Errorf("LinkText of blank = %q", got)
	}
	if got := LinkText("[x]"); got != "\\[x\\]" {
		t.Errorf("LinkText = %q", got)
	}
	// EscapeLine keeps the spaces around; Inline drops them.
	if got := EscapeLine(" - a!"); got != " - a\\!" {
		t.Errorf("EscapeLine = %q", got)
	}
}

func TestCode(t *testing.T) {
	// A backtick in the text cannot end the code span.
	if got := Code("`a``b`"); got != "``` `a``b` ```" {
		t.Fatalf("Code: %s", got)
	}
	if got := Code("amigo call x.F"); got != "`amigo call x.F`" {
		t.Fatalf("Code: %s", got)
	}
	if got := CodeBlock([]string{"a", "````", "b"}); got != "`````\na\n````\nb\n`````\n" {
		t.Fatalf("CodeBlock: %q", got)
	}
	if got := CodeBlock(nil); got != "```\n```\n" {
		t.Fatalf("CodeBlock: %q", got)
	}
}

func TestPathEscape(t *testing.T) {
	if got := PathEscape("amigo1evil)[x](javascript:alert(1)"); got != "amigo1evil%29%5Bx%5D%28javascript%3Aalert%281%29" {
		t.Fatalf("PathEscape: %s", got)
	}
	if got := PathEscape("crème-brûlée_1.~"); got != "cr%C3%A8me-br%C3%BBl%C3%A9e_1.~" {
		t.Fatalf("PathEscape: %s", got)
	}
}

func TestExcerptAndShort(t *testing.T) {
	if got := Excerpt("  a\n\n b  *c*  ", 10); got != "a b \\*c\\*" {
		t.Fatalf("Excerpt: %q", got)
	}
	if got := Excerpt("éééééé", 3); got != "ééé…" {
		t.Fatalf("Excerpt: %q", got)
	}
	if got := Short("amigo1abcdefghijklmnopqrstuvwxyz"); got != "amigo1abcdef…uvwxyz" {
		t.Fatalf("Short: %q", got)
	}
	if got := Short("amigo1alice"); got != "amigo1alice" {
		t.Fatalf("Short: %q", got)
	}
}

func TestCheckText(t *testing.T) {
	for _, c := range []struct {
		s    string
		max  int
		want string
	}{
		{"hello\n\tworld\r\n", 100, ""},
		{"", 10, "empty"},
		{" \n\t", 10, "empty"},
		{"abcdef", 5, "6 bytes, more than 5"},
		{"a\xffb", 10, "not UTF-8"},
		{"a\x00b", 10, "control character U+0000"},
		{"a\x7fb", 10, "control character U+007F"},
	} {
		err := CheckText(c.s, c.max)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("CheckText(%q, %d) = %q, want %q", c.s, c.max, got, c.want)
		}
	}
}
