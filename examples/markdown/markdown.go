// Package markdown makes what users write safe to show on a Render page.
// It is a library, deployed at the path "markdown", shared by the forum,
// the wiki and payments.
//
// Users write plain text; a Render page is markdown. Everything a user
// wrote goes through [Inline] (one line: a title, a name, link text) or
// [Block] (several lines: a post's body), which escape it so that it
// displays as written and can neither change the structure of the page
// (headings, lists, tables, quotes, code) nor make a link, an image, an
// autolink or HTML. [Code] and [CodeBlock] fence text as code that no line
// of it can close, and [PathEscape] makes text safe in a link's
// destination. [CheckText] is the check of what may be written at all.
//
// The package has no state: deploy it once and import it.
package markdown

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Inline returns s as markdown text for one line: a title in a heading or
// a list item, a name in a link's text. Line breaks become spaces; spaces
// around are dropped (indentation would make a code block).
func Inline(s string) string {
	return EscapeLine(strings.TrimSpace(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)))
}

// LinkText returns s as the text of a link: [Inline], and never blank
// (GFM reads "[ ]" at the start of a list item as a task's checkbox).
func LinkText(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(blank)"
	}
	return Inline(s)
}

// Block returns s, text of several lines, as markdown paragraphs that
// keep its line breaks (hard breaks), blank lines (paragraph breaks) and
// leading spaces (as no-break spaces).
func Block(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	lines := strings.Split(s, "\n")
	para := false // a paragraph is open
	for i, line := range lines {
		if strings.TrimSpace(line) == "" {
			if para {
				b.WriteString("\n")
				para = false
			}
			continue
		}
		para = true
		indent := 0
		for indent < len(line) && (line[indent] == ' ' || line[indent] == '\t') {
			if line[indent] == '\t' {
				b.WriteString("&nbsp;&nbsp;&nbsp;&nbsp;")
			} else {
				b.WriteString("&nbsp;")
			}
			indent++
		}
		escapeLine(&b, strings.TrimRight(line[indent:], " \t"))
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			// A hard line break: two spaces, not a backslash, which goldmark
			// (the explorer's renderer) misreads after an escaped backslash.
			b.WriteString("  ")
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// EscapeLine returns s, one line without indentation, escaped: the
// characters that are markdown anywhere in a line always, and those that
// are markdown only at the start of a line (list markers, setext
// underlines, table delimiter rows) or in a pattern (ordered list markers,
// autolinks) where they would be. Control characters are dropped and tabs
// become spaces. It is [Inline] for text that is already one line, such
// as the pieces between the links a page's own markup makes.
func EscapeLine(s string) string {
	var b strings.Builder
	escapeLine(&b, s)
	return b.String()
}

func escapeLine(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString("\uFFFD")
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f:
			// control characters are dropped
		case strings.ContainsRune("\\`*_[]<>#|~&@", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case i == 0 && strings.ContainsRune("-+=:", r):
			b.WriteByte('\\') // list items, setext underlines, table delimiter rows
			b.WriteRune(r)
		case (r == '.' || r == ')') && i > 0 && allDigits(s[:i]):
			b.WriteByte('\\') // "1." and "1)" start ordered lists
			b.WriteRune(r)
		case r == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"):
			b.WriteByte('\\') // "www." starts an autolink
			b.WriteRune(r)
		case r == '!' && i+size == len(s):
			b.WriteByte('\\') // "!" before a link that follows makes an image
			b.WriteRune(r)
		case r == ':' && i+1 < len(s) && s[i+1] == '/':
			b.WriteByte('\\') // "http://" starts an autolink
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		i += size
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Code returns s, one line, as inline code: delimited by more backticks
// than any run in s, so that s cannot end it.
func Code(s string) string {
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// CodeBlock returns lines as a fenced code block, with more backticks
// than any line holds, so that no line can close it.
func CodeBlock(lines []string) string {
	longest := 0
	for _, l := range lines {
		longest = max(longest, longestRun(l, '`'))
	}
	fence := strings.Repeat("`", max(3, longest+1))
	var b strings.Builder
	b.WriteString(fence + "\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	b.WriteString(fence + "\n")
	return b.String()
}

// longestRun is the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// PathEscape makes s safe in a link destination: bytes other than ASCII
// letters, digits and -._~ are percent-encoded.
func PathEscape(s string) string {
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

// Excerpt returns the start of s, at most n characters with its runs of
// spaces and line breaks made one space, and "…" if it was cut, as
// [Inline] text.
func Excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		s = string(r[:n]) + "…"
	}
	return Inline(s)
}

// Short abbreviates a long address (more than 20 characters) for display:
// its first 12 characters, "…" and its last 6. It does not escape.
func Short(s string) string {
	if utf8.RuneCountInString(s) <= 20 {
		return s
	}
	r := []rune(s)
	return string(r[:12]) + "…" + string(r[len(r)-6:])
}

// CheckText checks text a user wrote: not blank, at most max bytes,
// UTF-8, and no control characters but line breaks and tabs. Its error
// says what is wrong ("empty", "not UTF-8"...), for the caller to wrap
// with what the text is and an error of its own.
func CheckText(s string, max int) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("empty")
	}
	if len(s) > max {
		return fmt.Errorf("%d bytes, more than %d", len(s), max)
	}
	if !utf8.ValidString(s) {
		return errors.New("not UTF-8")
	}
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r == 0x7f {
			return fmt.Errorf("control character %U", r)
		}
	}
	return nil
}
