package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/spf13/cobra"
)

// PackagesOptions are the options of amigo packages.
type PackagesOptions struct {
	f *Factory

	Path   string // one package to show; "" lists them
	Search string // --search: list paths containing this
	Limit  int    // --limit
	Offset int    // --offset
	Source bool   // --source: print the package's source too
}

// NewCmdPackages builds amigo packages. runF, when non-nil, runs instead
// of the command.
func NewCmdPackages(f *Factory, runF func(*PackagesOptions) error) *cobra.Command {
	opts := &PackagesOptions{f: f}
	cmd := &cobra.Command{
		Use:   "packages [PATH]",
		Short: "list deployed packages, or show one with its functions",
		Long: `packages lists the deployed packages with their functions and the first
line of their doc. Given a PATH it shows that package: its address, doc, and
each exported function's signature and doc (--source adds the source).`,
		Example: `  amigo packages
  amigo packages --search token
  amigo packages alice/token --source`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Path = args[0]
			}
			if opts.Limit < 0 || opts.Offset < 0 {
				return usagef(cmd, "--limit and --offset must not be negative")
			}
			if runF != nil {
				return runF(opts)
			}
			return packagesRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Search, "search", "", "list only packages whose path contains this")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "list at most this many (0: the node's default)")
	cmd.Flags().IntVar(&opts.Offset, "offset", 0, "skip this many")
	cmd.Flags().BoolVar(&opts.Source, "source", false, "with PATH: print the source files too")
	return cmd
}

func packagesRun(ctx context.Context, opts *PackagesOptions) error {
	f := opts.f
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	if opts.Path != "" {
		pi, err := c.Package(ctx, opts.Path)
		if err != nil {
			if errorCode(err) == api.CodeNotFound {
				return hint(err, `"amigo packages" lists the deployed packages`)
			}
			return err
		}
		if f.JSON() {
			return f.printJSON(pi)
		}
		printPackage(f, pi, opts.Source)
		return nil
	}
	list, err := c.Packages(ctx, opts.Search, opts.Limit, opts.Offset)
	if err != nil {
		return err
	}
	if f.JSON() {
		return f.printJSON(list)
	}
	if len(list.Packages) == 0 {
		if opts.Search != "" || opts.Offset > 0 {
			fmt.Fprintln(f.ErrOut, "no packages match")
		} else {
			fmt.Fprintln(f.ErrOut, "no packages deployed; amigo push DIR PATH deploys one")
		}
		return nil
	}
	var rows [][]string
	for _, pi := range list.Packages {
		names := make([]string, len(pi.Funcs))
		for i, fi := range pi.Funcs {
			names[i] = fi.Name
		}
		rows = append(rows, []string{pi.Path, strings.Join(names, ","), firstLine(pi.Doc, 60)})
	}
	if err := writeTable(f.Out, rows); err != nil {
		return err
	}
	if shown := opts.Offset + len(list.Packages); shown < list.Total {
		fmt.Fprintf(f.ErrOut, "%d-%d of %d packages; --offset %d shows more\n", opts.Offset+1, shown, list.Total, shown)
	}
	return nil
}

// printPackage shows one package as go doc would.
func printPackage(f *Factory, pi *engine.PackageInfo, source bool) {
	w := f.Out
	fmt.Fprintf(w, "package %s // import %q\n\n", pi.Name, pi.Path)
	fmt.Fprintf(w, "address: %s\n", pi.Address)
	deployed := fmt.Sprintf("deployed at height %d", pi.Height)
	if pi.Deployer != "" {
		deployed += " by " + pi.Deployer
	}
	if pi.TxHash != "" {
		deployed += " in tx " + pi.TxHash
	}
	fmt.Fprintln(w, deployed)
	if len(pi.Imports) > 0 {
		fmt.Fprintf(w, "imports: %s\n", strings.Join(pi.Imports, ", "))
	}
	if pi.Doc != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, strings.TrimRight(pi.Doc, "\n"))
	}
	for _, fi := range pi.Funcs {
		fmt.Fprintln(w)
		fmt.Fprintln(w, fi.Signature)
		if fi.Doc != "" {
			for _, l := range strings.Split(strings.TrimRight(fi.Doc, "\n"), "\n") {
				fmt.Fprintln(w, strings.TrimRight("    "+l, " "))
			}
		}
	}
	if source {
		for _, file := range pi.Files {
			fmt.Fprintf(w, "\n// file %s\n\n%s", file.Name, file.Src)
			if len(file.Src) > 0 && file.Src[len(file.Src)-1] != '\n' {
				fmt.Fprintln(w)
			}
		}
	}
}

// firstLine is the first sentence or line of doc, at most n runes.
func firstLine(doc string, n int) string {
	doc = strings.TrimSpace(doc)
	if i := strings.IndexByte(doc, '\n'); i >= 0 {
		doc = doc[:i]
	}
	if i := strings.Index(doc, ". "); i >= 0 {
		doc = doc[:i+1]
	}
	if r := []rune(doc); len(r) > n {
		doc = string(r[:n-3]) + "..."
	}
	return doc
}
