package vm

import (
	"strings"
	"testing"
)

const argsSrc = `package args

type T struct {
	Name string
	N    uint8
	L    []int
	M    map[string]*T
}

// F takes one of everything.
func F(a int8, b string, c bool, d float32, e T, f []string, g map[int]bool, h *T) (string, error) {
	return b, nil
}

func V(prefix string, xs ...uint16) int { return len(xs) }

func Pair() (int, string) { return 1, "x" }
`

func loadArgs(t testing.TB) *Program {
	prog, err := Load(Config{}, "args", []File{{Name: "args.go", Src: []byte(argsSrc)}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return prog
}

func TestParseArgs(t *testing.T) {
	prog := loadArgs(t)
	th := prog.NewThread(Config{})
	ok := []string{"-5", "bob", "true", "1.5", `{"Name":"x","N":3,"L":[1,2],"M":{"k":{"N":1}}}`, `["a"]`, `{"1":true}`, `{"Name":"p"}`}
	args, err := prog.ParseArgs(th, "F", ok)
	if err != nil {
		t.Fatal(err)
	}
	res, err := prog.Call(th, "F", args)
	if err != nil || string(res) != `"bob"` {
		t.Fatalf("F = %s, %v", res, err)
	}
	if args, err := prog.ParseArgs(th, "V", []string{"p", "1", "2", "65535"}); err != nil {
		t.Fatal(err)
	} else if res, _ := prog.Call(th, "V", args); string(res) != "3" {
		t.Fatalf("V = %s", res)
	}
	if res, err := prog.Call(th, "Pair", nil); err != nil || string(res) != `[1,"x"]` {
		t.Fatalf("Pair = %s, %v", res, err)
	}
	for _, c := range []struct {
		fn   string
		args []string
		want string
	}{
		{"F", ok[:3], "args.F takes 8 arguments (a int8, b string, c bool, d float32, e T, f []string, g map[int]bool, h *T), got 3"},
		{"F", append([]string{"300"}, ok[1:]...), `argument 1 (a int8): "300" is not a valid int8`},
		{"F", append(append([]string{}, ok[:4]...), append([]string{`{"N":-1}`}, ok[5:]...)...), "argument 5 (e T): cannot use JSON number -1 as uint8 in field T.N"},
		{"F", append(append([]string{}, ok[:5]...), append([]string{`[1`}, ok[6:]...)...), `argument 6 (f []string): "[1" is not valid JSON for []string`},
		{"V", []string{"p", "x"}, `argument 2 (xs ...uint16): "x" is not a valid uint16`},
		{"V", nil, "args.V takes at least 1 argument (prefix string, xs ...uint16), got 0"},
		{"Nope", nil, "package args has no exported function Nope"},
	} {
		_, err := prog.ParseArgs(th, c.fn, c.args)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s%q: error %v, want %q", c.fn, c.args, err, c.want)
		}
	}
}

func FuzzParseArgs(f *testing.F) {
	prog := loadArgs(f)
	f.Add("1", "s", `{"Name":"x","L":[1],"M":{"a":null}}`, `{"1":true}`)
	f.Add("-129", "", `[]`, `null`)
	f.Add("0", "x", `{"M":{"a":{"M":{"b":{}}}}}`, `{"x":true}`)
	f.Fuzz(func(t *testing.T, a, b, e, g string) {
		th := prog.NewThread(Config{MaxGas: 1_000_000})
		args, err := prog.ParseArgs(th, "F", []string{a, b, "false", "0", e, "[]", g, e})
		if err == nil {
			prog.Call(th, "F", args)
		}
	})
}
