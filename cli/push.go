package cli

import (
	"context"
	"fmt"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
	"github.com/spf13/cobra"
)

// PushOptions are the options of amigo push.
type PushOptions struct {
	f *Factory

	Dir   string // the package's directory
	Path  string // the package path to deploy to
	Gas   int64  // --gas
	As    string // --as
	Async bool   // --async
	Sign  signFlags
}

// NewCmdPush builds amigo push. runF, when non-nil, runs instead of the
// command.
func NewCmdPush(f *Factory, runF func(*PushOptions) error) *cobra.Command {
	opts := &PushOptions{f: f}
	cmd := &cobra.Command{
		Use:   "push DIR PATH",
		Short: "deploy the package in DIR to the package path PATH",
		Long: `push deploys the non-test .go files of DIR as the package PATH
(lowercase segments joined by /, like hello or alice/token). The node
type-checks the source and runs its init; packages are immutable once
deployed. Prints the package's address, the gas used and the transaction
hash.`,
		Example: `  amigo push ./counter counter
  amigo push ./token alice/token --gas 5000000`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir, opts.Path = args[0], args[1]
			if err := vm.ValidPackagePath(opts.Path); err != nil {
				return usagef(cmd, "%v", err)
			}
			if opts.Gas < 0 {
				return usagef(cmd, "--gas must not be negative")
			}
			if runF != nil {
				return runF(opts)
			}
			return pushRun(cmd.Context(), opts)
		},
	}
	addWriteFlags(cmd, "deploy", &opts.Gas, &opts.As, &opts.Async)
	addSignFlags(cmd, &opts.Sign)
	return cmd
}

func pushRun(ctx context.Context, opts *PushOptions) error {
	f := opts.f
	files, err := client.ReadPackage(opts.Dir)
	if err != nil {
		return err
	}
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	size := 0
	for _, file := range files {
		size += len(file.Src)
	}
	fmt.Fprintf(f.ErrOut, "pushing %s (%s, %s) to %s at %s...\n", opts.Dir, plural(len(files), "file"), byteSize(size), opts.Path, c.Endpoint())
	var rc *engine.Receipt
	if opts.Sign.From != "" {
		rc, err = submitSigned(ctx, f, c, opts.Sign, "", engine.Tx{Kind: engine.KindDeploy, Package: opts.Path, Files: files, GasLimit: opts.Gas}, opts.Async)
	} else {
		rc, err = c.Deploy(ctx, opts.Path, files, client.CallOptions{Caller: opts.As, GasLimit: opts.Gas, Async: opts.Async})
	}
	if rc != nil && f.JSON() {
		if perr := f.printJSON(rc); perr != nil {
			return perr
		}
	}
	if err != nil {
		return callFailure{c: c, pkg: opts.Path, caller: opts.As, gas: true}.explain(ctx, err)
	}
	if f.JSON() {
		return nil
	}
	if opts.Async {
		fmt.Fprintln(f.Out, rc.Hash)
		fmt.Fprintf(f.ErrOut, "accepted; amigo tx %s shows the receipt once it is applied\n", rc.Hash)
		return nil
	}
	printEvents(f.ErrOut, rc.Events)
	fmt.Fprintf(f.Out, "package:  %s\naddress:  %s\ngas used: %d\ntx:       %s\n", opts.Path, address.ForPackage(opts.Path), rc.GasUsed, rc.Hash)
	return nil
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func byteSize(n int) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", float64(n)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
