package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// StatusOptions are the options of amigo status.
type StatusOptions struct {
	f *Factory
}

// NewCmdStatus builds amigo status. runF, when non-nil, runs instead of
// the command.
func NewCmdStatus(f *Factory, runF func(*StatusOptions) error) *cobra.Command {
	opts := &StatusOptions{f: f}
	cmd := &cobra.Command{
		Use:   "status",
		Short: "describe the node: network, profile, height, state hash, peers",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return statusRun(cmd.Context(), opts)
		},
	}
	return cmd
}

func statusRun(ctx context.Context, opts *StatusOptions) error {
	f := opts.f
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	st, err := c.Status(ctx)
	if err != nil {
		return err
	}
	if f.JSON() {
		return f.printJSON(st)
	}
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(f.Out, "%-11s %s\n", k, v)
		}
	}
	line("endpoint", c.Endpoint())
	line("network", st.Network)
	line("profile", st.Profile)
	line("version", st.Version)
	line("peer id", st.PeerID)
	line("http", st.HTTP)
	line("addrs", strings.Join(st.Addrs, " "))
	line("height", strconv.FormatInt(st.Height, 10))
	if !st.Time.IsZero() {
		line("time", st.Time.UTC().Format(time.RFC3339))
	}
	line("state hash", st.StateHash)
	line("packages", strconv.Itoa(st.Packages))
	line("peers", strconv.Itoa(st.Peers))
	line("caller", st.Caller)
	return nil
}
