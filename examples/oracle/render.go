package oracle

import (
	"strconv"
	"strings"
	"time"
)

// Render returns the markdown page path: "" (feeds, reporters and
// settings), "feed/NAME" (latest answer, open round, recent rounds) or
// "feed/NAME/round/N" (one round's reports).
func Render(path string) string {
	switch {
	case path == "":
		return renderHome()
	case strings.HasPrefix(path, "feed/"):
		rest := strings.TrimPrefix(path, "feed/")
		if i := strings.LastIndex(rest, "/round/"); i >= 0 {
			n, err := strconv.ParseUint(rest[i+len("/round/"):], 10, 64)
			if f := feeds[rest[:i]]; f != nil && err == nil {
				return renderRound(f, n)
			}
			return notFound(path)
		}
		if f := feeds[rest]; f != nil {
			return renderFeed(f)
		}
	}
	return notFound(path)
}

func notFound(path string) string {
	return "# Not found\n\nNo page " + escape(path) + " here. [The oracle](" + Path + ":)\n"
}

func feedLink(f *feed) string { return "[" + f.name + "](" + Path + ":feed/" + f.name + ")" }

func roundLink(f *feed, n uint64) string {
	s := strconv.FormatUint(n, 10)
	return "[" + s + "](" + Path + ":feed/" + f.name + "/round/" + s + ")"
}

func renderHome() string {
	var b strings.Builder
	b.WriteString("# Oracle\n\n")
	b.WriteString("Reporters report values round by round; a round closes with the median of its reports once " +
		strconv.Itoa(cfg.quorum) + " of the " + strconv.Itoa(cfg.reporters) + " reporters have reported. " +
		"Answers older than " + (time.Duration(cfg.maxAge) * time.Second).String() + " are stale.\n\n")
	b.WriteString("## Feeds\n\n")
	if len(feeds) == 0 {
		b.WriteString("No feeds yet.\n")
	} else {
		b.WriteString("| Feed | Latest | Round | Closed | Status | Open round |\n|---|---:|---:|---|---|---|\n")
		for _, f := range feeds {
			b.WriteString("| " + feedLink(f) + " | ")
			if f.latest == 0 {
				b.WriteString("– | – | – | no answer yet")
			} else {
				a := f.answers[f.latest]
				b.WriteString(formatValue(a.Value, f.decimals) + " | " + roundLink(f, a.Round) + " | " + age(a.Time) + " ago | " + status(a.Time))
			}
			b.WriteString(" | " + strconv.FormatUint(f.round, 10) + ": " + strconv.Itoa(len(f.valid())) + "/" + strconv.Itoa(cfg.quorum) + " reports |\n")
		}
	}
	b.WriteString("\n## Reporters\n\n")
	if cfg.reporters == 0 {
		b.WriteString("None yet: the owner adds them with `amigo call " + Path + ".AddReporter ADDRESS`.\n")
	}
	for r := range reporters {
		b.WriteString("- " + escape(string(r)) + "\n")
	}
	b.WriteString("\nOwner: " + escape(string(cfg.owner)) + "\n")
	return b.String()
}

func status(unix int64) string {
	if stale(unix) {
		return "**stale**"
	}
	return "fresh"
}

func renderFeed(f *feed) string {
	var b strings.Builder
	b.WriteString("# " + f.name + "\n\n[Oracle](" + Path + ":) · values with " + strconv.Itoa(f.decimals) + " decimals\n\n")
	if f.latest == 0 {
		b.WriteString("No answer yet.\n")
	} else {
		a := f.answers[f.latest]
		b.WriteString("**" + formatValue(a.Value, f.decimals) + "** (" + status(a.Time) + "), round " + roundLink(f, a.Round) +
			", closed " + time.Unix(a.Time, 0).UTC().Format(time.RFC3339) + " (" + age(a.Time) + " ago) with " + strconv.Itoa(len(a.Reports)) + " reports.\n")
	}
	b.WriteString("\n## Open round " + strconv.FormatUint(f.round, 10) + "\n\n")
	rs := f.valid()
	b.WriteString(strconv.Itoa(len(rs)) + " of " + strconv.Itoa(cfg.quorum) + " reports needed to close it")
	if len(rs) > 0 {
		b.WriteString(":\n\n| Reporter | Value |\n|---|---:|\n")
		for _, r := range rs {
			b.WriteString("| " + escape(string(r.Reporter)) + " | " + formatValue(r.Value, f.decimals) + " |\n")
		}
	} else {
		b.WriteString(".\n")
	}
	if f.latest > 0 {
		b.WriteString("\n## Recent rounds\n\n| Round | Answer | Reports | Closed |\n|---:|---:|---:|---|\n")
		for n := f.latest; n > 0 && n+10 > f.latest; n-- {
			a := f.answers[n]
			b.WriteString("| " + roundLink(f, n) + " | " + formatValue(a.Value, f.decimals) + " | " + strconv.Itoa(len(a.Reports)) + " | " + time.Unix(a.Time, 0).UTC().Format(time.RFC3339) + " |\n")
		}
	}
	return b.String()
}

func renderRound(f *feed, n uint64) string {
	var b strings.Builder
	b.WriteString("# " + f.name + " round " + strconv.FormatUint(n, 10) + "\n\n[" + f.name + "](" + Path + ":feed/" + f.name + ")\n\n")
	a := f.answers[n]
	if a == nil {
		if n == f.round {
			b.WriteString("This round is open: " + strconv.Itoa(len(f.valid())) + " of " + strconv.Itoa(cfg.quorum) + " reports.\n")
		} else {
			b.WriteString("No such round.\n")
		}
		return b.String()
	}
	b.WriteString("Answer **" + formatValue(a.Value, f.decimals) + "**, the median of " + strconv.Itoa(len(a.Reports)) +
		" reports, closed " + time.Unix(a.Time, 0).UTC().Format(time.RFC3339) + ".\n\n| Reporter | Value |\n|---|---:|\n")
	for _, r := range a.Reports {
		b.WriteString("| " + escape(string(r.Reporter)) + " | " + formatValue(r.Value, f.decimals) + " |\n")
	}
	var nav []string
	if n > 1 {
		nav = append(nav, "[← round "+strconv.FormatUint(n-1, 10)+"]("+Path+":feed/"+f.name+"/round/"+strconv.FormatUint(n-1, 10)+")")
	}
	if n < f.latest {
		nav = append(nav, "[round "+strconv.FormatUint(n+1, 10)+" →]("+Path+":feed/"+f.name+"/round/"+strconv.FormatUint(n+1, 10)+")")
	}
	if len(nav) > 0 {
		b.WriteString("\n" + strings.Join(nav, " · ") + "\n")
	}
	return b.String()
}

// formatValue writes v with decimals as a decimal number: 2500000 with 6
// decimals is "2.5".
func formatValue(v uint64, decimals int) string {
	s := strconv.FormatUint(v, 10)
	if decimals == 0 {
		return s
	}
	for len(s) <= decimals {
		s = "0" + s
	}
	whole, frac := s[:len(s)-decimals], strings.TrimRight(s[len(s)-decimals:], "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune("\\`*_{}[]()<>#+-.!|~&\"'\n\r", r) {
			if r == '\n' || r == '\r' {
				b.WriteByte(' ')
				continue
			}
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
