package cli

import (
	"io"

	"github.com/amigo-platform/amigo/vm/bench"
	"github.com/spf13/cobra"
)

func newBenchCmd(stdout io.Writer) *cobra.Command {
	reps := 3
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "run the VM benchmarks beside native Go and print the table",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			rows, geo, err := bench.Run(reps)
			if err != nil {
				return err
			}
			bench.Print(stdout, rows, geo)
			return nil
		},
	}
	cmd.Flags().IntVar(&reps, "count", reps, "runs of each case (the fastest is kept)")
	return cmd
}
