package payments

import (
	"strings"
	"unicode/utf8"
)

// Users write plain text; Render writes markdown. Everything a user wrote
// goes through inline or block, which escape it so that it displays as
// written and can neither change the structure of the page (headings,
// lists, tables, quotes, code) nor make a link, an image, an autolink or
// HTML. (The same helpers are in examples/forum and examples/wiki,
// so that each package deploys on its own.)

// inline returns s as markdown text for one line: a title in a heading or a
// list item, a name in a link's text. Line breaks become spaces; spaces
// around are dropped (indentation would make a code block).
func inline(s string) string {
	var b strings.Builder
	escapeLine(&b, strings.TrimSpace(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)))
	return b.String()
}

// linkText returns s as the text of a link: inline, and never blank
// (GFM reads "[ ]" at the start of a list item as a task's checkbox).
func linkText(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(blank)"
	}
	return inline(s)
}

// block returns s, text of several lines, as markdown paragraphs that
// keep its line breaks (hard breaks), blank lines (paragraph breaks) and
// leading spaces (as no-break spaces).
func block(s string) string {
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

// escapeLine writes s, one line without indentation, escaped: the
// characters that are markdown anywhere in a line always, and those that
// are markdown only at the start of a line (list markers, setext
// underlines, table delimiter rows) or in a pattern (ordered list markers,
// autolinks) where they would be.
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
