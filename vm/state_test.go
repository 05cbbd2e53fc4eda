package vm

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// memKV is a KV over a Go map, for unit tests.
type memKV map[string][]byte

func (m memKV) Get(k []byte) ([]byte, bool, error) {
	v, ok := m[string(k)]
	return v, ok, nil
}

func (m memKV) Iterate(prefix []byte, fn func(k, v []byte) bool) error {
	var keys []string
	for k := range m {
		if strings.HasPrefix(k, string(prefix)) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !fn([]byte(k), m[k]) {
			break
		}
	}
	return nil
}

func (m memKV) Set(k, v []byte) error { m[string(k)] = bytes.Clone(v); return nil }
func (m memKV) Delete(k []byte) error { delete(m, string(k)); return nil }

func (m memKV) clone() memKV {
	c := memKV{}
	for k, v := range m {
		c[k] = v
	}
	return c
}

const stateSrc = `package st

import "fmt"

type P struct {
	A int
	B string
	C []float64
	D map[string]*P
	E any
	F [2]uint8
}

type Sh interface{ M() int }
type R struct{ X int }

func (r R) M() int { return r.X }

var (
	i    int
	s    = "str"
	p    = &P{A: 1, B: "b", C: []float64{1.5}, D: map[string]*P{"x": {A: 2}}, E: R{3}, F: [2]uint8{4, 5}}
	m    = map[int]string{1: "one", 2: "two", -5: "neg"}
	sh   Sh = R{7}
	fs   []func() int
	cell *int
)

func init() {
	n := 10
	fs = append(fs, func() int { n++; return n })
	cell = &n
	p.D["self"] = p
}

func Touch() string {
	i++
	m[i] = fmt.Sprint(i)
	return fmt.Sprint(i, s, *p, p.D["x"].A, m, sh.M(), fs[0](), *cell, p.D["self"] == p)
}
`

// newState deploys stateSrc into a fresh memKV.
func newState(t testing.TB) (*Program, memKV) {
	t.Helper()
	prog, err := Load(Config{}, "st", []File{{Name: "st.go", Src: []byte(stateSrc)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	th := prog.NewThread(Config{})
	if err := prog.InitStd(th); err != nil {
		t.Fatal(err)
	}
	kv := memKV{}
	th.Enter(&Context{})
	sess, err := prog.OpenSession(th, kv, "st")
	if err != nil {
		t.Fatal(err)
	}
	if err := prog.InitPackage(th, "st"); err != nil {
		t.Fatal(err)
	}
	if err := sess.Commit(); err != nil {
		t.Fatal(err)
	}
	return prog, kv
}

// touch runs Touch in a session over kv and commits.
func touch(prog *Program, kv KV) (string, error) {
	th := prog.NewThread(Config{MaxGas: 10_000_000})
	th.Enter(&Context{})
	sess, err := prog.OpenSession(th, kv, "")
	if err != nil {
		return "", err
	}
	res, err := prog.Call(th, "Touch", nil)
	if err != nil {
		return "", err
	}
	return string(res), sess.Commit()
}

func TestSessionRoundTrip(t *testing.T) {
	prog, kv := newState(t)
	got1, err := touch(prog, kv)
	if err != nil {
		t.Fatal(err)
	}
	got2, err := touch(prog, kv)
	if err != nil {
		t.Fatal(err)
	}
	want1 := `"1str{1 b [1.5] map[self:0x`
	if !strings.HasPrefix(got1, want1) || !strings.HasSuffix(got1, "map[-5:neg 1:1 2:two] 7 11 11 true\"") || !strings.HasSuffix(got2, "map[-5:neg 1:1 2:2] 7 12 12 true\"") {
		t.Fatalf("Touch:\n%s\n%s", got1, got2)
	}
}

// FuzzStateRecord corrupts one stored record: loading and running must end
// in an error or a result, never a crash of the host.
func FuzzStateRecord(f *testing.F) {
	prog, kv := newState(f)
	if _, err := touch(prog, kv); err != nil {
		f.Fatal(err)
	}
	var keys []string
	for k := range kv {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i, k := range keys {
		f.Add(uint8(i), kv[k])
		if len(kv[k]) > 2 {
			f.Add(uint8(i), kv[k][:len(kv[k])-1])
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, rec []byte) {
		c := kv.clone()
		c[keys[int(which)%len(keys)]] = rec
		touch(prog, c) // an error is fine; a host panic fails the fuzzer
	})
}

func TestInspect(t *testing.T) {
	prog, kv := newState(t)
	if _, err := touch(prog, kv); err != nil {
		t.Fatal(err)
	}
	vars, err := prog.InspectVars(kv, 1e9)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]VarView{}
	for _, v := range vars {
		byName[v.Name] = v
	}
	if v := byName["i"]; v.Type != "int" || v.Value.Value != "1" {
		t.Fatalf("i: %+v", v)
	}
	m := byName["m"].Value
	if m.Kind != "map" || m.Len != 3 || m.Ref == 0 {
		t.Fatalf("m: %+v", m)
	}
	page, err := prog.InspectObject(kv, m.Ref, "", 2)
	if err != nil {
		t.Fatal(err)
	}
	if page.Kind != "map" || page.Len != 3 || len(page.Entries) != 2 || page.Entries[0].Key.Value != "-5" || page.Entries[1].Value.Value != "1" || page.Next == "" {
		t.Fatalf("map page 1: %+v", page)
	}
	page2, err := prog.InspectObject(kv, m.Ref, page.Next, 2)
	if err != nil || len(page2.Entries) != 1 || page2.Entries[0].Key.Value != "2" || page2.Entries[0].Value.Value != "two" || page2.Next != "" {
		t.Fatalf("map page 2: %+v %v", page2, err)
	}
	p := byName["p"].Value
	obj, err := prog.InspectObject(kv, p.Ref, "", 10)
	if err != nil || obj.Kind != "struct" || obj.Type != "st.P" || obj.Owner != "st" || obj.Fields[1].Value.Value != "b" || obj.Fields[4].Value.Dynamic.Type != "st.R" {
		t.Fatalf("p: %+v %v", obj, err)
	}
	c := obj.Fields[2].Value // []float64
	arr, err := prog.InspectObject(kv, c.Ref, "", 10)
	if err != nil || arr.Kind != "slice" || len(arr.Elems) != 1 || arr.Elems[0].Value != 1.5 {
		t.Fatalf("p.C: %+v %v", arr, err)
	}
	if _, err := prog.InspectObject(kv, 999999, "", 10); err == nil {
		t.Fatal("no error for a missing object")
	}
}
