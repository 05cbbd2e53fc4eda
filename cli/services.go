package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// ServicesOptions are the options of amigo services.
type ServicesOptions struct {
	f *Factory

	Name string // the service's name (a package path, a network id); "" for all
	Kind string // --kind: network, package, gateway, relay; "" for all
}

// NewCmdServices builds amigo services. runF, when non-nil, runs instead
// of the command.
func NewCmdServices(f *Factory, runF func(*ServicesOptions) error) *cobra.Command {
	opts := &ServicesOptions{f: f}
	cmd := &cobra.Command{
		Use:   "services [NAME]",
		Short: "list the services of the registry: networks, packages, gateways, relays",
		Long: `services lists the service records the node knows: which peer serves
which network, package, gateway or relay, at which addresses, until when.
Records are signed by their peer and verified by the node. With a NAME (a
package path, a network id) and --kind, a node that knows no such record
looks it up on the network first.`,
		Example: `  amigo services
  amigo services hello --kind package
  amigo services --kind relay -o json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Name = args[0]
			}
			switch opts.Kind {
			case "", "network", "package", "gateway", "relay":
			default:
				return usagef(cmd, "--kind %q: want network, package, gateway or relay", opts.Kind)
			}
			if runF != nil {
				return runF(opts)
			}
			return servicesRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Kind, "kind", "", "only services of this kind: network, package, gateway, relay")
	return cmd
}

func servicesRun(ctx context.Context, opts *ServicesOptions) error {
	f := opts.f
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	list, err := c.Services(ctx, opts.Kind, opts.Name)
	if err != nil {
		return err
	}
	if f.JSON() {
		return f.printJSON(list)
	}
	if len(list.Services) == 0 {
		fmt.Fprintln(f.ErrOut, "no services known")
		return nil
	}
	for _, s := range list.Services {
		addr := ""
		if len(s.Addrs) > 0 {
			addr = s.Addrs[0]
		}
		fmt.Fprintln(f.Out, strings.TrimSpace(fmt.Sprintf("%-8s %s  %s  %s  expires %s", s.Kind, s.Name, s.Peer, addr, s.Expires.UTC().Format(time.RFC3339))))
	}
	return nil
}
