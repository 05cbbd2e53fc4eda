package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
)

// eventLine is an event as text: "hello greeted name=world count=3",
// attributes in emission order, values quoted when they need it.
func eventLine(pkg, typ string, list []string, attrs map[string]string) string {
	var b strings.Builder
	b.WriteString(pkg)
	b.WriteByte(' ')
	b.WriteString(typ)
	if len(list) == 0 && len(attrs) > 0 {
		keys := make([]string, 0, len(attrs))
		for k := range attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			list = append(list, k, attrs[k])
		}
	}
	for i := 0; i < len(list); i += 2 {
		b.WriteByte(' ')
		b.WriteString(quoteIfNeeded(list[i]))
		b.WriteByte('=')
		if i+1 < len(list) {
			b.WriteString(quoteIfNeeded(list[i+1]))
		}
	}
	return b.String()
}

func quoteIfNeeded(s string) string {
	if s == "" || strings.ContainsAny(s, " \t\n\"=\\") || !strconv.CanBackquote(s) {
		return strconv.Quote(s)
	}
	return s
}

// printEvents writes a receipt's events, one "event ..." line each.
func printEvents(w io.Writer, evs []engine.Event) {
	for _, ev := range evs {
		fmt.Fprintln(w, "event", eventLine(ev.Pkg, ev.Type, ev.List, ev.Attrs))
	}
}

// printResult writes a call's result JSON, if it has one.
func printResult(w io.Writer, rc *engine.Receipt) {
	if len(rc.Result) > 0 {
		fmt.Fprintln(w, strings.TrimSpace(string(rc.Result)))
	}
}

// printReceipt writes a receipt as aligned "key value" lines.
func printReceipt(w io.Writer, rc *engine.Receipt) {
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-11s %s\n", k, v)
		}
	}
	line("tx", rc.Hash)
	if rc.Height > 0 {
		line("height", strconv.FormatInt(rc.Height, 10))
	}
	if !rc.Time.IsZero() {
		line("time", rc.Time.UTC().Format(time.RFC3339Nano))
	}
	line("kind", string(rc.Kind))
	line("caller", rc.Caller)
	switch {
	case rc.Func != "":
		line("call", rc.Package+"."+rc.Func+"("+quoteArgs(rc.Args)+")")
	default:
		line("package", rc.Package)
	}
	if len(rc.Result) > 0 {
		line("result", strings.TrimSpace(string(rc.Result)))
	}
	if rc.Error != "" {
		status := rc.Error
		if rc.Pos != "" {
			status += " at " + rc.Pos
		}
		line("error", status)
		line("error kind", rc.ErrorKind)
	} else if rc.Height > 0 {
		line("status", "ok")
	}
	line("gas used", strconv.FormatInt(rc.GasUsed, 10))
	if rc.Writes > 0 {
		line("writes", fmt.Sprintf("%d (%d bytes)", rc.Writes, rc.WriteBytes))
	}
	line("state hash", rc.StateHash)
	for _, ev := range rc.Events {
		line("event", eventLine(ev.Pkg, ev.Type, ev.List, ev.Attrs))
	}
}

func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = strconv.Quote(a)
	}
	return strings.Join(q, ", ")
}

// writeTable writes rows as aligned columns, without trailing spaces.
func writeTable(w io.Writer, rows [][]string) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	tw.Flush()
	for _, l := range strings.SplitAfter(buf.String(), "\n") {
		if l == "" {
			continue
		}
		if _, err := io.WriteString(w, strings.TrimRight(l, " \n")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// receiptOf returns the receipt an error carries, if any.
func receiptOf(err error) *engine.Receipt {
	var cf *client.CallFailed
	if errors.As(err, &cf) {
		return cf.Receipt
	}
	var e *client.Error
	if errors.As(err, &e) {
		return e.Receipt
	}
	return nil
}

// hinted is an error with what to do next, printed as one line.
type hinted struct {
	err  error
	hint string
}

func (h *hinted) Error() string { return h.err.Error() + "; " + h.hint }
func (h *hinted) Unwrap() error { return h.err }

func hint(err error, format string, a ...any) error {
	return &hinted{err: err, hint: fmt.Sprintf(format, a...)}
}

// callFailure explains a failed call, query or push: the failure with its
// position and, where the cause is the command line, the fix. c is used to
// look up the function's signature when the arguments did not fit.
type callFailure struct {
	c      *client.Client
	pkg    string
	fn     string
	caller string // --as
	gas    bool   // the command has --gas
}

func (cf callFailure) explain(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	code := errorCode(err)
	rc := receiptOf(err)
	kind := ""
	if rc != nil {
		kind = rc.ErrorKind
		err = errors.New(failureText(rc))
	}
	switch {
	case kind == "not_found" || code == api.CodeNotFound:
		return hint(err, `"amigo packages" lists the deployed packages`)
	case kind == "args" || code == api.CodeBadRequest && rc != nil:
		return cf.argsHint(ctx, err)
	case kind == "out_of_gas" && cf.gas:
		return hint(err, "raise the limit with --gas")
	case kind == "exists":
		return hint(err, `"amigo packages %s" shows it`, cf.pkg)
	case code == api.CodeForbidden && cf.caller != "":
		return hint(err, "--as works only on a node of the dev profile")
	case code == api.CodeUnauthorized:
		return hint(err, "the node needs credentials")
	}
	return err
}

// argsHint adds the function's signature (or where to find the package's
// functions) to an argument error.
func (cf callFailure) argsHint(ctx context.Context, err error) error {
	if cf.c == nil || cf.fn == "" {
		return err
	}
	pi, perr := cf.c.Package(ctx, cf.pkg)
	if perr != nil {
		return err
	}
	for _, fi := range pi.Funcs {
		if fi.Name == cf.fn {
			return hint(err, "%s.%s is %s", cf.pkg, cf.fn, fi.Signature)
		}
	}
	return hint(err, `"amigo packages %s" lists its functions`, cf.pkg)
}

// failureText is a failed receipt's error with its position.
func failureText(rc *engine.Receipt) string {
	msg := rc.Error
	if rc.Pos != "" && !strings.Contains(msg, rc.Pos) {
		msg += " at " + rc.Pos
	}
	return msg
}

// errorCode is the API error code of err, if the node answered one.
func errorCode(err error) api.ErrorCode {
	var e *client.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
