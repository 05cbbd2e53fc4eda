package cli

import (
	"context"
	"fmt"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/spf13/cobra"
)

// CallOptions are the options of amigo call.
type CallOptions struct {
	f *Factory

	Target string   // PKG.FUNC
	Args   []string // the function's arguments
	Gas    int64    // --gas: gas limit, 0 for the node's default
	As     string   // --as: caller override (dev profile)
	Async  bool     // --async: return once accepted
	Sign   signFlags

	Network string // --network: the network that must serve the call
}

// NewCmdCall builds amigo call. runF, when non-nil, runs instead of the
// command (tests capture the parsed options with it).
func NewCmdCall(f *Factory, runF func(*CallOptions) error) *cobra.Command {
	opts := &CallOptions{f: f}
	cmd := &cobra.Command{
		Use:   "call PKG.FUNC [ARGS...]",
		Short: "call an exported function of a deployed package as a transaction",
		Long: `call calls an exported function of a deployed package as a transaction:
its writes persist. Arguments are text for basic types (bob, 100, true, 1.5)
and JSON otherwise ({"x":1}, [1,2], "quoted"). The result prints as JSON on
stdout and the gas used on stderr. A call that panics, runs out of gas or
returns a non-nil error is reverted and exits with status 1.

Put -- before arguments that start with "-" (amigo call calc.Add -- -1 2).`,
		Example: `  amigo call hello.Greet world
  amigo call alice/token.Transfer bob 100 --gas 500000
  amigo call counter.Increment 1 --as alice --output json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Target, opts.Args = args[0], args[1:]
			if _, _, err := api.SplitTarget(opts.Target); err != nil {
				return usagef(cmd, "%v", err)
			}
			if opts.Gas < 0 {
				return usagef(cmd, "--gas must not be negative")
			}
			if runF != nil {
				return runF(opts)
			}
			return callRun(cmd.Context(), opts)
		},
	}
	addWriteFlags(cmd, "call", &opts.Gas, &opts.As, &opts.Async)
	cmd.Flags().StringVar(&opts.Network, "network", "", "network id (dev:<peer>, chain:<id>, cluster:<name>) that must serve the call; the node forwards it to a peer of that network")
	addSignFlags(cmd, &opts.Sign)
	return cmd
}

// addWriteFlags adds the flags of the commands that write (push, call):
// --gas, --as and --async.
func addWriteFlags(cmd *cobra.Command, what string, gas *int64, as *string, async *bool) {
	cmd.Flags().Int64Var(gas, "gas", 0, "gas limit of the "+what+" (0: the node's default)")
	cmd.Flags().StringVar(as, "as", "", what+" as this identity (dev profile only)")
	cmd.Flags().BoolVar(async, "async", false, "return once the node accepted the "+what+", printing its hash")
}

func callRun(ctx context.Context, opts *CallOptions) error {
	f := opts.f
	pkg, fn, _ := api.SplitTarget(opts.Target)
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	var rc *engine.Receipt
	if opts.Sign.From != "" {
		rc, err = submitSigned(ctx, f, c, opts.Sign, opts.Network, engine.Tx{Kind: engine.KindCall, Package: pkg, Func: fn, Args: opts.Args, GasLimit: opts.Gas}, opts.Async)
	} else {
		rc, err = c.CallWith(ctx, client.CallRequest{Package: pkg, Func: fn, Args: opts.Args, Caller: opts.As, GasLimit: opts.Gas, Async: opts.Async, Network: opts.Network})
	}
	if rc != nil && f.JSON() {
		if perr := f.printJSON(rc); perr != nil {
			return perr
		}
	}
	if err != nil {
		return callFailure{c: c, pkg: pkg, fn: fn, caller: opts.As, gas: true}.explain(ctx, err)
	}
	if f.JSON() {
		return nil
	}
	if opts.Async {
		fmt.Fprintln(f.Out, rc.Hash)
		fmt.Fprintf(f.ErrOut, "accepted; amigo tx %s shows the receipt once it is applied\n", rc.Hash)
		return nil
	}
	printResult(f.Out, rc)
	printEvents(f.ErrOut, rc.Events)
	fmt.Fprintf(f.ErrOut, "gas used: %d\n", rc.GasUsed)
	return nil
}
