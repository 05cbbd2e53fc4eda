package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// PeersOptions are the options of amigo peers.
type PeersOptions struct {
	f *Factory
}

// NewCmdPeers builds amigo peers. runF, when non-nil, runs instead of the
// command.
func NewCmdPeers(f *Factory, runF func(*PeersOptions) error) *cobra.Command {
	opts := &PeersOptions{f: f}
	cmd := &cobra.Command{
		Use:   "peers",
		Short: "list the libp2p peers the node is connected to",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return peersRun(cmd.Context(), opts)
		},
	}
	return cmd
}

func peersRun(ctx context.Context, opts *PeersOptions) error {
	f := opts.f
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	list, err := c.Peers(ctx)
	if err != nil {
		return err
	}
	if f.JSON() {
		return f.printJSON(list)
	}
	if len(list.Peers) == 0 {
		fmt.Fprintln(f.ErrOut, "no connected peers")
		return nil
	}
	for _, p := range list.Peers {
		fmt.Fprintln(f.Out, strings.TrimSpace(p.ID+"  "+strings.Join(p.Addrs, " ")))
	}
	return nil
}
