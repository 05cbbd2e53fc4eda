package payments

import (
	"amigo"
	"fmt"
	"strconv"
	"strings"
	"time"

	"markdown"
	"paging"
	"token"
)

// pkgPath is the path this package is deployed at, which its links name
// (payments:...) and its hints call.
func pkgPath() string { return amigo.PkgPath() }

const (
	perPage     = 20 // invoices on a page of a list
	perAccount  = 10 // of each list on an account's page
	excerptRune = 60
)

// Render returns the page at path as markdown (see the package doc for the
// paths).
func Render(path string) string {
	path = strings.Trim(path, "/")
	parts := strings.Split(path, "/")
	switch {
	case path == "":
		return renderHome(1)
	case len(parts) == 2 && parts[0] == "page":
		if n, ok := paging.Number(parts[1]); ok {
			return renderHome(n)
		}
	case len(parts) == 2 && parts[0] == "invoice":
		if id, ok := paging.Number(parts[1]); ok {
			return renderInvoice(id)
		}
	case len(parts) == 2 && parts[0] == "account":
		return renderAccount(amigo.Address(parts[1]))
	case len(parts) == 3 && (parts[0] == "issued" || parts[0] == "billed"):
		if n, ok := paging.Number(parts[2]); ok {
			return renderList(parts[0], amigo.Address(parts[1]), n)
		}
	}
	return notFound("There is no page " + markdown.Inline(strconv.Quote(path)) + ".")
}

