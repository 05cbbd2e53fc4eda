package cli

import (
	"context"
	"fmt"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/spf13/cobra"
)

// QueryOptions are the options of amigo query.
type QueryOptions struct {
	f *Factory

	Target string   // PKG.FUNC
	Args   []string // the function's arguments
	As     string   // --as: caller override (dev profile)

	Network string // --network: the network that must serve the query
}

// NewCmdQuery builds amigo query. runF, when non-nil, runs instead of the
// command.
func NewCmdQuery(f *Factory, runF func(*QueryOptions) error) *cobra.Command {
	opts := &QueryOptions{f: f}
	cmd := &cobra.Command{
		Use:   "query PKG.FUNC [ARGS...]",
		Short: "call an exported function read-only, against the committed state",
		Long: `query runs an exported function of a deployed package against the
committed state and discards its writes: nothing is recorded and no gas is
paid beyond the node's query limit. Arguments are as for amigo call.`,
		Example: `  amigo query counter.Count
  amigo query alice/token.BalanceOf bob --output json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Target, opts.Args = args[0], args[1:]
			if _, _, err := api.SplitTarget(opts.Target); err != nil {
				return usagef(cmd, "%v", err)
			}
			if runF != nil {
				return runF(opts)
			}
			return queryRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.As, "as", "", "query as this identity (dev profile only)")
	cmd.Flags().StringVar(&opts.Network, "network", "", "network id (dev:<peer>, chain:<id>, cluster:<name>) that must serve the query; the node forwards it to a peer of that network")
	return cmd
}

func queryRun(ctx context.Context, opts *QueryOptions) error {
	f := opts.f
	pkg, fn, _ := api.SplitTarget(opts.Target)
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	rc, err := c.QueryWith(ctx, client.CallRequest{Package: pkg, Func: fn, Args: opts.Args, Caller: opts.As, Network: opts.Network})
	if rc != nil && f.JSON() {
		if perr := f.printJSON(rc); perr != nil {
			return perr
		}
	}
	if err != nil {
		return callFailure{c: c, pkg: pkg, fn: fn, caller: opts.As}.explain(ctx, err)
	}
	if f.JSON() {
		return nil
	}
	printResult(f.Out, rc)
	fmt.Fprintf(f.ErrOut, "gas used: %d\n", rc.GasUsed)
	return nil
}
