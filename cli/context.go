package cli

import (
	"github.com/spf13/cobra"
)

// NewCmdContext builds amigo context and its subcommands.
func NewCmdContext(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "context",
		Short: "manage contexts: named nodes to talk to",
		Long: `A context names a node (an http(s) URL or a multiaddr with /p2p/<peer-id>).
Commands talk to the current context's node unless --remote or $AMIGO_REMOTE
says otherwise. The built-in context "default" is the local node at
http://127.0.0.1:8888. Contexts live in config.toml in the amigo home
(--home, $AMIGO_HOME, ~/.amigo).`,
		Example: `  amigo context create prod --remote /dns4/node.example.com/tcp/4001/p2p/12D3KooW...
  amigo context use prod
  amigo context ls
  amigo context rm prod`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(
		NewCmdContextCreate(f, nil),
		NewCmdContextUse(f, nil),
		NewCmdContextLs(f, nil),
		NewCmdContextRm(f, nil),
	)
	return cmd
}
