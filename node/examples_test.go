package node

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
)

// TestExamples pushes every example in examples/ to a real dev node and
// runs a scenario across them: tokens, liquidity, swaps, prices, posts,
// pages, invoices. Failed steps (a slippage guard, an unauthorised mint, an
// overdraft) must change nothing.
func TestExamples(t *testing.T) {
	n := startNode(t, t.TempDir())
	c, err := client.New(n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	runExamples(t, scenario{
		client: func(string) *client.Client { return c },
		caller: func(as string) string { return as },
		addr:   address.ForName,
	})
}

// scenario says how the example scenario acts as someone: the client to
// use, the caller field to send (dev: a name; behind a gateway: empty,
// the token decides) and the address the name stands for. The name ""
// is the deployer.
type scenario struct {
	client func(as string) *client.Client
	caller func(as string) string
	addr   func(as string) string
}

// runExamples pushes every example and runs the scenario; it returns
// every result in order, so two runs can be compared.
func runExamples(t *testing.T, sc scenario) []string {
	ctx := context.Background()
	var log []string
	c := sc.client("")
	for _, p := range [][2]string{
		{"markdown", "markdown"}, {"paging", "paging"}, {"moderation", "moderation"},
		{"token", "token"}, {"token/gold", "token/gold"}, {"oracle", "oracle"}, {"dex", "dex"},
		{"forum", "forum"}, {"wiki", "wiki"}, {"payments", "payments"},
	} {
		files, err := client.ReadPackage(filepath.Join("..", "examples", filepath.FromSlash(p[0])))
		if err != nil {
			t.Fatal(err)
		}
		if rc, err := c.Deploy(ctx, p[1], files, client.CallOptions{Caller: sc.caller("")}); err != nil {
			t.Fatalf("push %s: %v %+v", p[1], err, rc)
		}
	}
	alice, bob := sc.addr("alice"), sc.addr("bob")
	dex := address.ForPackage("dex")
	call := func(as, target string, args ...string) *engine.Receipt {
		t.Helper()
		rc, err := sc.client(as).CallWith(ctx, client.CallRequest{Target: target, Args: args, Caller: sc.caller(as)})
		if err != nil {
			t.Fatalf("%s %s%q: %v", as, target, args, err)
		}
		log = append(log, target+" "+string(rc.Result))
		return rc
	}
	fails := func(as, target, want string, args ...string) *engine.Receipt {
		t.Helper()
		rc, err := sc.client(as).CallWith(ctx, client.CallRequest{Target: target, Args: args, Caller: sc.caller(as)})
		var cf *client.CallFailed
		if !errors.As(err, &cf) || !strings.Contains(rc.Error, want) || rc.Writes != 0 || len(rc.Events) != 0 {
			t.Fatalf("%s %s%q: want a reverted call with %q, got %v %+v", as, target, args, want, err, rc)
		}
		log = append(log, target+" failed: "+rc.Error)
		return rc
	}
	query := func(target string, args ...string) string {
		t.Helper()
		rc, err := c.Query(ctx, target, args...)
		if err != nil {
			t.Fatalf("query %s%q: %v", target, args, err)
		}
		log = append(log, target+" = "+string(rc.Result))
		return string(rc.Result)
	}
	// tokens: the deployer holds the AMG supply; alice gets AMG and claims GOLD
	rc := call("", "token.Transfer", alice, "500000000000")
	if len(rc.Events) != 1 || rc.Events[0].Type != "transfer" || rc.Events[0].Attrs["amount"] != "500000000000" {
		t.Fatalf("transfer events %+v", rc.Events)
	}
	call("alice", "token/gold.Claim")
	gold := query("token/gold.BalanceOf", alice)
	if gold == "0" {
		t.Fatal("alice has no GOLD after a claim")
	}
	// an unauthorised mint and an overdraft change nothing
	supply := query("token.TotalSupply")
	fails("bob", "token.Mint", "unauthorized", bob, "1000")
	fails("bob", "token.Transfer", "insufficient", alice, "1")
	if query("token.TotalSupply") != supply || query("token.BalanceOf", bob) != "0" {
		t.Fatal("a failed mint or transfer changed the token")
	}
	// liquidity and swaps through the pool's own address
	call("alice", "token.Approve", dex, "1000000000000")
	call("alice", "token/gold.Approve", dex, "1000000000000")
	call("alice", "dex.AddLiquidity", "GOLD/AMG", "50000000", "125000000", "0")
	before := query("dex.PoolInfo", "GOLD/AMG")
	fails("alice", "dex.Swap", "", "GOLD/AMG", "GOLD", "1000000", "999999999999")
	if query("dex.PoolInfo", "GOLD/AMG") != before {
		t.Fatal("a swap refused by its slippage guard changed the pool")
	}
	var quote struct{ AmountOut uint64 }
	json.Unmarshal([]byte(query("dex.Quote", "GOLD/AMG", "GOLD", "1000000")), &quote)
	rc = call("alice", "dex.Swap", "GOLD/AMG", "GOLD", "1000000", "1")
	if got := string(rc.Result); quote.AmountOut == 0 || got != strconv.FormatUint(quote.AmountOut, 10) {
		t.Fatalf("swap gave %s, quoted %d", got, quote.AmountOut)
	}
	t.Logf("gas: dex.Swap %d", rc.GasUsed)
	rc = call("alice", "token.Transfer", bob, "1")
	call("bob", "token.Transfer", alice, "1")
	t.Logf("gas: token.Transfer %d (to a new holder)", rc.GasUsed)
	rc = call("alice", "token.Transfer", bob, "1")
	call("bob", "token.Transfer", alice, "1")
	t.Logf("gas: token.Transfer %d (to a holder)", rc.GasUsed)
	// prices: the owner adds reporters, they report, the median is the answer
	call("", "oracle.AddReporter", alice)
	call("", "oracle.AddReporter", bob)
	call("", "oracle.SetQuorum", "2")
	call("alice", "oracle.Report", "GOLD/AMG", "1", "2500000")
	call("bob", "oracle.Report", "GOLD/AMG", "1", "2600000")
	if got := query("oracle.Latest", "GOLD/AMG"); !strings.Contains(got, "2550000") {
		t.Fatalf("oracle.Latest = %s", got)
	}
	if got := query("dex.CheckOracle", "GOLD/AMG"); got == "" {
		t.Fatal("the dex cannot read the oracle")
	}
	// a forum thread and its page; a wiki page
	call("bob", "forum.NewThread", "Hello", "first *post*")
	call("alice", "forum.Reply", "1", "welcome")
	page, err := c.Render(ctx, "forum", "thread/1")
	if err != nil || !strings.Contains(page.Markdown, "welcome") || !strings.Contains(page.Markdown, "(forum:") {
		t.Fatalf("forum page: %v %+v", err, page)
	}
	call("alice", "wiki.Edit", "Home", "See [[Other Page]].", "first", "0")
	if page, err := c.Render(ctx, "wiki", ""); err != nil || !strings.Contains(page.Markdown, "Other Page") {
		t.Fatalf("wiki page: %v %+v", err, page)
	}
	// an invoice paid in AMG into escrow, then released
	rc = call("bob", "payments.Issue", alice, "1000000", "lunch", "24h")
	id := string(rc.Result)
	call("alice", "token.Approve", address.ForPackage("payments"), "1000000")
	aliceAMG := query("token.BalanceOf", alice)
	call("alice", "payments.Pay", id)
	if query("payments.Escrowed") != "1000000" || query("token.BalanceOf", alice) == aliceAMG {
		t.Fatal("payment not in escrow")
	}
	fails("bob", "payments.Release", "", id) // only the payer releases
	call("alice", "payments.Release", id)
	if query("token.BalanceOf", bob) != "1000000" {
		t.Fatalf("bob has %s AMG after the release", query("token.BalanceOf", bob))
	}
	// every package renders
	for _, p := range []string{"token", "token/gold", "oracle", "dex", "forum", "wiki", "payments"} {
		page, err := c.Render(ctx, p, "")
		if err != nil {
			t.Errorf("render %s: %v", p, err)
			continue
		}
		log = append(log, "render "+p+" "+page.Markdown)
	}
	return log
}
