// Package cli implements the amigo command line: one Cobra command per
// file, each built by NewCmdX(f, runF) from a Factory that supplies the
// node client, the configuration and the output writers, so every command
// runs in tests against a fake node, with no process exit.
//
// Exit status: 0 success; 1 a failure (printed as one "error: ..." line
// that says what to do next); 2 a usage error. amigo run and amigo test
// exit as go run and go test do.
package cli

import (
	"context"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/node/gctune"
	"io"
	"os"
	"os/signal"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// exitError carries a process exit status out of a command that has
// already reported why.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// NewRoot builds the amigo command tree over f. The global flags
// (--remote, --output, --home) are parsed into f.
func NewRoot(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "amigo",
		Short: "run Go programs as persistent, deterministic services",
		Long: `amigo runs Go packages as persistent, deterministic services on a node.

Write a contract with amigo init, test it with amigo test, start a node with
amigo node, deploy with amigo push, and use it with amigo call, query and
render. Commands that talk to a node use --remote, else $AMIGO_REMOTE, else
the current context (amigo context), else http://127.0.0.1:8888.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return f.checkGlobalFlags()
		},
	}
	root.SetOut(f.Out)
	root.SetErr(f.ErrOut)
	f.bindGlobalFlags(root.PersistentFlags())
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(
		newRunCmd(f.Out, f.ErrOut),
		newTestCmd(f.Out, f.ErrOut),
		newBenchCmd(f.Out),
		newNodeCmd(f),
		NewCmdInit(f, nil),
		NewCmdPush(f, nil),
		NewCmdCall(f, nil),
		NewCmdQuery(f, nil),
		NewCmdRender(f, nil),
		NewCmdPackages(f, nil),
		NewCmdTx(f, nil),
		NewCmdEvents(f, nil),
		NewCmdStatus(f, nil),
		NewCmdPeers(f, nil),
		NewCmdServices(f, nil),
		NewCmdState(f, nil),
		NewCmdContext(f),
		newKeysCmd(f),
		newChainCmd(f),
		newClusterCmd(f),
	)
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	usageArgs(root)
	lowercaseHelp(root)
	return root
}

// lowercaseHelp starts every short description with a lowercase letter,
// Cobra's own commands' included.
func lowercaseHelp(c *cobra.Command) {
	if r := []rune(c.Short); len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		c.Short = string(unicode.ToLower(r[0])) + string(r[1:])
	}
	for _, sub := range c.Commands() {
		lowercaseHelp(sub)
	}
}

// Main runs the command line with the process's environment and returns
// the exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	// A node's heap is mostly Badger's memtable arenas, which GOGC counts
	// but the collector never scans: pace collections by the scannable
	// heap instead (unless GOGC is set).
	defer gctune.Start()()
	return Run(ctx, NewFactory(stdout, stderr), args)
}

// Run runs the command line over f and returns the exit status. Errors are
// printed to f.ErrOut as one "error: ..." line.
func Run(ctx context.Context, f *Factory, args []string) int {
	root := NewRoot(f)
	root.SetArgs(goStyleFlags(root, args))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	code := 1
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		code = 2
	}
	fmt.Fprintln(f.ErrOut, "error: "+err.Error())
	return code
}

// usageError is a command line that does not fit the command: exit
// status 2.
type usageError struct {
	msg string
}

func (e *usageError) Error() string { return e.msg }

func usagef(cmd *cobra.Command, format string, a ...any) error {
	return &usageError{fmt.Sprintf(format, a...) + fmt.Sprintf(" (see %s --help)", cmd.CommandPath())}
}

// flagError reports a flag that does not parse as a usage error.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	if strings.Contains(msg, "unknown shorthand flag") && cmd.Flags().Lookup("as") != nil {
		msg += `; to pass an argument that starts with "-", put -- before the arguments`
	}
	return usagef(cmd, "%s", msg)
}

// isCobraUsage reports errors Cobra makes for command lines it cannot
// route.
func isCobraUsage(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command ") || strings.HasPrefix(msg, "required flag")
}

// usageArgs makes every argument-count error of the tree a usage error
// that shows the command's usage line.
func usageArgs(c *cobra.Command) {
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				if isCobraUsage(err) {
					return &usageError{err.Error()}
				}
				return usagef(cmd, "usage: %s", cmd.UseLine())
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		usageArgs(sub)
	}
}

// goStyleFlags accepts Go tool style single-dash long flags (amigo test
// -run RE) by rewriting -name to --name for every long flag amigo defines.
func goStyleFlags(root *cobra.Command, args []string) []string {
	long := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Flags().VisitAll(func(f *pflag.Flag) { long[f.Name] = true })
		c.PersistentFlags().VisitAll(func(f *pflag.Flag) { long[f.Name] = true })
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if len(a) > 2 && a[0] == '-' && a[1] != '-' {
			name, _, _ := strings.Cut(a[1:], "=")
			if long[name] && len(name) > 1 {
				out[i] = "-" + a
			}
		}
		if a == "--" {
			copy(out[i:], args[i:])
			break
		}
	}
	return out
}
