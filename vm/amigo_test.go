package vm

import (
	"bytes"
	"testing"
	"time"

	"github.com/amigo-platform/amigo/address"
)

func TestAmigoPackage(t *testing.T) {
	src := `package main

import (
	"amigo"
	"fmt"
)

func main() {
	fmt.Println(amigo.Caller(), amigo.Origin(), amigo.Self(), amigo.Height(), amigo.ChainID())
	fmt.Println(amigo.Now().Format("2006-01-02T15:04:05Z"))
	r := amigo.Rand()
	fmt.Println(r.Intn(1000), r.Intn(1000), r.Float64() < 1)
	amigo.Emit("transfer", "from", "alice", "to", "bob")
}
`
	runOnce := func(seed uint64) (string, []Event) {
		var out bytes.Buffer
		cfg := Config{Stdout: &out}
		prog, err := Load(cfg, "main", []File{{Name: "main.go", Src: []byte(src)}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		th := prog.NewThread(cfg)
		th.Ctx = &Context{Caller: "alice", Origin: "alice", Self: "hello", Height: 7, ChainID: "dev", Time: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), Seed: seed}
		if err := prog.RunMain(th); err != nil {
			t.Fatal(err)
		}
		return out.String(), th.Events()
	}
	out1, ev := runOnce(42)
	out2, _ := runOnce(42)
	out3, _ := runOnce(43)
	if out1 != out2 {
		t.Errorf("same seed, different output:\n%s\n%s", out1, out2)
	}
	if out1 == out3 {
		t.Errorf("different seeds gave the same output %q", out1)
	}
	// Self is the running package's own address, whatever the context says.
	want := "alice alice " + address.ForPackage("main") + " 7 dev\n2026-11-23T12:00:00Z\n"
	if len(out1) < len(want) || out1[:len(want)] != want {
		t.Errorf("output %q", out1)
	}
	if len(ev) != 1 || ev[0].Type != "transfer" || len(ev[0].Attrs) != 4 || ev[0].Attrs[3] != "bob" {
		t.Errorf("events %+v", ev)
	}
}
