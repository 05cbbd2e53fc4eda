package cli

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/atomicfile"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"

	"github.com/BurntSushi/toml"
	"github.com/amigo-platform/amigo/client"
)

// ConfigFile is the name of the configuration file in the amigo home.
const ConfigFile = "config.toml"

// DefaultContext is the built-in context: the local node at
// client.DefaultEndpoint. It is current when no other is, and cannot be
// created or removed.
const DefaultContext = "default"

// Config is config.toml:
//
//	current-context = "prod"
//
//	[contexts.prod]
//	remote = "/dns4/node.example.com/tcp/4001/p2p/12D3KooW..."
//	description = "the production cluster"
//
// Keys other than these (sections other commands own) are kept as they
// are when the file is saved; comments are not.
type Config struct {
	CurrentContext string
	Contexts       map[string]Context

	path string
	raw  map[string]any // the whole file
}

// Context names a node to talk to.
type Context struct {
	Remote      string `toml:"remote" json:"remote"`
	Description string `toml:"description,omitempty" json:"description,omitempty"`
	// Token is an OAuth2 bearer token sent with every request (cluster
	// gateways require one).
	Token string `toml:"token,omitempty" json:"-"`
	// CAFile is a PEM file of certificate authorities trusted for the
	// node's https:// URL besides the system's (a private CA).
	CAFile string `toml:"ca_file,omitempty" json:"ca_file,omitempty"`
}

// fileConfig is the part of the file Config owns.
type fileConfig struct {
	CurrentContext string             `toml:"current-context"`
	Contexts       map[string]Context `toml:"contexts"`
}

// LoadConfig reads the configuration at path; a missing file is an empty
// configuration.
func LoadConfig(path string) (*Config, error) {
	cfg := &Config{path: path, raw: map[string]any{}, Contexts: map[string]Context{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, nil
	}
	if err != nil {
		return nil, err
	}
	var fc fileConfig
	if _, err := toml.Decode(string(b), &fc); err != nil {
		return nil, fmt.Errorf("%s: %v; fix or remove the file", path, err)
	}
	if _, err := toml.Decode(string(b), &cfg.raw); err != nil {
		return nil, fmt.Errorf("%s: %v; fix or remove the file", path, err)
	}
	cfg.CurrentContext = fc.CurrentContext
	for name, c := range fc.Contexts {
		cfg.Contexts[name] = c
	}
	return cfg, nil
}

// Path is the file the configuration was loaded from.
func (c *Config) Path() string { return c.path }

// Save writes the configuration back, atomically, readable only by the
// user (the file may one day hold credentials).
func (c *Config) Save() error {
	if c.CurrentContext == "" || c.CurrentContext == DefaultContext {
		delete(c.raw, "current-context")
	} else {
		c.raw["current-context"] = c.CurrentContext
	}
	if len(c.Contexts) == 0 {
		delete(c.raw, "contexts")
	} else {
		ctxs := map[string]any{}
		for name, ctx := range c.Contexts {
			ctxs[name] = ctx
		}
		c.raw["contexts"] = ctxs
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(c.raw); err != nil {
		return fmt.Errorf("encode %s: %w", c.path, err)
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o700); err != nil {
		return err
	}
	return atomicfile.Write(c.path, buf.Bytes(), 0o600)
}

// Current returns the current context: the named one, or the default.
func (c *Config) Current() (Context, error) {
	name := c.CurrentName()
	if name == DefaultContext {
		return Context{Remote: client.DefaultEndpoint, Description: "the local node"}, nil
	}
	ctx, ok := c.Contexts[name]
	if !ok {
		return Context{}, fmt.Errorf("the current context %q is not defined in %s; pick one with amigo context use NAME (amigo context ls lists them)", name, c.path)
	}
	return ctx, nil
}

// CurrentName is the name of the current context.
func (c *Config) CurrentName() string {
	if c.CurrentContext == "" {
		return DefaultContext
	}
	return c.CurrentContext
}

// Names lists the contexts, the default first, then by name.
func (c *Config) Names() []string {
	names := make([]string, 0, len(c.Contexts)+1)
	for n := range c.Contexts {
		names = append(names, n)
	}
	sort.Strings(names)
	return append([]string{DefaultContext}, names...)
}

var contextName = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$`)

// checkContextName validates the name of a new context.
func checkContextName(name string) error {
	if name == DefaultContext {
		return fmt.Errorf("%q is the built-in context; choose another name", name)
	}
	if !contextName.MatchString(name) || len(name) > 64 {
		return fmt.Errorf("context name %q: use letters, digits and _.+- (starting with a letter or digit)", name)
	}
	return nil
}
