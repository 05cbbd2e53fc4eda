package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/amigo-platform/amigo/node/nodebench"

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
	cmd.AddCommand(newBenchNodeCmd(stdout), newBenchClusterCmd(stdout))
	return cmd
}

func newBenchNodeCmd(stdout io.Writer) *cobra.Command {
	return newLoadBenchCmd(stdout, "node", "start a dev node on a temporary home and drive it over loopback HTTP",
		`start a dev node on a temporary home (Badger on disk, fsync on every
commit) and drive its REST API over loopback HTTP: durable counter
increments and queries, with each number of concurrent clients, a bounded
number of requests each. Prints p50/p99 latency and throughput, the time
from start to ready and the idle memory.`, nodebench.Run)
}

func newBenchClusterCmd(stdout io.Writer) *cobra.Command {
	return newLoadBenchCmd(stdout, "cluster", "start a 3-member cluster on temporary homes and drive its gateway over loopback HTTP",
		`start a 3-member cluster in this process (Raft over libp2p on loopback,
every Raft log entry fsynced on a quorum before it is acknowledged) and
drive its gateway's REST API with a bearer token: durable counter
increments and queries, with each number of concurrent clients.`, nodebench.RunCluster)
}

// newLoadBenchCmd is a bench subcommand that drives nodes with run.
func newLoadBenchCmd(stdout io.Writer, use, short, long string, run func(context.Context, nodebench.Options) (*nodebench.Report, error)) *cobra.Command {
	o := nodebench.Options{}
	clients := []int{1, 32}
	var cpuProfile, memProfile string
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Long:  long,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Clients = clients
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			rep, err := run(cmd.Context(), o)
			if err != nil {
				return err
			}
			if memProfile != "" {
				if err := writeHeapProfile(memProfile); err != nil {
					return err
				}
			}
			rep.Print(stdout)
			return nil
		},
	}
	cmd.Flags().IntVar(&o.Requests, "requests", 3000, "requests per case")
	cmd.Flags().IntSliceVar(&clients, "clients", clients, "concurrent clients, one case each")
	cmd.Flags().DurationVar(&o.Timeout, "timeout", 5*time.Minute, "bound on the whole run")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof reads it)")
	cmd.Flags().StringVar(&memProfile, "memprofile", "", "write the run's allocations to this file (go tool pprof -sample_index=alloc_space reads them)")
	cmd.Flags().StringVar(&o.Cases, "cases", "", `run only the cases whose name contains this ("leader", "query", ...)`)
	return cmd
}

// writeHeapProfile writes the heap profile, which holds every allocation
// since the process started, to path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC() // the profile's in-use figures are as of the last GC
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("write the heap profile %s: %w", path, err)
	}
	return f.Close()
}
