package cli

import (
	"github.com/spf13/cobra"
)

// ContextLsOptions are the options of amigo context ls.
type ContextLsOptions struct {
	f *Factory
}

// NewCmdContextLs builds amigo context ls. runF, when non-nil, runs
// instead of the command.
func NewCmdContextLs(f *Factory, runF func(*ContextLsOptions) error) *cobra.Command {
	opts := &ContextLsOptions{f: f}
	cmd := &cobra.Command{
		Use:     "ls",
		Aliases: []string{"list"},
		Short:   "list the contexts; * marks the current one",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return contextLsRun(opts)
		},
	}
	return cmd
}

func contextLsRun(opts *ContextLsOptions) error {
	f := opts.f
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	current := cfg.CurrentName()
	entries := []contextEntry{}
	for _, name := range cfg.Names() {
		ctx, ok := cfg.Contexts[name]
		if name == DefaultContext {
			ctx, _ = (&Config{}).Current()
		} else if !ok {
			continue
		}
		entries = append(entries, contextEntry{Name: name, Context: ctx, Current: name == current})
	}
	if f.JSON() {
		return f.printJSON(entries)
	}
	rows := [][]string{{"NAME", "REMOTE", "DESCRIPTION"}}
	for _, e := range entries {
		name := e.Name
		if e.Current {
			name += " *"
		}
		rows = append(rows, []string{name, e.Remote, e.Description})
	}
	return writeTable(f.Out, rows)
}
