package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amigo-platform/amigo/api"
)

// StateOptions are the options of amigo state.
type StateOptions struct {
	f *Factory

	Package string
	Object  uint64 // 0: the package's variables
	Cursor  string
	Limit   int
}

// NewCmdState builds amigo state. runF, when non-nil, runs instead of the
// command.
func NewCmdState(f *Factory, runF func(*StateOptions) error) *cobra.Command {
	opts := &StateOptions{f: f}
	cmd := &cobra.Command{
		Use:   "state PKG | state --object ID",
		Short: "show a package's persisted variables, or a stored object",
		Long: `state shows a package's persisted variables one level deep; values held in
other objects show as @ID, which "amigo state --object ID" opens (a page
of a slice's elements or of a map's entries in key order; --cursor
continues from the "next:" the previous page printed).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Package = args[0]
			}
			if (opts.Package == "") == (opts.Object == 0) {
				return usagef(cmd, "give a package or --object ID")
			}
			if runF != nil {
				return runF(opts)
			}
			return stateRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().Uint64Var(&opts.Object, "object", 0, "a stored object's id (from @ID in a value)")
	cmd.Flags().StringVar(&opts.Cursor, "cursor", "", "continue a page from this cursor")
	cmd.Flags().IntVar(&opts.Limit, "limit", 50, "elements or entries per page")
	return cmd
}

func stateRun(ctx context.Context, opts *StateOptions) error {
	f := opts.f
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	if opts.Package != "" {
		st, err := c.State(ctx, opts.Package)
		if err != nil {
			if errorCode(err) == api.CodeNotFound {
				return hint(err, `"amigo packages" lists the deployed packages`)
			}
			return err
		}
		if f.JSON() {
			return f.printJSON(st)
		}
		for _, v := range st.Vars {
			fmt.Fprintf(f.Out, "%s %s = %s\n", v.Name, v.Type, formatView(v.Value))
		}
		return nil
	}
	ov, err := c.Object(ctx, opts.Object, opts.Cursor, opts.Limit)
	if err != nil {
		return err
	}
	if f.JSON() {
		return f.printJSON(ov)
	}
	printObject(f.Out, ov)
	return nil
}

func printObject(w io.Writer, ov *api.ObjectView) {
	fmt.Fprintf(w, "@%d %s %s (owner %s, len %d)\n", ov.ID, ov.Kind, ov.Type, ov.Owner, ov.Len)
	if ov.Value != nil {
		fmt.Fprintf(w, "  %s\n", formatView(*ov.Value))
	}
	for _, fv := range ov.Fields {
		fmt.Fprintf(w, "  %s: %s\n", fv.Name, formatView(fv.Value))
	}
	start := 0
	if ov.Kind != "map" && ov.Next != "" {
		n, _ := strconv.Atoi(ov.Next)
		start = n - len(ov.Elems)
	}
	for i, e := range ov.Elems {
		fmt.Fprintf(w, "  [%d] %s\n", start+i, formatView(e))
	}
	for _, e := range ov.Entries {
		fmt.Fprintf(w, "  %s: %s\n", formatView(e.Key), formatView(e.Value))
	}
	if ov.Next != "" {
		fmt.Fprintf(w, "next: amigo state --object %d --cursor %s\n", ov.ID, ov.Next)
	}
}

// formatView writes a value one level deep, objects as @ID.
func formatView(v api.ValueView) string {
	switch {
	case v.Nil:
		return "nil"
	case v.Dynamic != nil:
		return v.Dynamic.Type + "(" + formatView(*v.Dynamic) + ")"
	case v.Var != "":
		return "&" + v.Var
	case v.Kind == "string":
		return strconv.Quote(fmt.Sprint(v.Value))
	case v.Kind == "struct":
		var parts []string
		for _, f := range v.Fields {
			parts = append(parts, f.Name+": "+formatView(f.Value))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case v.Kind == "array":
		var parts []string
		for _, e := range v.Elems {
			parts = append(parts, formatView(e))
		}
		if v.More > 0 {
			parts = append(parts, fmt.Sprintf("... %d more", v.More))
		}
		return "[" + strings.Join(parts, " ") + "]"
	case v.Kind == "slice":
		return fmt.Sprintf("@%d[%d:%d] len %d", v.Ref, v.Offset, v.Offset+v.Len, v.Len)
	case v.Kind == "map":
		return fmt.Sprintf("@%d map, len %d", v.Ref, v.Len)
	case v.Ref != 0:
		return fmt.Sprintf("@%d", v.Ref)
	}
	return fmt.Sprint(v.Value)
}
