package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/amigo-platform/amigo/client"
	"github.com/spf13/cobra"
)

// ContextCreateOptions are the options of amigo context create.
type ContextCreateOptions struct {
	f *Factory

	Name        string
	Remote      string // the endpoint (the global --remote flag)
	Description string // --description
	Use         bool   // --use: make it the current context
	Token       string // --token: a bearer token sent to the node
	CAFile      string // the global --cacert flag, made absolute
}

// NewCmdContextCreate builds amigo context create. runF, when non-nil,
// runs instead of the command.
func NewCmdContextCreate(f *Factory, runF func(*ContextCreateOptions) error) *cobra.Command {
	opts := &ContextCreateOptions{f: f}
	cmd := &cobra.Command{
		Use:   "create NAME --remote URL|MULTIADDR",
		Short: "create a context naming a node",
		Example: `  amigo context create local2 --remote http://127.0.0.1:9888
  amigo context create prod --remote /ip4/203.0.113.7/tcp/4001/p2p/12D3KooW... --use
  amigo context create paas --remote https://gw.example.com --cacert ca.pem --token "$TOKEN"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name, opts.Remote = args[0], f.remote
			if f.cacert != "" {
				abs, err := filepath.Abs(f.cacert)
				if err != nil {
					return usagef(cmd, "--cacert: %v", err)
				}
				if _, err := os.Stat(abs); err != nil {
					return usagef(cmd, "--cacert: %v", err)
				}
				opts.CAFile = abs
			}
			if opts.Remote == "" {
				return usagef(cmd, "--remote is required: the node's http(s) URL or multiaddr")
			}
			if err := checkContextName(opts.Name); err != nil {
				return usagef(cmd, "%v", err)
			}
			if err := client.CheckEndpoint(opts.Remote); err != nil {
				return usagef(cmd, "--remote: %v", err)
			}
			if runF != nil {
				return runF(opts)
			}
			return contextCreateRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Description, "description", "", "a description shown by amigo context ls")
	cmd.Flags().BoolVar(&opts.Use, "use", false, "make it the current context")
	cmd.Flags().StringVar(&opts.Token, "token", "", "an OAuth2 bearer token sent with every request (cluster gateways; see amigo cluster token create)")
	return cmd
}

func contextCreateRun(opts *ContextCreateOptions) error {
	f := opts.f
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	if _, ok := cfg.Contexts[opts.Name]; ok {
		return fmt.Errorf("context %q already exists; amigo context rm %s removes it", opts.Name, opts.Name)
	}
	cfg.Contexts[opts.Name] = Context{Remote: opts.Remote, Description: opts.Description, Token: opts.Token, CAFile: opts.CAFile}
	if opts.Use {
		cfg.CurrentContext = opts.Name
	}
	if err := cfg.Save(); err != nil {
		return err
	}
	if f.JSON() {
		return f.printJSON(contextEntry{Name: opts.Name, Context: cfg.Contexts[opts.Name], Current: cfg.CurrentName() == opts.Name})
	}
	fmt.Fprintln(f.Out, opts.Name)
	if opts.Use {
		fmt.Fprintf(f.ErrOut, "created context %q and made it current\n", opts.Name)
	} else {
		fmt.Fprintf(f.ErrOut, "created context %q; amigo context use %s makes it current\n", opts.Name, opts.Name)
	}
	return nil
}

// contextEntry is a context as --output json shows it.
type contextEntry struct {
	Name string `json:"name"`
	Context
	Current bool `json:"current"`
}
