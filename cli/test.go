package cli

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/amigo-platform/amigo/vm"

	"github.com/spf13/cobra"
)

func newTestCmd(stdout, stderr io.Writer) *cobra.Command {
	var run string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "test [-run RE] [-v] DIR...",
		Short: "run a package's Test functions in the VM, as go test would",
		Long: `test runs the Test functions of the packages in the directories given
(DIR/... for every package under DIR) in the VM, as go test would. A
contract's package path is its directory's name (or the path an amigo.mod
file gives on a line "path PATH"); packages it imports are found in
directories of their path beside its directory's ancestors. Tests may
import amigo/testing to set the caller, height and time.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dirs, err := expandDirs(args)
			if err != nil {
				return err
			}
			code := 0
			for _, dir := range dirs {
				if c := runTests(dir, run, verbose, stdout, stderr); c != 0 {
					code = c
				}
			}
			if code != 0 {
				return exitError{code}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&run, "run", "", "run only tests matching this regular expression")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "print each test's name and log")
	return cmd
}

func runTests(dir, run string, verbose bool, stdout, stderr io.Writer) int {
	files, err := vm.ReadDir(dir, true)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	name := filepath.Base(filepath.Clean(dir))
	path := "main"
	if !isMainPackage(files) {
		if path, err = contractPath(dir); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		name = path
	}
	cfg := vm.Config{Stdout: stdout, Stderr: stderr}
	res, err := vm.RunTests(cfg, path, files, run, verbose, localResolver(dir))
	if err != nil {
		if _, isCheck := err.(*vm.CheckError); isCheck {
			fmt.Fprintln(stderr, err)
			fmt.Fprintf(stdout, "FAIL\t%s [build failed]\n", name)
			return 1
		}
		fmt.Fprint(stdout, vm.FormatPanic(err))
		fmt.Fprintf(stdout, "FAIL\t%s\t0.00s\n", name)
		return 1
	}
	if !res.Passed {
		fmt.Fprintln(stdout, "FAIL")
		fmt.Fprintf(stdout, "FAIL\t%s\t0.00s\n", name)
		return 1
	}
	if verbose {
		fmt.Fprintln(stdout, "PASS")
	}
	fmt.Fprintf(stdout, "ok  \t%s\t0.00s\tgas %d\n", name, res.GasUsed)
	return 0
}
