package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/client/clienttest"
	"github.com/amigo-platform/amigo/node/engine"
)

// env runs commands against a fake node, with a temporary amigo home and
// $AMIGO_REMOTE naming the node.
type env struct {
	t    *testing.T
	node *clienttest.Node
	home string
	vars map[string]string
}

func newEnv(t *testing.T) *env {
	n := clienttest.NewNode(t)
	home := t.TempDir()
	return &env{t: t, node: n, home: home, vars: map[string]string{EnvHome: home, EnvRemote: n.URL}}
}

func (e *env) factory(out, errOut interface{ Write([]byte) (int, error) }) *Factory {
	return &Factory{
		Out: out, ErrOut: errOut,
		Getenv:      func(k string) string { return e.vars[k] },
		UserHomeDir: func() (string, error) { return "", errors.New("tests have no home directory") },
	}
}

func (e *env) run(args ...string) (code int, stdout, stderr string) {
	e.t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code = Run(ctx, e.factory(&out, &errb), args)
	return code, out.String(), errb.String()
}

// ok runs a command that must succeed and returns its stdout and stderr.
func (e *env) ok(args ...string) (string, string) {
	e.t.Helper()
	code, out, errs := e.run(args...)
	if code != 0 {
		e.t.Fatalf("amigo %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	return out, errs
}

// fails runs a command that must exit with code and end its stderr with
// exactly one error line (after progress lines, if any); it returns that
// line.
func (e *env) fails(code int, args ...string) string {
	e.t.Helper()
	got, out, errs := e.run(args...)
	if got != code {
		e.t.Fatalf("amigo %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), got, code, out, errs)
	}
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	last := lines[len(lines)-1]
	if !strings.HasSuffix(errs, "\n") || !strings.HasPrefix(last, "error: ") || strings.Count("\n"+errs, "\nerror: ") != 1 {
		e.t.Fatalf("amigo %s: stderr does not end in one error line: %q", strings.Join(args, " "), errs)
	}
	return last
}

// oneJSON decodes out, which must hold exactly one JSON document, into v.
func oneJSON(t *testing.T, out string, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(v); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if dec.More() {
		t.Fatalf("stdout holds more than one JSON document:\n%s", out)
	}
}

func TestStatus(t *testing.T) {
	e := newEnv(t)
	out, _ := e.ok("status")
	for _, want := range []string{"endpoint    " + e.node.URL + "\n", "profile     dev\n", "height      1\n", "packages    1\n", "caller      " + clienttest.DevCaller + "\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	out, _ = e.ok("status", "--output", "json")
	var st api.Status
	oneJSON(t, out, &st)
	if st.PeerID != clienttest.PeerID || st.Height != 1 {
		t.Errorf("status %+v", st)
	}
}

func TestPeers(t *testing.T) {
	e := newEnv(t)
	out, _ := e.ok("peers")
	if out != "12D3KooWPeer  /ip4/127.0.0.1/tcp/4001\n" {
		t.Errorf("peers %q", out)
	}
	out, _ = e.ok("peers", "-o", "json")
	var pl api.PeerList
	oneJSON(t, out, &pl)
	if len(pl.Peers) != 1 || pl.Peers[0].Protocols[0] != api.Protocol {
		t.Errorf("peers json %+v", pl)
	}
}

func TestCall(t *testing.T) {
	e := newEnv(t)
	out, errs := e.ok("call", "hello.Greet", "world")
	if out != "\"Hello, world!\"\n" {
		t.Errorf("stdout %q", out)
	}
	if errs != "event hello greeted name=world\ngas used: 1234\n" {
		t.Errorf("stderr %q", errs)
	}

	out, errs = e.ok("call", "hello.Greet", "a b", "-o", "json")
	var rc engine.Receipt
	oneJSON(t, out, &rc)
	if string(rc.Result) != `"Hello, a b!"` || rc.Height != 3 || errs != "" {
		t.Errorf("receipt %+v, stderr %q", rc, errs)
	}

	out, errs = e.ok("call", "hello.Greet", "x", "--async")
	if !regexp.MustCompile(`^[0-9a-f]{64}\n$`).MatchString(out) || !strings.Contains(errs, "amigo tx ") {
		t.Errorf("async: stdout %q, stderr %q", out, errs)
	}

	out, _ = e.ok("call", "--as", "alice", "--gas", "500", "hello.Greet", "y", "-o", "json")
	oneJSON(t, out, &rc)
	if rc.Caller != "alice" {
		t.Errorf("--as: caller %q", rc.Caller)
	}
}

func TestCallFailures(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"call", "hello.Fail"}, "error: runtime error: integer divide by zero at hello.go:12:9"},
		{[]string{"call", "hello.Burn"}, "error: out of gas at hello.go:16:2; raise the limit with --gas"},
		{[]string{"call", "hello.Greet"}, "error: hello.Greet takes 1 arguments, got 0; hello.Greet is func Greet(name string) string"},
		{[]string{"call", "hello.Nope"}, `error: package hello has no exported function Nope; "amigo packages hello" lists its functions`},
		{[]string{"call", "nope.Greet", "x"}, `error: package not deployed: nope; "amigo packages" lists the deployed packages`},
		{[]string{"query", "hello.Burn"}, "error: out of gas at hello.go:16:2"},
		{[]string{"query", "hello.Greet", "a", "b"}, "error: hello.Greet takes 1 arguments, got 2; hello.Greet is func Greet(name string) string"},
	} {
		if got := e.fails(1, tc.args...); got != tc.want {
			t.Errorf("amigo %s:\n got %s\nwant %s", strings.Join(tc.args, " "), got, tc.want)
		}
	}

	// In JSON mode the receipt still prints on stdout.
	code, out, errs := e.run("call", "hello.Fail", "-o", "json")
	var rc engine.Receipt
	oneJSON(t, out, &rc)
	if code != 1 || rc.ErrorKind != "panic" || errs != "error: runtime error: integer divide by zero at hello.go:12:9\n" {
		t.Errorf("json: exit %d, %+v, stderr %q", code, rc, errs)
	}

	e.node.SetProfile("cluster")
	if got := e.fails(1, "call", "hello.Greet", "x", "--as", "bob"); got != "error: caller override is allowed on the dev profile only; --as works only on a node of the dev profile" {
		t.Errorf("--as off dev: %s", got)
	}
}

func TestUsageErrors(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"call"}, "error: usage: amigo call PKG.FUNC [ARGS...] [flags] (see amigo call --help)"},
		{[]string{"call", "hello"}, `error: "hello" is not of the form package.Func (see amigo call --help)`},
		{[]string{"call", "hello.Greet", "-1"}, "error: unknown shorthand flag: '1' in -1; to pass an argument that starts with \"-\", put -- before the arguments (see amigo call --help)"},
		{[]string{"call", "hello.Greet", "--gas", "-5"}, "error: --gas must not be negative (see amigo call --help)"},
		{[]string{"push", "dir"}, "error: usage: amigo push DIR PATH [flags] (see amigo push --help)"},
		{[]string{"push", "dir", "Bad"}, `error: package path "Bad": segment "Bad" must match [a-z][a-z0-9_]* (see amigo push --help)`},
		{[]string{"status", "--output", "yaml"}, `error: --output "yaml": want text or json`},
		{[]string{"status", "extra"}, "error: unknown command \"extra\" for \"amigo status\""},
		{[]string{"bogus"}, `error: unknown command "bogus" for "amigo"`},
		{[]string{"status", "--nope"}, "error: unknown flag: --nope (see amigo status --help)"},
		{[]string{"render", ":x"}, "error: usage: amigo render PKG[:PATH] [flags] (see amigo render --help)"},
		{[]string{"context", "nope"}, `error: unknown command "nope" for "amigo context"`},
	} {
		if got := e.fails(2, tc.args...); got != tc.want {
			t.Errorf("amigo %s:\n got %s\nwant %s", strings.Join(tc.args, " "), got, tc.want)
		}
	}
	// -- passes arguments that look like flags.
	out, _ := e.ok("call", "hello.Greet", "--", "-1")
	if out != "\"Hello, -1!\"\n" {
		t.Errorf("stdout %q", out)
	}
}

