package wiki

import (
	"strings"

	"markdown"
)

// markup renders a page's body, written in the wiki's markup (see the
// package doc), as markdown. Only the structure the markup defines comes
// out as markdown; all the text is escaped.
func markup(body string) string {
	var b strings.Builder
	ls := lines(body)
	inPara, inList := false, false
	end := func() { // ends the open paragraph or list
		if inPara || inList {
			b.WriteString("\n")
		}
		inPara, inList = false, false
	}
	for i := 0; i < len(ls); i++ {
		line := ls[i]
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "```"):
			end()
			j := i + 1
			for j < len(ls) && !strings.HasPrefix(strings.TrimSpace(ls[j]), "```") {
				j++
			}
			b.WriteString(markdown.CodeBlock(ls[i+1 : j]))
			b.WriteString("\n")
			i = j // the closing line, if any
		case trimmed == "":
			end()
		case heading(trimmed) > 0:
			end()
			level := heading(trimmed)
			b.WriteString(strings.Repeat("#", level+1) + " " + inlineWiki(strings.TrimSpace(trimmed[level+1:])) + "\n\n")
		case strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* "):
			if inPara {
				end()
			}
			inList = true
			b.WriteString("- " + inlineWiki(strings.TrimSpace(trimmed[2:])) + "\n")
		default:
			if inList {
				end()
			}
			inPara = true
			b.WriteString(inlineWiki(trimmed) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// heading is the level of a heading line ("# ", "## ", "### "), or 0.
func heading(line string) int {
	for level := 1; level <= 3; level++ {
		if strings.HasPrefix(line, strings.Repeat("#", level)+" ") {
			return level
		}
	}
	return 0
}

// inlineWiki renders one line of text: [[links]] become links to pages,
// the rest is escaped.
func inlineWiki(s string) string {
	var b strings.Builder
	for {
		before, rest, ok := strings.Cut(s, "[[")
		if !ok {
			break
		}
		inner, after, ok := strings.Cut(rest, "]]")
		if !ok {
			break
		}
		b.WriteString(markdown.EscapeLine(before))
		target, text, _ := strings.Cut(inner, "|")
		if strings.TrimSpace(text) == "" {
			text = target
		}
		if slug := Slug(target); slug != "" {
			if _, exists := pages[slug]; !exists {
				text += " (new page)"
			}
			b.WriteString("[" + markdown.LinkText(text) + "](" + link(pagePath(slug)) + ")")
		} else {
			b.WriteString(markdown.EscapeLine("[[" + inner + "]]"))
		}
		s = after
	}
	b.WriteString(markdown.EscapeLine(s))
	return b.String()
}

// lines splits text into lines, any line ending accepted; "" has none.
func lines(text string) []string {
	if text == "" {
		return nil
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// edit is one line of a diff: ' ' kept, '-' removed, '+' added.
type edit struct {
	kind byte
	line string
}

// diffLines returns a shortest line diff from a to b when the lines that
// differ (between the common head and tail) are few enough to compare
// all pairs of (maxDiffCells), and otherwise a diff that removes all the
// middle of a and adds all the middle of b.
func diffLines(a, b []string) []edit {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	var out []edit
	for _, l := range a[:head] {
		out = append(out, edit{' ', l})
	}
	out = append(out, diffMiddle(a[head:len(a)-tail], b[head:len(b)-tail])...)
	for _, l := range a[len(a)-tail:] {
		out = append(out, edit{' ', l})
	}
	return out
}

// diffMiddle diffs by a longest common subsequence of lines.
func diffMiddle(a, b []string) []edit {
	var out []edit
	n, m := len(a), len(b)
	if n*m > maxDiffCells {
		for _, l := range a {
			out = append(out, edit{'-', l})
		}
		for _, l := range b {
			out = append(out, edit{'+', l})
		}
		return out
	}
	// Lines as numbers, to compare numbers in the table.
	ids := map[string]int32{}
	num := func(ls []string) []int32 {
		out := make([]int32, len(ls))
		for i, l := range ls {
			id, ok := ids[l]
			if !ok {
				id = int32(len(ids))
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	x, y := num(a), num(b)
	// lcs[i*w+j] is the length of a longest common subsequence of a[i:]
	// and b[j:].
	w := m + 1
	lcs := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case x[i] == y[j]:
			out = append(out, edit{' ', a[i]})
			i++
			j++
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			out = append(out, edit{'-', a[i]})
			i++
		default:
			out = append(out, edit{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		out = append(out, edit{'-', a[i]})
	}
	for ; j < m; j++ {
		out = append(out, edit{'+', b[j]})
	}
	return out
}

// diffBlock writes a diff as a code block: changed lines with context
// lines of context around them, "…" where kept lines are left out.
func diffBlock(ops []edit, context int) string {
	show := make([]bool, len(ops))
	for i, o := range ops {
		if o.kind != ' ' {
			for k := max(0, i-context); k <= min(len(ops)-1, i+context); k++ {
				show[k] = true
			}
		}
	}
	var code []string
	skipped := false
	for i, o := range ops {
		if !show[i] {
			skipped = true
			continue
		}
		if skipped && len(code) > 0 {
			code = append(code, "…")
		}
		skipped = false
		code = append(code, string(o.kind)+" "+o.line)
	}
	return markdown.CodeBlock(code)
}
