package token

import (
	"amigo"
	"math/bits"
	"strconv"
	"strings"
)

// PageSize is the number of holders on a page of Render("holders/N").
const PageSize = 25

// Render returns the markdown page path of the token. Pages: "" (supply
// and top holders), "holders" and "holders/N" (holders by balance,
// [PageSize] a page), "account/ADDRESS" (a balance and the allowances the
// account granted).
//
// Links between the pages are prefix followed by the page's path: a
// package whose Render(path) is the token's pages passes "PKG:" (links
// "PKG:holders"); one that shows them under a sub-path passes, say,
// "dex:lp/GOLD/AMG/" and strips that sub-path before calling Render.
func (t *Token) Render(prefix, path string) string {
	pkg := prefix // every link is pkg + a page path
	var b strings.Builder
	switch {
	case path == "":
		t.renderHome(&b, pkg)
	case path == "holders":
		t.renderHolders(&b, pkg, 1)
	case strings.HasPrefix(path, "holders/"):
		n, err := strconv.Atoi(strings.TrimPrefix(path, "holders/"))
		if err != nil || n < 1 {
			return notFound(pkg, path)
		}
		t.renderHolders(&b, pkg, n)
	case strings.HasPrefix(path, "account/"):
		who := amigo.Address(strings.TrimPrefix(path, "account/"))
		if !ValidAddress(who) {
			return notFound(pkg, path)
		}
		t.renderAccount(&b, pkg, who)
	default:
		return notFound(pkg, path)
	}
	return b.String()
}

func (t *Token) renderHome(b *strings.Builder, pkg string) {
	b.WriteString("# " + Escape(t.name) + " (" + t.symbol + ")\n\n")
	b.WriteString("| | |\n|---|---|\n")
	b.WriteString("| Total supply | " + t.Format(t.supply) + " |\n")
	b.WriteString("| Decimals | " + strconv.Itoa(t.decimals) + " |\n")
	b.WriteString("| Holders | " + strconv.Itoa(t.holders) + " |\n")
	b.WriteString("| Owner | " + AccountLink(pkg, t.owner) + " |\n\n")
	b.WriteString("## Top holders\n\n")
	t.holderTable(b, pkg, 0, 10)
	if t.holders > 10 {
		b.WriteString("\n[All " + strconv.Itoa(t.holders) + " holders](" + pkg + "holders)\n")
	}
}

func (t *Token) renderHolders(b *strings.Builder, pkg string, page int) {
	pages := max(1, (t.holders+PageSize-1)/PageSize)
	b.WriteString("# " + t.symbol + " holders\n\n")
	b.WriteString("[" + Escape(t.name) + "](" + pkg + ") · page " + strconv.Itoa(page) + " of " + strconv.Itoa(pages) + "\n\n")
	if page > pages {
		b.WriteString("No holders on this page.\n")
	} else {
		t.holderTable(b, pkg, (page-1)*PageSize, PageSize)
	}
	var nav []string
	if page > 1 {
		nav = append(nav, "[← previous]("+pkg+"holders/"+strconv.Itoa(min(page-1, pages))+")")
	}
	if page < pages {
		nav = append(nav, "[next →]("+pkg+"holders/"+strconv.Itoa(page+1)+")")
	}
	if len(nav) > 0 {
		b.WriteString("\n" + strings.Join(nav, " · ") + "\n")
	}
}

// holderTable writes n holders by rank from skip on. Ranging over the
// ranking reads the skipped entries too: a deep page costs its depth.
func (t *Token) holderTable(b *strings.Builder, pkg string, skip, n int) {
	if t.holders == 0 {
		b.WriteString("No holders yet.\n")
		return
	}
	b.WriteString("| # | Account | Balance | Share |\n|---:|---|---:|---:|\n")
	i := 0
	for who, bal := range t.Ranked() {
		i++
		if i <= skip {
			continue
		}
		if i > skip+n {
			break
		}
		b.WriteString("| " + strconv.Itoa(i) + " | " + AccountLink(pkg, who) + " | " + t.Format(bal) + " | " + Percent(bal, t.supply) + " |\n")
	}
}

func (t *Token) renderAccount(b *strings.Builder, pkg string, who amigo.Address) {
	bal := t.balances[who]
	b.WriteString("# " + Escape(string(who)) + "\n\n")
	b.WriteString("[" + Escape(t.name) + "](" + pkg + ") account\n\n")
	b.WriteString("| | |\n|---|---|\n")
	b.WriteString("| Balance | " + t.Format(bal) + " |\n")
	b.WriteString("| Share of supply | " + Percent(bal, t.supply) + " |\n")
	if who == t.owner {
		b.WriteString("| Role | owner (may mint and burn) |\n")
	}
	b.WriteString("\n## Allowances granted\n\n")
	n := 0
	for spender, amount := range t.Allowances(who) {
		if n == 0 {
			b.WriteString("| Spender | May spend |\n|---|---:|\n")
		}
		if n == 50 {
			b.WriteString("| … | |\n")
			break
		}
		n++
		s := t.Format(amount)
		if amount == Unlimited {
			s = "unlimited"
		}
		b.WriteString("| " + AccountLink(pkg, spender) + " | " + s + " |\n")
	}
	if n == 0 {
		b.WriteString("None.\n")
	}
}

func notFound(pkg, path string) string {
	return "# Not found\n\nNo page " + Escape(path) + " here. [Back to the token](" + pkg + ")\n"
}

// AccountLink is a markdown link to the account page of who, for pages
// whose links start with prefix (see Render).
func AccountLink(prefix string, who amigo.Address) string {
	if !ValidAddress(who) {
		return Escape(string(who))
	}
	return "[" + Escape(string(who)) + "](" + prefix + "account/" + string(who) + ")"
}

// Percent writes part/whole as a percentage with two decimals, rounded
// down: "12.34%".
func Percent(part, whole uint64) string {
	if whole == 0 {
		return "0%"
	}
	hi, lo := bits.Mul64(part, 10000)
	if hi >= whole {
		return "100%+"
	}
	bp, _ := bits.Div64(hi, lo, whole)
	return FormatAmount(bp, 2) + "%"
}

// Escape makes text safe to put in markdown: every ASCII punctuation
// character is backslash-escaped and line breaks become spaces.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x80 && strings.ContainsRune("\\`*_{}[]()<>#+-.!|~&\"'", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