func TestUnreachable(t *testing.T) {
	e := newEnv(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String()
	l.Close()
	got := e.fails(1, "status", "--remote", closed)
	if !strings.HasPrefix(got, "error: the node at "+closed+" is unreachable (") || !strings.HasSuffix(got, `start one with "amigo node" or set --remote`) {
		t.Errorf("got %s", got)
	}
	e.vars[EnvRemote] = closed
	e.fails(1, "call", "hello.Greet", "x")
	if got := e.fails(1, "status", "--remote", "ftp://x"); !strings.Contains(got, "want an http(s) URL or a multiaddr") {
		t.Errorf("bad remote: %s", got)
	}
}

func TestInitAndPush(t *testing.T) {
	e := newEnv(t)
	dir := filepath.Join(t.TempDir(), "counter")
	out, errs := e.ok("init", dir)
	if out != filepath.Join(dir, "counter.go")+"\n"+filepath.Join(dir, "counter_test.go")+"\n" || !strings.Contains(errs, "amigo test "+dir) {
		t.Fatalf("init: stdout %q, stderr %q", out, errs)
	}
	out, _ = e.ok("test", dir)
	if !strings.HasPrefix(out, "ok  \tcounter\t") {
		t.Fatalf("amigo test: %q", out)
	}
	out, _ = e.ok("test", "-v", dir)
	if !strings.Contains(out, "--- PASS: TestIncrement") || !strings.Contains(out, "--- PASS: TestRender") {
		t.Fatalf("amigo test -v: %q", out)
	}

	out, errs = e.ok("push", dir, "counter")
	if !strings.HasPrefix(errs, "pushing "+dir+" (1 file, ") || !strings.HasSuffix(errs, " to counter at "+e.node.URL+"...\n") {
		t.Errorf("progress %q", errs)
	}
	want := regexp.MustCompile(`^package:  counter\naddress:  ` + address.ForPackage("counter") + `\ngas used: 1000\ntx:       [0-9a-f]{64}\n$`)
	if !want.MatchString(out) {
		t.Errorf("push output %q", out)
	}
	c, _ := client.New(e.node.URL)
	pi, err := c.Package(context.Background(), "counter")
	if err != nil || len(pi.Files) != 1 || pi.Files[0].Name != "counter.go" || len(pi.Funcs) != 3 {
		t.Fatalf("deployed %+v, %v", pi, err)
	}

	if got := e.fails(1, "push", dir, "counter"); got != `error: package counter is already deployed; packages are immutable, deploy under a new path; "amigo packages counter" shows it` {
		t.Errorf("push again: %s", got)
	}
	out, _ = e.ok("push", dir, "alice/counter", "--output", "json", "--gas", "100", "--as", "alice")
	var rc engine.Receipt
	oneJSON(t, out, &rc)
	if rc.Package != "alice/counter" || rc.Caller != "alice" {
		t.Errorf("receipt %+v", rc)
	}
	out, _ = e.ok("push", dir, "later", "--async")
	if len(out) != 65 {
		t.Errorf("async push %q", out)
	}
	if got := e.fails(1, "push", filepath.Join(dir, "nope"), "x"); !strings.Contains(got, "no such file or directory") {
		t.Errorf("push missing dir: %s", got)
	}

	// init refuses a non-empty directory and names that are not packages.
	if got := e.fails(1, "init", dir); !strings.Contains(got, "is not empty") {
		t.Errorf("init again: %s", got)
	}
	for _, name := range []string{"Counter", "func", "strings", "amigo", "my-pkg"} {
		e.fails(2, "init", filepath.Join(t.TempDir(), name))
	}
	empty := filepath.Join(t.TempDir(), "ledger")
	os.Mkdir(empty, 0o755)
	out, _ = e.ok("init", empty, "-o", "json")
	var res struct {
		Package string
		Files   []string
	}
	oneJSON(t, out, &res)
	if res.Package != "ledger" || len(res.Files) != 2 {
		t.Errorf("init json %+v", res)
	}
	e.ok("test", empty)
}

func TestQueryRender(t *testing.T) {
	e := newEnv(t)
	out, errs := e.ok("query", "hello.Greet", "q")
	if out != "\"Hello, q!\"\n" || errs != "gas used: 1234\n" {
		t.Errorf("query: %q %q", out, errs)
	}
	out, _ = e.ok("render", "hello:a/b")
	if out != "# hello\n\npath: a/b\n" {
		t.Errorf("render: %q", out)
	}
	out, _ = e.ok("render", "hello", "-o", "json")
	var rr api.RenderResponse
	oneJSON(t, out, &rr)
	if rr.Package != "hello" || rr.Path != "" || rr.Markdown != "# hello\n\npath: \n" {
		t.Errorf("render json %+v", rr)
	}
	if got := e.fails(1, "render", "hello:panic"); got != "error: render panicked at hello.go:19:1" {
		t.Errorf("render panic: %s", got)
	}
	if got := e.fails(1, "render", "nope"); got != `error: package not deployed: nope; "amigo packages" lists the deployed packages` {
		t.Errorf("render unknown: %s", got)
	}
}

func TestPackages(t *testing.T) {
	e := newEnv(t)
	out, _ := e.ok("packages")
	if !regexp.MustCompile(`^hello +Greet,Fail,Burn,Render +Package hello greets\.\n$`).MatchString(out) {
		t.Errorf("list %q", out)
	}
	out, _ = e.ok("packages", "-o", "json")
	var list api.PackageList
	oneJSON(t, out, &list)
	if list.Total != 1 || list.Packages[0].Path != "hello" {
		t.Errorf("list json %+v", list)
	}
	_, errs := e.ok("packages", "--search", "zzz")
	if errs != "no packages match\n" {
		t.Errorf("search: %q", errs)
	}
	out, _ = e.ok("packages", "hello")
	for _, want := range []string{
		"package hello // import \"hello\"\n",
		"address: " + address.ForPackage("hello") + "\n",
		"deployed at height 1 by " + clienttest.DevCaller,
		"\nPackage hello greets.\n",
		"\nfunc Greet(name string) string\n    Greet returns a greeting for name.\n",
		"\nfunc Fail() error\n    Fail divides by zero.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("package lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "import \"amigo\"") {
		t.Errorf("source without --source")
	}
	out, _ = e.ok("packages", "hello", "--source")
	if !strings.HasSuffix(out, "// file hello.go\n\n"+clienttest.HelloSource) {
		t.Errorf("--source:\n%s", out)
	}
	if got := e.fails(1, "packages", "nope"); got != `error: package nope is not deployed; "amigo packages" lists the deployed packages` {
		t.Errorf("unknown: %s", got)
	}
	for i := range 3 {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "p.go"), []byte("package p\n"), 0o644)
		e.ok("push", dir, "p"+string(rune('a'+i)))
	}
	out, errs = e.ok("packages", "--limit", "2")
	if strings.Count(out, "\n") != 2 || errs != "1-2 of 4 packages; --offset 2 shows more\n" {
		t.Errorf("paged: %q %q", out, errs)
	}
}

