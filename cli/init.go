package cli

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"text/template"

	"github.com/amigo-platform/amigo/vm"
	"github.com/spf13/cobra"
)

// InitOptions are the options of amigo init.
type InitOptions struct {
	f *Factory

	Dir  string // the directory to create (or an empty one)
	Name string // the package name: DIR's base name
}

// NewCmdInit builds amigo init. runF, when non-nil, runs instead of the
// command.
func NewCmdInit(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{f: f}
	cmd := &cobra.Command{
		Use:   "init DIR",
		Short: "write a new contract package to start from",
		Long: `init writes a contract to DIR, named after DIR's base name: DIR/NAME.go
with a counter kept in a package-level variable, an exported function and a
Render, and DIR/NAME_test.go. DIR must not exist or be empty. Then:

  amigo test DIR          run its tests in the VM
  amigo push DIR NAME     deploy it to a node (amigo node starts one)`,
		Example: `  amigo init counter
  amigo init ./contracts/ledger`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = args[0]
			opts.Name = filepath.Base(filepath.Clean(opts.Dir))
			if err := checkPackageName(opts.Name); err != nil {
				return usagef(cmd, "%v", err)
			}
			if runF != nil {
				return runF(opts)
			}
			return initRun(opts)
		},
	}
	return cmd
}

// checkPackageName validates a new package's name: a valid package path
// segment and Go package name.
func checkPackageName(name string) error {
	if token.IsKeyword(name) {
		return fmt.Errorf("package name %q is a Go keyword; name the directory otherwise", name)
	}
	if err := vm.ValidPackagePath(name); err != nil {
		return fmt.Errorf("%v; choose another directory name", err)
	}
	return nil
}

func initRun(opts *InitOptions) error {
	f := opts.f
	ents, err := os.ReadDir(opts.Dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
			return err
		}
	case err != nil:
		return err
	case len(ents) > 0:
		return fmt.Errorf("%s is not empty; amigo init writes a new package to a new or empty directory", opts.Dir)
	}
	var files []string
	for _, t := range []struct {
		name string
		tmpl *template.Template
	}{
		{opts.Name + ".go", contractTmpl},
		{opts.Name + "_test.go", contractTestTmpl},
	} {
		var buf bytes.Buffer
		if err := t.tmpl.Execute(&buf, opts); err != nil {
			return err
		}
		src, err := format.Source(buf.Bytes())
		if err != nil {
			return fmt.Errorf("init: generated %s does not parse: %v", t.name, err)
		}
		path := filepath.Join(opts.Dir, t.name)
		if err := os.WriteFile(path, src, 0o644); err != nil {
			return err
		}
		files = append(files, path)
	}
	if f.JSON() {
		return f.printJSON(struct {
			Dir     string   `json:"dir"`
			Package string   `json:"package"`
			Files   []string `json:"files"`
		}{opts.Dir, opts.Name, files})
	}
	for _, p := range files {
		fmt.Fprintln(f.Out, p)
	}
	fmt.Fprintf(f.ErrOut, "next: amigo test %s, then amigo push %s %s\n", opts.Dir, opts.Dir, opts.Name)
	return nil
}

var contractTmpl = template.Must(template.New("contract").Parse(`// Package {{.Name}} is an Amigo contract: a counter anyone can increment,
// with a page that shows it.
//
// Package-level variables are the contract's state: they persist between
// calls. A call that panics or returns a non-nil error is reverted.
package {{.Name}}

import (
	"errors"
	"strconv"

	"amigo"
)

// count is the counter; it persists between calls.
var count int

// Increment adds by (1 to 100) to the counter and returns its new value.
// It records an "incremented" event with the caller.
func Increment(by int) (int, error) {
	if by < 1 || by > 100 {
		return count, errors.New("by must be between 1 and 100")
	}
	count += by
	amigo.Emit("incremented", "by", strconv.Itoa(by), "caller", amigo.Caller().String())
	return count, nil
}

// Count returns the counter's value.
func Count() int {
	return count
}

// Render returns the package's page as markdown (amigo render {{.Name}}).
func Render(path string) string {
	return "# {{.Name}}\n\nThe count is " + strconv.Itoa(count) + ".\n"
}
`))

var contractTestTmpl = template.Must(template.New("test").Parse(`package {{.Name}}

import (
	"strconv"
	"strings"
	"testing"
)

func TestIncrement(t *testing.T) {
	start := Count()
	got, err := Increment(2)
	if err != nil {
		t.Fatalf("Increment(2): %v", err)
	}
	if got != start+2 || Count() != start+2 {
		t.Errorf("Increment(2) = %d, Count() = %d, want %d", got, Count(), start+2)
	}
	if _, err := Increment(0); err == nil {
		t.Errorf("Increment(0) succeeded, want an error")
	}
}

func TestRender(t *testing.T) {
	page := Render("")
	if want := "The count is " + strconv.Itoa(Count()); !strings.Contains(page, want) {
		t.Errorf("Render(\"\") = %q, want it to contain %q", page, want)
	}
}
`))
