package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/amigo-platform/amigo/vm"
	"github.com/spf13/cobra"
)

type runOptions struct {
	maxGas int64
	gas    bool
}

func newRunCmd(stdout, stderr io.Writer) *cobra.Command {
	var opts runOptions
	cmd := &cobra.Command{
		Use:   "run FILE.go|DIR",
		Short: "run a package main in the VM, as go run would",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			code := runProgram(args[0], opts, stdout, stderr)
			if code != 0 {
				return exitError{code}
			}
			return nil
		},
	}
	cmd.Flags().Int64Var(&opts.maxGas, "gas", 0, "gas limit (0: the VM default)")
	cmd.Flags().BoolVar(&opts.gas, "print-gas", false, "print the gas used to stderr")
	return cmd
}

// loadFiles reads a single .go file or a directory's .go files.
func loadFiles(path string, tests bool) ([]vm.File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return vm.ReadDir(path, tests)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return []vm.File{{Name: filepath.Clean(path), Src: src}}, nil
}

func runProgram(path string, opts runOptions, stdout, stderr io.Writer) int {
	files, err := loadFiles(path, false)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	cfg := vm.Config{MaxGas: opts.maxGas, Stdout: stdout, Stderr: stderr}
	prog, err := vm.Load(cfg, "main", files, nil)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	th := prog.NewThread(cfg)
	err = prog.RunMain(th)
	if opts.gas {
		fmt.Fprintf(stderr, "gas used: %d\n", th.GasUsed())
	}
	if err != nil {
		fmt.Fprint(stderr, vm.FormatPanic(err))
		return 2
	}
	return 0
}