func TestTx(t *testing.T) {
	e := newEnv(t)
	out, _ := e.ok("call", "hello.Greet", "world", "-o", "json")
	var rc engine.Receipt
	oneJSON(t, out, &rc)
	out, _ = e.ok("tx", rc.Hash)
	for _, want := range []string{"tx          " + rc.Hash + "\n", "height      2\n", "call        hello.Greet(\"world\")\n", "result      \"Hello, world!\"\n", "status      ok\n", "gas used    1234\n", "event       hello greeted name=world\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("tx lacks %q:\n%s", want, out)
		}
	}
	out, _ = e.ok("tx", rc.Hash, "-o", "json")
	var got engine.Receipt
	oneJSON(t, out, &got)
	if got.Hash != rc.Hash {
		t.Errorf("tx json %+v", got)
	}
	// A reverted transaction's receipt is found: exit 0.
	code, out, _ := e.run("call", "hello.Fail", "-o", "json")
	oneJSON(t, out, &rc)
	out, _ = e.ok("tx", rc.Hash)
	if code != 1 || !strings.Contains(out, "error       runtime error: integer divide by zero at hello.go:12:9\nerror kind  panic\n") {
		t.Errorf("failed tx:\n%s", out)
	}
	if got := e.fails(1, "tx", strings.Repeat("0", 64)); !strings.HasSuffix(got, `not found; "amigo events" and "amigo status" show recent activity`) {
		t.Errorf("unknown tx: %s", got)
	}
	e.fails(1, "tx", "xyz")
}

