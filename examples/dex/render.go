package dex

import (
	"amigo"
	"strconv"
	"strings"

	"token"
)

// Render returns the markdown page path: "" (the pools), "pool/NAME" (a
// pool: reserves, price, the oracle's price, its liquidity providers) or
// "lp/NAME/PAGE" (the pages of a pool's LP share token: "lp/NAME/",
// "lp/NAME/holders", "lp/NAME/account/ADDRESS").
func Render(path string) string {
	switch {
	case path == "":
		return renderHome()
	case strings.HasPrefix(path, "pool/"):
		if p := pools[strings.TrimPrefix(path, "pool/")]; p != nil {
			return renderPool(p)
		}
	case strings.HasPrefix(path, "lp/"):
		rest := strings.TrimPrefix(path, "lp/")
		for name, p := range pools {
			if page, ok := strings.CutPrefix(rest, name+"/"); ok {
				return p.lp.Render(Path+":lp/"+name+"/", page) +
					"\n[Back to the " + name + " pool](" + Path + ":pool/" + name + ")\n"
			}
		}
	}
	return "# Not found\n\nNo page " + token.Escape(path) + " here. [The dex](" + Path + ":)\n"
}

func renderHome() string {
	var b strings.Builder
	b.WriteString("# Dex\n\nConstant-product pools (x·y = k) with a " + bps(FeeBps) + " fee on swaps, kept by the liquidity providers.\n\n")
	b.WriteString("| Pool | Reserves | Price | LP shares |\n|---|---|---:|---:|\n")
	for _, p := range pools {
		price := "–"
		if v, err := p.price(); err == nil {
			price = token.FormatAmount(v, p.quoteDec) + " " + p.quoteSym
		}
		b.WriteString("| [" + p.name + "](" + Path + ":pool/" + p.name + ") | " + amount(p.r.base, p.baseDec, p.baseSym) + " + " + amount(p.r.quote, p.quoteDec, p.quoteSym) +
			" | " + price + " | " + p.lp.Format(p.lp.TotalSupply()) + " |\n")
	}
	b.WriteString("\nTo trade, approve the dex's address `" + string(amigo.Self()) + "` on the token you sell, then call `" + Path + ".Swap`.\n")
	return b.String()
}

func renderPool(p *pool) string {
	var b strings.Builder
	b.WriteString("# " + p.name + "\n\n[Dex](" + Path + ":) · base [" + p.baseSym + "](" + tokenPage(p.baseSym) + ") · quote [" + p.quoteSym + "](" + tokenPage(p.quoteSym) + ")\n\n")
	b.WriteString("| | |\n|---|---|\n")
	b.WriteString("| Reserves | " + amount(p.r.base, p.baseDec, p.baseSym) + " and " + amount(p.r.quote, p.quoteDec, p.quoteSym) + " |\n")
	if v, err := p.price(); err == nil {
		b.WriteString("| Price | 1 " + p.baseSym + " = " + token.FormatAmount(v, p.quoteDec) + " " + p.quoteSym + " |\n")
		if inv, err := MulDiv(p.r.base, pow10(p.quoteDec), p.r.quote); err == nil {
			b.WriteString("| | 1 " + p.quoteSym + " = " + token.FormatAmount(inv, p.baseDec) + " " + p.baseSym + " |\n")
		}
	} else {
		b.WriteString("| Price | none yet: the first deposit sets it |\n")
	}
	b.WriteString("| Fee | " + bps(p.feeBps) + " of the input |\n")
	b.WriteString("| LP shares | [" + p.lp.Format(p.lp.TotalSupply()) + "](" + Path + ":lp/" + p.name + "/), " + strconv.Itoa(p.lp.Holders()) + " holders |\n")

	b.WriteString("\n## Oracle\n\n")
	if c, err := p.checkOracle(); err != nil {
		b.WriteString("No oracle price: " + token.Escape(err.Error()) + ".\n")
	} else {
		fresh := "fresh"
		if !c.Fresh {
			fresh = "**stale**"
		}
		b.WriteString("The [oracle](oracle:feed/" + p.name + ") says 1 " + p.baseSym + " = " + token.FormatAmount(c.OraclePrice, p.quoteDec) + " " + p.quoteSym +
			" (round " + strconv.FormatUint(c.Round, 10) + ", " + strconv.FormatInt(c.Age, 10) + "s old, " + fresh + ")")
		if c.PoolPrice > 0 {
			b.WriteString("; the pool is " + bps(c.DeviationBps) + " away from it")
		}
		b.WriteString(".\n")
	}

	b.WriteString("\n## Liquidity providers\n\n")
	n := 0
	self := amigo.Self()
	for who, shares := range p.lp.Ranked() {
		if n == 0 {
			b.WriteString("| Provider | Shares | Of the pool |\n|---|---:|---:|\n")
		}
		if n == 10 {
			b.WriteString("\n[All providers](" + Path + ":lp/" + p.name + "/holders)\n")
			break
		}
		n++
		label := token.AccountLink(Path+":lp/"+p.name+"/", who)
		if who == self {
			label += " (locked forever)"
		}
		b.WriteString("| " + label + " | " + p.lp.Format(shares) + " | " + token.Percent(shares, p.lp.TotalSupply()) + " |\n")
	}
	if n == 0 {
		b.WriteString("None yet.\n")
	}

	b.WriteString("\n## Use it\n\nApprove the dex (`" + string(amigo.Self()) + "`) on the tokens, then:\n\n```\n")
	if q, err := p.quoteSwap(p.baseSym, pow10(p.baseDec)); err == nil {
		b.WriteString("amigo call " + Path + ".Swap " + p.name + " " + p.baseSym + " " + u(pow10(p.baseDec)) + " " + u(q.AmountOut*99/100) +
			"   # sell 1 " + p.baseSym + " for ~" + token.FormatAmount(q.AmountOut, p.quoteDec) + " " + p.quoteSym + ", at most 1% less\n")
	}
	b.WriteString("amigo call " + Path + ".AddLiquidity " + p.name + " MAX_" + p.baseSym + " MAX_" + p.quoteSym + " MIN_SHARES\n")
	b.WriteString("amigo call " + Path + ".RemoveLiquidity " + p.name + " SHARES MIN_" + p.baseSym + " MIN_" + p.quoteSym + "\n```\n")
	return b.String()
}

// tokenPage links the known token packages by symbol.
func tokenPage(sym string) string {
	switch sym {
	case "AMG":
		return token.Path + ":"
	case "GOLD":
		return "token/gold:"
	}
	return Path + ":"
}

func amount(v uint64, decimals int, sym string) string {
	return token.FormatAmount(v, decimals) + " " + sym
}

func bps(v uint64) string { return token.FormatAmount(v, 2) + "%" }
