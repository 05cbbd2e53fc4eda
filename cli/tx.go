package cli

import (
	"context"

	"github.com/amigo-platform/amigo/api"
	"github.com/spf13/cobra"
)

// TxOptions are the options of amigo tx.
type TxOptions struct {
	f *Factory

	Hash string
}

// NewCmdTx builds amigo tx. runF, when non-nil, runs instead of the
// command.
func NewCmdTx(f *Factory, runF func(*TxOptions) error) *cobra.Command {
	opts := &TxOptions{f: f}
	cmd := &cobra.Command{
		Use:   "tx HASH",
		Short: "print the receipt of a transaction",
		Long: `tx prints the receipt of a transaction: its height, caller, call, result
or error with its position, gas used and events. A reverted transaction's
receipt is printed too (the command succeeds: it found the receipt).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Hash = args[0]
			if runF != nil {
				return runF(opts)
			}
			return txRun(cmd.Context(), opts)
		},
	}
	return cmd
}

func txRun(ctx context.Context, opts *TxOptions) error {
	f := opts.f
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	rc, err := c.Tx(ctx, opts.Hash)
	if err != nil {
		if errorCode(err) == api.CodeNotFound {
			return hint(err, `"amigo events" and "amigo status" show recent activity`)
		}
		return err
	}
	if f.JSON() {
		return f.printJSON(rc)
	}
	printReceipt(f.Out, rc)
	return nil
}
