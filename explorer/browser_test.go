package explorer

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The end-to-end tests drive the explorer in headless Chromium. They are
// skipped when no chromium is installed (.ci/run installs Debian's).

// cspWatch records, in every document, the Content-Security-Policy
// violations and whether any contract's script ran: evil sets
// window.__pwned when it does. Scripts given to the DevTools protocol are
// not subject to the page's CSP.
const cspWatch = `window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " line " + e.lineNumber);
});`

// newBrowser starts headless Chromium with a fresh profile and returns a
// tab's context.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := "/usr/bin/chromium"
	if _, err := os.Stat(path); err != nil {
		if path, err = exec.LookPath("chromium"); err != nil {
			t.Skip("chromium is not installed (apt-get install -y chromium)")
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	// Chromium now and then fails to start on a loaded machine (CI runs
	// test packages side by side): a start is tried three times, each on a
	// fresh profile; what the tests check begins once a browser runs.
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var bctx context.Context
		if bctx, err = startChromium(t, ctx, path); err == nil {
			return bctx
		}
		t.Logf("start chromium, attempt %d: %v", attempt, err)
		time.Sleep(time.Second)
	}
	t.Fatalf("start chromium: %v", err)
	return nil
}

// startChromium starts one browser on a fresh profile and opens a tab.
func startChromium(t *testing.T, ctx context.Context, path string) (context.Context, error) {
	profile := t.TempDir()
	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	bctx, bcancel := chromedp.NewContext(actx)
	if _, err := chromedp.Call(bctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: cspWatch}); err != nil {
		bcancel()
		acancel()
		return nil, err
	}
	t.Cleanup(acancel)
	t.Cleanup(bcancel)
	return bctx, nil
}

// screenshots is where the tests save the pages they open:
// $AMIGO_SCREENSHOTS, else a temporary directory.
func screenshots(t *testing.T) string {
	dir := os.Getenv("AMIGO_SCREENSHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

type browser struct {
	t    *testing.T
	ctx  context.Context
	base string
	shot string
}

func (b *browser) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// open loads a page and waits for its content.
func (b *browser) open(path string) {
	b.t.Helper()
	start := time.Now()
	b.do("open "+path, chromedp.Navigate(b.base+path), chromedp.WaitReady(chromedp.CSS("footer.foot")))
	b.checkClean(path)
	b.t.Logf("opened %s in %v", path, time.Since(start).Round(time.Millisecond))
}

// text is the text of the first element matching css ("" when none),
// read in the page (node ids of the DevTools protocol go stale when a
// page replaces its document).
func (b *browser) text(css string) string {
	b.t.Helper()
	q, _ := json.Marshal(css)
	return b.eval(`document.querySelector(` + string(q) + `)?.innerText ?? ""`)
}

// follow clicks a link and waits for the page it leads to.
func (b *browser) follow(css, path string) {
	b.t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Click(chromedp.CSS(css)))); err != nil {
		b.t.Fatalf("follow %s: %v", css, err)
	}
	if got := b.eval(`location.pathname + location.search`); got != path {
		b.t.Fatalf("follow %s: at %s, want %s", css, got, path)
	}
	b.checkClean(path)
}

// waitFor waits until the JavaScript expression is truthy.
func (b *browser) waitFor(what, expr string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr)); err != nil {
		b.t.Fatalf("waiting for %s (%s): %v", what, expr, err)
	}
}

func (b *browser) eval(expr string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		b.t.Fatalf("eval %s: %v", expr, err)
	}
	return s
}

// checkClean fails when a contract's script ran or the page broke its
// own CSP (an inline style or script of ours would).
func (b *browser) checkClean(where string) {
	b.t.Helper()
	if v := b.eval(`String(window.__pwned)`); v != "undefined" {
		b.t.Errorf("%s: a contract's script ran: window.__pwned = %s", where, v)
	}
	if v := b.eval(`JSON.stringify(window.__csp || [])`); v != "[]" {
		b.t.Errorf("%s: CSP violations: %s", where, v)
	}
}

