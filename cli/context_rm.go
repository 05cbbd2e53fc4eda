package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// ContextRmOptions are the options of amigo context rm.
type ContextRmOptions struct {
	f *Factory

	Names []string
}

// NewCmdContextRm builds amigo context rm. runF, when non-nil, runs
// instead of the command.
func NewCmdContextRm(f *Factory, runF func(*ContextRmOptions) error) *cobra.Command {
	opts := &ContextRmOptions{f: f}
	cmd := &cobra.Command{
		Use:     "rm NAME...",
		Aliases: []string{"remove"},
		Short:   "remove contexts (removing the current one makes default current)",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Names = args
			for _, n := range args {
				if n == DefaultContext {
					return usagef(cmd, "the built-in context %q cannot be removed", n)
				}
			}
			if runF != nil {
				return runF(opts)
			}
			return contextRmRun(opts)
		},
	}
	return cmd
}

func contextRmRun(opts *ContextRmOptions) error {
	f := opts.f
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	for _, n := range opts.Names {
		if _, ok := cfg.Contexts[n]; !ok {
			return fmt.Errorf("no context %q; amigo context ls lists them", n)
		}
	}
	wasCurrent := false
	for _, n := range opts.Names {
		delete(cfg.Contexts, n)
		if cfg.CurrentContext == n {
			cfg.CurrentContext = ""
			wasCurrent = true
		}
	}
	if err := cfg.Save(); err != nil {
		return err
	}
	if f.JSON() {
		return f.printJSON(opts.Names)
	}
	for _, n := range opts.Names {
		fmt.Fprintln(f.Out, n)
	}
	if wasCurrent {
		fmt.Fprintf(f.ErrOut, "the current context was removed; %q is current now\n", DefaultContext)
	}
	return nil
}
