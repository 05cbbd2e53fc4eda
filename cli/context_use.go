package cli

import (
	"fmt"

	"github.com/spf13/cobra"
)

// ContextUseOptions are the options of amigo context use.
type ContextUseOptions struct {
	f *Factory

	Name string
}

// NewCmdContextUse builds amigo context use. runF, when non-nil, runs
// instead of the command.
func NewCmdContextUse(f *Factory, runF func(*ContextUseOptions) error) *cobra.Command {
	opts := &ContextUseOptions{f: f}
	cmd := &cobra.Command{
		Use:   "use NAME",
		Short: "make a context the current one (default: the local node)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if runF != nil {
				return runF(opts)
			}
			return contextUseRun(opts)
		},
	}
	return cmd
}

func contextUseRun(opts *ContextUseOptions) error {
	f := opts.f
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	if _, ok := cfg.Contexts[opts.Name]; !ok && opts.Name != DefaultContext {
		return fmt.Errorf("no context %q; amigo context ls lists them, amigo context create makes one", opts.Name)
	}
	cfg.CurrentContext = opts.Name
	if err := cfg.Save(); err != nil {
		return err
	}
	cur, _ := cfg.Current()
	if f.JSON() {
		return f.printJSON(contextEntry{Name: opts.Name, Context: cur, Current: true})
	}
	fmt.Fprintln(f.Out, opts.Name)
	fmt.Fprintf(f.ErrOut, "current context is now %q (%s)\n", opts.Name, cur.Remote)
	if f.getenv(EnvRemote) != "" {
		fmt.Fprintf(f.ErrOut, "note: $%s is set and overrides the context\n", EnvRemote)
	}
	return nil
}
