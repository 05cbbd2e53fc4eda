package vm

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad checks that the front end never panics or hangs on arbitrary
// source: it either compiles or returns a *CheckError.
func FuzzLoad(f *testing.F) {
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		_, err := Load(Config{}, "main", []File{{Name: "fuzz.go", Src: src}}, nil)
		var ce *CheckError
		if err != nil && !errors.As(err, &ce) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
	})
}

// FuzzRun runs arbitrary programs with small limits: any outcome but a host
// panic or a hang is fine.
func FuzzRun(f *testing.F) {
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		var out bytes.Buffer
		cfg := Config{MaxGas: 200_000, MaxAlloc: 16 << 20, MaxCallDepth: 2000, MaxOutput: 64 << 10, Stdout: &out, Stderr: &out}
		prog, err := Load(cfg, "main", []File{{Name: "fuzz.go", Src: src}}, nil)
		if err != nil {
			return
		}
		th := prog.NewThread(cfg)
		err = prog.RunMain(th)
		var re *RunError
		var ce *CheckError
		if err != nil && !errors.As(err, &re) && !errors.As(err, &ce) && prog.main.types.Name() == "main" {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
	})
}

func addCorpusSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/corpus/spec_*.go")
	for i, p := range files {
		if i%4 != 0 {
			continue
		}
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("package main\nfunc main() { for {} }"))
	f.Add([]byte("package main\nfunc main() { var m map[int]int; m[1] = 2 }"))
}