func TestEvents(t *testing.T) {
	e := newEnv(t)
	e.ok("call", "hello.Greet", "a")
	e.ok("call", "hello.Greet", "b c")
	e.run("call", "hello.Fail")
	out, _ := e.ok("events")
	if out != "2 hello greeted name=a\n3 hello greeted name=\"b c\"\n" {
		t.Errorf("events %q", out)
	}
	out, _ = e.ok("events", "hello", "--output", "json")
	var evs []api.Event
	oneJSON(t, out, &evs)
	if len(evs) != 2 || evs[1].Attrs["name"] != "b c" || evs[0].Height != 2 || evs[0].Tx == "" {
		t.Errorf("events json %+v", evs)
	}
	out, errs := e.ok("events", "other", "-o", "json")
	if strings.TrimSpace(out) != "[]" || errs != "" {
		t.Errorf("no events json %q %q", out, errs)
	}
	out, errs = e.ok("events", "other")
	if out != "" || errs != "no events in the last 4 transactions; amigo events --follow waits for new ones\n" {
		t.Errorf("no events %q %q", out, errs)
	}
	out, _ = e.ok("events", "--limit", "2")
	if out != "3 hello greeted name=\"b c\"\n" {
		t.Errorf("--limit: %q", out)
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestEventsFollow(t *testing.T) {
	for _, output := range []string{"text", "json"} {
		t.Run(output, func(t *testing.T) {
			e := newEnv(t)
			var out, errb syncBuffer
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan int)
			go func() {
				done <- Run(ctx, e.factory(&out, &errb), []string{"events", "--follow", "hello", "-o", output})
			}()
			e.node.WaitSubscribers(t, 1)
			e.ok("call", "hello.Greet", "live")
			want := "2 hello greeted name=live\n"
			if output == "json" {
				want = `"attrs":{"name":"live"}`
			}
			for deadline := time.Now().Add(10 * time.Second); !strings.Contains(out.String(), want); time.Sleep(5 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("no event: %q, stderr %q", out.String(), errb.String())
				}
			}
			cancel()
			if code := <-done; code != 0 {
				t.Fatalf("exit %d, stderr %q", code, errb.String())
			}
			if !strings.HasPrefix(errb.String(), "following events of hello at "+e.node.URL) {
				t.Errorf("stderr %q", errb.String())
			}
			if output == "json" {
				var ev api.Event
				oneJSON(t, out.String(), &ev)
				if ev.Height != 2 || ev.Type != "greeted" {
					t.Errorf("event %+v", ev)
				}
			}
		})
	}

	// The node ending the stream is an error.
	e := newEnv(t)
	var out, errb syncBuffer
	done := make(chan int)
	go func() { done <- Run(context.Background(), e.factory(&out, &errb), []string{"events", "-f"}) }()
	e.node.WaitSubscribers(t, 1)
	e.node.CloseStreams()
	if code := <-done; code != 1 || !strings.Contains(errb.String(), "error: event stream: the node closed the stream\n") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

func TestContexts(t *testing.T) {
	e := newEnv(t)
	delete(e.vars, EnvRemote)
	cfgPath := filepath.Join(e.home, ConfigFile)
	// Keys the context commands do not own survive their saves.
	if err := os.WriteFile(cfgPath, []byte("[node]\nprofile = \"dev\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	out, _ := e.ok("context", "ls")
	if !regexp.MustCompile(`^NAME +REMOTE +DESCRIPTION\ndefault \* +http://127\.0\.0\.1:8888 +the local node\n$`).MatchString(out) {
		t.Errorf("ls %q", out)
	}
	_, errs := e.ok("context", "create", "fake", "--remote", e.node.URL, "--description", "the fake node")
	if errs != "created context \"fake\"; amigo context use fake makes it current\n" {
		t.Errorf("create: %q", errs)
	}
	e.ok("context", "create", "p2p", "--remote", "/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWRBhwfeP2Y4TCx1SM6s9rUoHhR5STiGwxBhgFRcw3UERE")
	if got := e.fails(1, "context", "create", "fake", "--remote", e.node.URL); got != `error: context "fake" already exists; amigo context rm fake removes it` {
		t.Errorf("create twice: %s", got)
	}
	e.fails(2, "context", "create", "bad/name", "--remote", e.node.URL)
	e.fails(2, "context", "create", "default", "--remote", e.node.URL)
	e.fails(2, "context", "create", "x", "--remote", "/ip4/127.0.0.1/tcp/4001")
	if got := e.fails(2, "context", "create", "x"); got != "error: --remote is required: the node's http(s) URL or multiaddr (see amigo context create --help)" {
		t.Errorf("no --remote: %s", got)
	}
	if got := e.fails(1, "context", "use", "nope"); !strings.Contains(got, `no context "nope"`) {
		t.Errorf("use nope: %s", got)
	}

	// With the default context current, status talks to 127.0.0.1:8888.
	f := e.factory(&bytes.Buffer{}, &bytes.Buffer{})
	if r, err := f.Remote(); err != nil || r != client.DefaultEndpoint {
		t.Errorf("remote %q, %v", r, err)
	}

	out, _ = e.ok("context", "use", "fake")
	if out != "fake\n" {
		t.Errorf("use: %q", out)
	}
	out, _ = e.ok("status", "-o", "json")
	var st api.Status
	oneJSON(t, out, &st)
	if st.HTTP != e.node.URL {
		t.Errorf("status through the context: %+v", st)
	}
	out, _ = e.ok("context", "ls")
	if !strings.Contains(out, "fake *") || strings.Contains(out, "default *") || !strings.Contains(out, "the fake node") {
		t.Errorf("ls:\n%s", out)
	}
	out, _ = e.ok("context", "ls", "-o", "json")
	var entries []struct {
		Name, Remote string
		Current      bool
	}
	oneJSON(t, out, &entries)
	if len(entries) != 3 || entries[0].Name != "default" || entries[1].Name != "fake" || !entries[1].Current || entries[2].Name != "p2p" {
		t.Errorf("ls json %+v", entries)
	}
	b, _ := os.ReadFile(cfgPath)
	for _, want := range []string{`current-context = "fake"`, "[contexts.fake]", `remote = "` + e.node.URL + `"`, "[node]", `profile = "dev"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("config.toml lacks %q:\n%s", want, b)
		}
	}
	if fi, _ := os.Stat(cfgPath); fi.Mode().Perm() != 0o600 {
		t.Errorf("config.toml mode %v", fi.Mode())
	}

	// --remote and $AMIGO_REMOTE beat the context.
	f = e.factory(&bytes.Buffer{}, &bytes.Buffer{})
	e.vars[EnvRemote] = "http://env:1"
	if r, _ := f.Remote(); r != "http://env:1" {
		t.Errorf("env: remote %q", r)
	}
	f.remote = "http://flag:1"
	if r, _ := f.Remote(); r != "http://flag:1" {
		t.Errorf("flag: remote %q", r)
	}
	delete(e.vars, EnvRemote)

	e.fails(2, "context", "rm", "default")
	e.fails(1, "context", "rm", "nope")
	_, errs = e.ok("context", "rm", "fake")
	if errs != "the current context was removed; \"default\" is current now\n" {
		t.Errorf("rm current: %q", errs)
	}
	out, _ = e.ok("context", "ls")
	if !strings.Contains(out, "default *") || strings.Contains(out, "fake") {
		t.Errorf("ls after rm:\n%s", out)
	}
	b, _ = os.ReadFile(cfgPath)
	if strings.Contains(string(b), "current-context") || !strings.Contains(string(b), "[node]") {
		t.Errorf("config.toml after rm:\n%s", b)
	}

	// A current context that config.toml no longer defines.
	os.WriteFile(cfgPath, []byte("current-context = \"gone\"\n"), 0o600)
	if got := e.fails(1, "status"); !strings.Contains(got, `the current context "gone" is not defined in `+cfgPath) {
		t.Errorf("gone: %s", got)
	}
	os.WriteFile(cfgPath, []byte("current-context = \n"), 0o600)
	if got := e.fails(1, "context", "ls"); !strings.Contains(got, "fix or remove the file") {
		t.Errorf("broken config: %s", got)
	}

	// --home picks another config.toml.
	other := t.TempDir()
	e.ok("--home", other, "context", "create", "h", "--remote", "http://h:1")
	if _, err := os.Stat(filepath.Join(other, ConfigFile)); err != nil {
		t.Error(err)
	}
}

// The command constructors hand tests their parsed options.
func TestOptions(t *testing.T) {
	f := &Factory{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}
	var call *CallOptions
	cmd := NewCmdCall(f, func(o *CallOptions) error { call = o; return nil })
	cmd.SetArgs([]string{"alice/token.Transfer", "bob", "--gas", "7", "--as", "alice", "--async", "--", "-1"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if call.Target != "alice/token.Transfer" || strings.Join(call.Args, ",") != "bob,-1" || call.Gas != 7 || call.As != "alice" || !call.Async {
		t.Errorf("call %+v", call)
	}

	var push *PushOptions
	cmd = NewCmdPush(f, func(o *PushOptions) error { push = o; return nil })
	cmd.SetArgs([]string{"./dir", "alice/token", "--gas", "9"})
	if err := cmd.Execute(); err != nil || push.Dir != "./dir" || push.Path != "alice/token" || push.Gas != 9 {
		t.Errorf("push %+v, %v", push, err)
	}

	var render *RenderOptions
	cmd = NewCmdRender(f, func(o *RenderOptions) error { render = o; return nil })
	cmd.SetArgs([]string{"alice/blog:posts/1:x"})
	if err := cmd.Execute(); err != nil || render.Package != "alice/blog" || render.Path != "posts/1:x" {
		t.Errorf("render %+v, %v", render, err)
	}

	var events *EventsOptions
	cmd = NewCmdEvents(f, func(o *EventsOptions) error { events = o; return nil })
	cmd.SetArgs([]string{"-f", "hello", "--limit", "5"})
	if err := cmd.Execute(); err != nil || !events.Follow || events.Package != "hello" || events.Limit != 5 {
		t.Errorf("events %+v, %v", events, err)
	}

	var pkgs *PackagesOptions
	cmd = NewCmdPackages(f, func(o *PackagesOptions) error { pkgs = o; return nil })
	cmd.SetArgs([]string{"--search", "tok", "--limit", "3", "--offset", "6"})
	if err := cmd.Execute(); err != nil || pkgs.Path != "" || pkgs.Search != "tok" || pkgs.Limit != 3 || pkgs.Offset != 6 {
		t.Errorf("packages %+v, %v", pkgs, err)
	}

	var q *QueryOptions
	cmd = NewCmdQuery(f, func(o *QueryOptions) error { q = o; return nil })
	cmd.SetArgs([]string{"hello.Greet", "x", "--as", "carol"})
	if err := cmd.Execute(); err != nil || q.Target != "hello.Greet" || q.As != "carol" || len(q.Args) != 1 {
		t.Errorf("query %+v, %v", q, err)
	}

	var in *InitOptions
	cmd = NewCmdInit(f, func(o *InitOptions) error { in = o; return nil })
	cmd.SetArgs([]string{"./a/ledger/"})
	if err := cmd.Execute(); err != nil || in.Name != "ledger" || in.Dir != "./a/ledger/" {
		t.Errorf("init %+v, %v", in, err)
	}
}

func TestServices(t *testing.T) {
	e := newEnv(t)
	out, _ := e.ok("services")
	if !strings.Contains(out, "network  dev:"+clienttest.PeerID) || !strings.Contains(out, "package  hello  12D3KooWPeer  /ip4/127.0.0.1/tcp/4002/p2p/12D3KooWPeer  expires 2030-01-01T00:00:00Z") {
		t.Errorf("services %q", out)
	}
	out, _ = e.ok("services", "hello", "--kind", "package", "-o", "json")
	var sl api.ServiceList
	oneJSON(t, out, &sl)
	if len(sl.Services) != 1 || sl.Services[0].Peer != "12D3KooWPeer" {
		t.Errorf("services json %+v", sl)
	}
	if code, _, errs := e.run("services", "--kind", "oracle"); code != 2 || !strings.Contains(errs, "--kind") {
		t.Errorf("bad kind: %d %q", code, errs)
	}
	_, errs := e.ok("services", "nothing")
	if !strings.Contains(errs, "no services known") {
		t.Errorf("no services: %q", errs)
	}
}
