package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/spf13/cobra"
)

// EventsOptions are the options of amigo events.
type EventsOptions struct {
	f *Factory

	Package string // only this package's events; "" for all
	Follow  bool   // --follow: stream events as transactions commit
	Limit   int    // --limit: recent transactions to look through
}

// NewCmdEvents builds amigo events. runF, when non-nil, runs instead of
// the command.
func NewCmdEvents(f *Factory, runF func(*EventsOptions) error) *cobra.Command {
	opts := &EventsOptions{f: f}
	cmd := &cobra.Command{
		Use:   "events [--follow] [PKG]",
		Short: "print the events of recent transactions, or follow new ones",
		Long: `events prints the events (amigo.Emit) of recent transactions, oldest
first, one per line: height, package, event and its attributes. With PKG
only that package's events. With --follow it prints the events of
transactions as they commit, until interrupted; --output json then prints
one JSON object per line.`,
		Example: `  amigo events
  amigo events --follow alice/token`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Package = args[0]
			}
			if opts.Limit < 0 {
				return usagef(cmd, "--limit must not be negative")
			}
			if runF != nil {
				return runF(opts)
			}
			return eventsRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Follow, "follow", "f", false, "stream events as transactions commit")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "recent transactions to look through (0: the node's default)")
	return cmd
}

func eventsRun(ctx context.Context, opts *EventsOptions) error {
	f := opts.f
	c, err := f.Client()
	if err != nil {
		return err
	}
	defer c.Close()
	if opts.Follow {
		which := "all packages"
		if opts.Package != "" {
			which = opts.Package
		}
		fmt.Fprintf(f.ErrOut, "following events of %s at %s (interrupt to stop)\n", which, c.Endpoint())
		events, errc := c.Events(ctx, opts.Package)
		enc := json.NewEncoder(f.Out)
		enc.SetEscapeHTML(false)
		for ev := range events {
			if f.JSON() {
				if err := enc.Encode(ev); err != nil {
					return err
				}
				continue
			}
			printEvent(f.Out, ev)
		}
		return <-errc
	}
	list, err := c.Txs(ctx, 0, opts.Limit)
	if err != nil {
		return err
	}
	var out []api.Event
	for _, rc := range slices.Backward(list.Txs) {
		out = append(out, receiptEvents(rc, opts.Package)...)
	}
	if f.JSON() {
		if out == nil {
			out = []api.Event{}
		}
		return f.printJSON(out)
	}
	for _, ev := range out {
		printEvent(f.Out, ev)
	}
	if len(out) == 0 {
		fmt.Fprintf(f.ErrOut, "no events in the last %s; amigo events --follow waits for new ones\n", plural(len(list.Txs), "transaction"))
	}
	return nil
}

// receiptEvents are the events of a committed transaction, of package pkg
// ("" for all), as the events stream sends them.
func receiptEvents(rc *engine.Receipt, pkg string) []api.Event {
	var out []api.Event
	for _, ev := range rc.Events {
		if pkg != "" && ev.Pkg != pkg {
			continue
		}
		out = append(out, api.Event{Height: rc.Height, Tx: rc.Hash, Time: rc.Time, Pkg: ev.Pkg, Type: ev.Type, Attrs: ev.Attrs, List: ev.List})
	}
	return out
}

func printEvent(w io.Writer, ev api.Event) {
	fmt.Fprintf(w, "%d %s\n", ev.Height, eventLine(ev.Pkg, ev.Type, ev.List, ev.Attrs))
}
