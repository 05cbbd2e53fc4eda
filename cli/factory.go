package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/amigo-platform/amigo/client"
	"github.com/spf13/pflag"
)

// Factory gives commands what they depend on: output writers, the
// environment, the amigo home with its config.toml, and the node client.
// Tests replace Getenv and NewClient; the global flags are parsed into it.
type Factory struct {
	Out    io.Writer
	ErrOut io.Writer
	// Getenv reads the environment (os.Getenv when nil).
	Getenv func(string) string
	// UserHomeDir is the user's home directory (os.UserHomeDir when nil).
	UserHomeDir func() (string, error)
	// NewClient makes the client of an endpoint (client.New when nil).
	NewClient func(endpoint string) (*client.Client, error)

	remote string // --remote
	output string // --output
	home   string // --home
	cacert string // --cacert
}

// Environment variables the command line reads.
const (
	EnvRemote = "AMIGO_REMOTE"
	EnvHome   = "AMIGO_HOME"
	EnvToken  = "AMIGO_TOKEN"
	EnvCACert = "AMIGO_CACERT"
)

// NewFactory returns a Factory over the process's environment.
func NewFactory(stdout, stderr io.Writer) *Factory {
	return &Factory{Out: stdout, ErrOut: stderr}
}

func (f *Factory) bindGlobalFlags(fs *pflag.FlagSet) {
	fs.StringVar(&f.remote, "remote", "", "the node: an http(s) URL or a multiaddr with /p2p/<peer-id> (default: $"+EnvRemote+", else the current context, else "+client.DefaultEndpoint+")")
	fs.StringVarP(&f.output, "output", "o", "text", "output format: text or json")
	fs.StringVar(&f.home, "home", "", "the amigo home, where config.toml lives (default: $"+EnvHome+", else ~/.amigo)")
	fs.StringVar(&f.cacert, "cacert", "", "PEM file of certificate authorities to trust for an https:// node, besides the system's (default: $"+EnvCACert+", else the current context's ca_file)")
}

func (f *Factory) checkGlobalFlags() error {
	switch f.output {
	case "text", "json":
		return nil
	}
	return &usageError{fmt.Sprintf("--output %q: want text or json", f.output)}
}

func (f *Factory) getenv(k string) string {
	if f.Getenv != nil {
		return f.Getenv(k)
	}
	return os.Getenv(k)
}

// JSON reports whether the output is JSON (--output json): every command
// then prints one JSON document on stdout (the API's JSON where there is
// one), and streams print one document per line.
func (f *Factory) JSON() bool { return f.output == "json" }

// Home is the amigo home directory: --home, else $AMIGO_HOME, else
// ~/.amigo. It is not created.
func (f *Factory) Home() (string, error) {
	if f.home != "" {
		return f.home, nil
	}
	if h := f.getenv(EnvHome); h != "" {
		return h, nil
	}
	uhd := f.UserHomeDir
	if uhd == nil {
		uhd = os.UserHomeDir
	}
	dir, err := uhd()
	if err != nil {
		return "", fmt.Errorf("cannot find the home directory (%v); pass --home or set $%s", err, EnvHome)
	}
	return filepath.Join(dir, ".amigo"), nil
}

// Config loads config.toml from the home (an empty Config when the file
// does not exist).
func (f *Factory) Config() (*Config, error) {
	home, err := f.Home()
	if err != nil {
		return nil, err
	}
	return LoadConfig(filepath.Join(home, ConfigFile))
}

// Remote is the endpoint of the node: --remote, else $AMIGO_REMOTE, else
// the current context's, else client.DefaultEndpoint.
func (f *Factory) Remote() (string, error) {
	if f.remote != "" {
		return f.remote, nil
	}
	if r := f.getenv(EnvRemote); r != "" {
		return r, nil
	}
	cfg, err := f.Config()
	if err != nil {
		return "", err
	}
	ctx, err := cfg.Current()
	if err != nil {
		return "", err
	}
	return ctx.Remote, nil
}

// Client makes a client of the node Remote names. The caller closes it.
func (f *Factory) Client() (*client.Client, error) {
	remote, err := f.Remote()
	if err != nil {
		return nil, err
	}
	if f.NewClient != nil {
		return f.NewClient(remote)
	}
	token, err := f.token(remote)
	if err != nil {
		return nil, err
	}
	opts := []client.Option{client.WithToken(token)}
	caFile, err := f.caFile(remote)
	if err != nil {
		return nil, err
	}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("--cacert: %w", err)
		}
		opts = append(opts, client.WithCACert(pem))
	}
	c, err := client.New(remote, opts...)
	if err != nil {
		return nil, fmt.Errorf("%v; fix --remote, $%s or the current context (amigo context ls)", err, EnvRemote)
	}
	return c, nil
}

// token is the bearer token for remote: $AMIGO_TOKEN, else the current
// context's when remote is that context's node.
func (f *Factory) token(remote string) (string, error) {
	if t := f.getenv(EnvToken); t != "" {
		return t, nil
	}
	return f.fromContext(remote, func(c Context) string { return c.Token })
}

// fromContext is what get reads of the current context when remote is
// that context's node, else "".
func (f *Factory) fromContext(remote string, get func(Context) string) (string, error) {
	cfg, err := f.Config()
	if err != nil {
		return "", err
	}
	ctx, err := cfg.Current()
	if err != nil || ctx.Remote != remote {
		return "", nil
	}
	return get(ctx), nil
}

// caFile is the CA certificates file for remote: --cacert, else
// $AMIGO_CACERT, else the current context's when remote is that
// context's node.
func (f *Factory) caFile(remote string) (string, error) {
	if f.cacert != "" {
		return f.cacert, nil
	}
	if c := f.getenv(EnvCACert); c != "" {
		return c, nil
	}
	return f.fromContext(remote, func(c Context) string { return c.CAFile })
}

// printJSON writes v to Out as one indented JSON document.
func (f *Factory) printJSON(v any) error {
	enc := json.NewEncoder(f.Out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