// screenshot saves the page as name.png.
func (b *browser) screenshot(name string) {
	b.t.Helper()
	start := time.Now()
	defer func() { b.t.Logf("screenshot %s in %v", name, time.Since(start).Round(time.Millisecond)) }()
	buf, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(b.shot, name+".png"), buf, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// TestBrowser walks a dev node's explorer in Chromium: every page, a query
// form and a call form, a Render link, a live event, and a contract whose
// Render tries to run script.
func TestBrowser(t *testing.T) {
	ctx := newBrowser(t)
	tn := startNode(t, "", Options{})
	tn.seed()
	b := &browser{t: t, ctx: ctx, base: tn.url, shot: screenshots(t)}

	b.open("/")
	if s := b.text("main"); !strings.Contains(s, "Recent transactions") || !strings.Contains(s, "board") {
		t.Errorf("home: %s", s)
	}
	b.screenshot("home")

	b.open("/packages")
	b.screenshot("packages")

	// The package page: its Render output, a query, a call.
	b.open("/board")
	if s := b.text("#render .markdown"); !strings.Contains(s, "Board") || !strings.Contains(s, "Hello") {
		t.Errorf("board Render: %q", s)
	}
	b.do("query Count", chromedp.Click(chromedp.CSS(`#fn-Count button[value=query]`)))
	b.waitFor("the query's result", `document.querySelector("#fn-Count .result pre.json")?.textContent === "2"`)
	if s := b.text("#fn-Count .result .gas"); !strings.HasPrefix(s, "gas ") || s == "gas 0" {
		t.Errorf("query gas: %q", s)
	}
	b.do("fill Add",
		chromedp.SendKeys(chromedp.CSS(`#fn-Add label:nth-of-type(1) input`), "From the browser"),
		chromedp.SendKeys(chromedp.CSS(`#fn-Add label:nth-of-type(2) input`), "Typed <b>in</b> Chromium."),
		chromedp.Click(chromedp.CSS(`#fn-Add button[value=call]`)),
	)
	b.waitFor("the call's result", `document.querySelector("#fn-Add .result pre.json")?.textContent === "3"`)
	if s := b.text("#fn-Add .result .outcome"); !strings.Contains(s, "posted") || !strings.Contains(s, "From the browser") || !strings.Contains(s, "tx ") {
		t.Errorf("call result: %q", s)
	}
	b.screenshot("package")
	b.checkClean("/board after the forms")

	// The call's transaction, from its link.
	b.follow(`#fn-Add .result a.txlink`, b.eval(`document.querySelector("#fn-Add .result a.txlink").pathname`))
	if s := b.text("main"); !strings.Contains(s, "From the browser") || !strings.Contains(s, "posted") {
		t.Errorf("tx page: %q", s)
	}
	b.screenshot("tx")

	// Follow a Render link: the third post, added by the call.
	b.open("/board")
	b.follow(`#render a[href="/board:posts/3"]`, "/board:posts/3")
	if s := b.text(".page-render .markdown"); !strings.Contains(s, "From the browser") || !strings.Contains(s, "Typed in Chromium.") {
		t.Errorf("post 3: %q", s)
	}
	if n := b.eval(`String(document.querySelectorAll(".page-render .markdown b").length)`); n != "0" {
		t.Errorf("post 3: raw HTML from an argument made it into the page")
	}
	b.checkClean("/board:posts/3")
	b.screenshot("render")

	b.open("/board?tab=source#L26")
	if s := b.eval(`document.querySelector(".line:has(.ln:target)")?.textContent || ""`); !strings.Contains(s, "func Add") {
		t.Errorf("#L26 is not the line of func Add: %q", s)
	}
	b.screenshot("source")

	b.open("/board?tab=state")
	b.follow(`#var-byTitle a.ref`, b.eval(`(a => a.pathname + a.search)(document.querySelector("#var-byTitle a.ref"))`))
	if s := b.text(".object"); !strings.Contains(s, `"From the browser"`) {
		t.Errorf("map byTitle: %q", s)
	}
	b.open("/board?tab=state")
	b.screenshot("state")

	// Events: one arrives live after a call.
	b.open("/events")
	b.waitFor("the event stream", `document.getElementById("live").dataset.state === "on"`)
	tn.call("board.Add", "Live one", "Sent while the page watched.")
	b.waitFor("the live event", `[...document.querySelectorAll("#events tbody tr.fresh")].some(r => r.textContent.includes("Live one"))`)
	b.screenshot("events")

	b.open("/network")
	b.screenshot("network")

	// The contract that tries to run script: nothing runs, not from its
	// Render, its doc, its source, its events or its results.
	b.open("/evil")
	if n := b.eval(`String([...document.links].filter(a => !/^(https?|mailto):$/.test(a.protocol)).length)`); n != "0" {
		t.Errorf("/evil has %s links of other schemes", n)
	}
	b.do("shout", chromedp.SendKeys(chromedp.CSS(`#fn-Shout input[name=arg]`), `<img src=x onerror="window.__pwned='form'">`),
		chromedp.Click(chromedp.CSS(`#fn-Shout button[value=call]`)))
	b.waitFor("the shout's result", `document.querySelector("#fn-Shout .result pre.json")`)
	b.checkClean("/evil after Shout")
	b.screenshot("evil")
	for _, p := range []string{"/evil?tab=source", "/events?package=evil", "/txs", "/evil:anything"} {
		b.open(p)
	}
	b.open("/txs")
	b.screenshot("txs")
}

// TestBrowserCommand: on a profile where the browser holds no key, Call
// shows the amigo command and calls nothing.
func TestBrowserCommand(t *testing.T) {
	ctx := newBrowser(t)
	tn := startNode(t, "", Options{Profile: "cluster"})
	tn.seed()
	b := &browser{t: t, ctx: ctx, base: tn.url, shot: screenshots(t)}
	b.open("/board")
	b.do("call Add",
		chromedp.SendKeys(chromedp.CSS(`#fn-Add label:nth-of-type(1) input`), "It's mine"),
		chromedp.SendKeys(chromedp.CSS(`#fn-Add label:nth-of-type(2) input`), "-1"),
		chromedp.Click(chromedp.CSS(`#fn-Add button[value=call]`)),
	)
	b.waitFor("the command", `document.querySelector("#fn-Add .result pre.command")`)
	want := `amigo call --remote ` + tn.url + ` board.Add -- 'It'\''s mine' -1`
	if s := b.text("#fn-Add .result pre.command"); s != want {
		t.Errorf("command:\n got %s\nwant %s", s, want)
	}
	if rc, _ := tn.c.Query(context.Background(), "board.Count"); string(rc.Result) != "2" {
		t.Errorf("the command page called: Count = %s", rc.Result)
	}
	b.screenshot("command")
}