func renderHome(page int) string {
	pages := paging.Count(lastID, perPage)
	if page > pages {
		return notFound(fmt.Sprintf("The invoices fill %d pages.", pages))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Payments\n\nInvoices paid in %s, held in escrow until the payer releases them or the deadline passes.\n\n", markdown.Inline(token.Symbol()))
	b.WriteString("| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| Invoices | %d |\n", lastID)
	fmt.Fprintf(&b, "| In escrow | %s |\n", money(escrowed))
	fmt.Fprintf(&b, "| Released to payees | %s |\n", money(volume))
	fmt.Fprintf(&b, "| Escrow address | `%s` |\n\n", Address())
	fmt.Fprintf(&b, "Bill someone: `amigo call %s.Issue PAYER AMOUNT \"MEMO\" 72h` · pay: approve `%s` on the token for the amount, then `amigo call %s.Pay ID`\n\n",
		pkgPath(), Address(), pkgPath())
	b.WriteString("## Latest invoices\n\n")
	top := lastID - (page-1)*perPage
	writeTable(&b, func(yield func(int) bool) {
		for id := top; id > top-perPage && id >= 1; id-- {
			if !yield(id) {
				return
			}
		}
	})
	b.WriteString("\n")
	b.WriteString(paging.Nav(page, pages, func(n int) string { return link(paging.Path("", "page/", n)) }))
	return b.String()
}

// writeTable writes the invoices whose ids ids yields as a table.
func writeTable(b *strings.Builder, ids func(func(int) bool)) {
	rows := 0
	for id := range ids {
		if rows == 0 {
			b.WriteString("| Invoice | Payee | Payer | Amount | Status | Memo |\n|---|---|---|---|---|---|\n")
		}
		inv := invoices[id]
		fmt.Fprintf(b, "| [%d](%s) | %s | %s | %s | %s | %s |\n", inv.ID, link("invoice/"+itoa(inv.ID)), account(inv.Payee), payerOf(inv),
			money(inv.Amount), status(inv), markdown.Excerpt(inv.Memo, excerptRune))
		rows++
	}
	if rows == 0 {
		b.WriteString("No invoices.\n")
	}
}

func renderInvoice(id int) string {
	inv, ok := invoices[id]
	if !ok {
		return notFound(fmt.Sprintf("There is no invoice %d.", id))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Invoice %d\n\n[Payments](%s) › invoice %d\n\n", inv.ID, link(""), inv.ID)
	b.WriteString("| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| Status | %s |\n", status(inv))
	fmt.Fprintf(&b, "| Amount | %s |\n", money(inv.Amount))
	fmt.Fprintf(&b, "| Payee | %s |\n", account(inv.Payee))
	fmt.Fprintf(&b, "| Payer | %s |\n", payerOf(inv))
	fmt.Fprintf(&b, "| Issued | %s |\n", stamp(inv.Created))
	fmt.Fprintf(&b, "| Deadline | %s |\n", stamp(inv.Deadline))
	if inv.Status != Open && inv.Status != Cancelled {
		fmt.Fprintf(&b, "| Paid | %s |\n", stamp(inv.PaidAt))
	}
	if inv.Status != Open && inv.Status != Paid {
		fmt.Fprintf(&b, "| Settled | %s |\n", stamp(inv.Settled))
	}
	b.WriteString("\n## Memo\n\n")
	b.WriteString(markdown.Block(inv.Memo))
	b.WriteString("\n## What can happen\n\n")
	now := amigo.Now()
	switch inv.Status {
	case Open:
		if now.Before(inv.Deadline) {
			who := "Anyone"
			if inv.Payer != "" {
				who = "The payer"
			}
			fmt.Fprintf(&b, "- %s pays, before the deadline: `amigo call token.Approve %s %d`, then `amigo call %s.Pay %d`\n", who, Address(), inv.Amount, pkgPath(), inv.ID)
		} else {
			b.WriteString("- The deadline has passed: it can no longer be paid.\n")
		}
		fmt.Fprintf(&b, "- The payee cancels it: `amigo call %s.Cancel %d`\n", pkgPath(), inv.ID)
	case Paid:
		fmt.Fprintf(&b, "- The payer releases the escrow to the payee: `amigo call %s.Release %d`\n", pkgPath(), inv.ID)
		fmt.Fprintf(&b, "- The payee refunds the payer: `amigo call %s.Refund %d`\n", pkgPath(), inv.ID)
		if now.Before(inv.Deadline) {
			fmt.Fprintf(&b, "- From %s, the payer may take the escrow back: `amigo call %s.Refund %d`\n", stamp(inv.Deadline), pkgPath(), inv.ID)
		} else {
			fmt.Fprintf(&b, "- The deadline has passed: the payer may take the escrow back: `amigo call %s.Refund %d`\n", pkgPath(), inv.ID)
		}
	default:
		b.WriteString("Nothing: it is settled.\n")
	}
	return b.String()
}

func renderAccount(who amigo.Address) string {
	if !token.ValidAddress(who) {
		return notFound("That is not an address.")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n[Payments](%s) › account · %s on the token\n\n", markdown.Inline(string(who)), link(""), "[balance]("+token.Path+":account/"+string(who)+")")
	for _, kind := range []string{"issued", "billed"} {
		n := count(kind, who)
		fmt.Fprintf(&b, "## %s (%d)\n\n", capitalize(kind), n)
		writeTable(&b, newest(kind, who, n, perAccount))
		if n > perAccount {
			fmt.Fprintf(&b, "\n[All %d](%s)\n", n, link(kind+"/"+string(who)+"/1"))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func renderList(kind string, who amigo.Address, page int) string {
	if !token.ValidAddress(who) {
		return notFound("That is not an address.")
	}
	n := count(kind, who)
	pages := paging.Count(n, perPage)
	if page > pages {
		return notFound(fmt.Sprintf("That list has %d pages.", pages))
	}
	prep := "by"
	if kind == "billed" {
		prep = "to"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Invoices %s %s %s\n\n[Payments](%s) › %s · %d invoices\n\n", kind, prep, markdown.Inline(string(who)), link(""), account(who), n)
	writeTable(&b, newest(kind, who, n-(page-1)*perPage, perPage))
	b.WriteString("\n")
	b.WriteString(paging.Nav(page, pages, func(k int) string { return link(kind + "/" + string(who) + "/" + itoa(k)) }))
	return b.String()
}

func count(kind string, who amigo.Address) int {
	if kind == "issued" {
		return numIssued[who]
	}
	return numBilled[who]
}

// newest yields the ids of up to n invoices of an account's list, from its
// top-th down.
func newest(kind string, who amigo.Address, top, n int) func(func(int) bool) {
	index := issued
	if kind == "billed" {
		index = billed
	}
	return func(yield func(int) bool) {
		for i := top; i > top-n && i >= 1; i-- {
			if !yield(index[accountSeq{who, i}]) {
				return
			}
		}
	}
}

func notFound(msg string) string {
	return "# Not found\n\n" + msg + "\n\n[Back to payments](" + link("") + ")\n"
}

// link is the markdown link destination of a page of this package.
func link(path string) string { return pkgPath() + ":" + path }

// account links to an account's page. Addresses come from callers or
// token.ValidAddress, so they need no escaping in a destination.
func account(who amigo.Address) string {
	if !token.ValidAddress(who) {
		return markdown.Inline(string(who))
	}
	return "[" + markdown.Inline(markdown.Short(string(who))) + "](" + link("account/"+string(who)) + ")"
}

func payerOf(inv *Invoice) string {
	switch {
	case inv.PaidBy != "":
		return account(inv.PaidBy)
	case inv.Payer != "":
		return account(inv.Payer)
	}
	return "anyone"
}

func status(inv *Invoice) string {
	if inv.Status == Open && !amigo.Now().Before(inv.Deadline) {
		return "expired"
	}
	return string(inv.Status)
}

// money formats an amount of the token: "2.5 AMG".
func money(amount uint64) string {
	return token.FormatAmount(amount, token.Decimals()) + " " + markdown.Inline(token.Symbol())
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") }
