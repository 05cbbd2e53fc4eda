package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// RenderOptions are the options of amigo render.
type RenderOptions struct {
	f *Factory

	Package string // PKG
	Path    string // the path given to Render (after the colon)
}

// NewCmdRender builds amigo render. runF, when non-nil, runs instead of
// the command.
func NewCmdRender(f *Factory, runF func(*RenderOptions) error) *cobra.Command {
	opts := &RenderOptions{f: f}
	cmd := &cobra.Command{
		Use:   "render PKG[:PATH]",
		Short: "print the markdown a package's Render(path) returns",
		Long: `render calls Render(path string) string of a deployed package as a query
and prints the markdown. PATH (after the colon) is passed to Render; it is
empty when left out.`,
		Example: `  amigo render counter
  amigo render alice/blog:posts/1`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Package, opts.Path, _ = strings.Cut(args[0], ":")
			if opts.Package == "" {
				return usagef(cmd, "usage: %s", cmd.UseLine())
			}
			if runF != nil {
				return runF(opts)
			}
			return renderRun(cmd.Context(), opts)
		},
	}
	return cmd
}

func renderRun(ctx context.Context, opts *RenderOptions) error {
	f := opts.f
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	out, err := c.Render(ctx, opts.Package, opts.Path)
	if err != nil {
		if rc := receiptOf(err); rc != nil && f.JSON() {
			_ = f.printJSON(rc)
		}
		return callFailure{c: c, pkg: opts.Package, fn: "Render"}.explain(ctx, err)
	}
	if f.JSON() {
		return f.printJSON(out)
	}
	fmt.Fprint(f.Out, out.Markdown)
	if out.Markdown != "" && !strings.HasSuffix(out.Markdown, "\n") {
		fmt.Fprintln(f.Out)
	}
	return nil
}
