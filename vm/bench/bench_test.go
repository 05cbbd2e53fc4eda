package bench

import "testing"

// TestCasesAgree checks that every VM program computes what native Go does
// (on the cheap cases; the benchmarks check all of them).
func TestCasesAgree(t *testing.T) {
	for _, c := range Cases {
		if c.Name != "fib(30)" && c.Name != "1 MB string" && c.Name != "json.Marshal 10k" {
			continue
		}
		p, err := Prepare(c)
		if err != nil {
			t.Fatal(err)
		}
		got, gas, err := p.RunVM()
		if err != nil {
			t.Fatal(err)
		}
		if want := c.Native(); got != want || gas == 0 {
			t.Errorf("%s: VM %d (gas %d), native %d", c.Name, got, gas, want)
		}
	}
}

func BenchmarkCases(b *testing.B) {
	for _, c := range Cases {
		p, err := Prepare(c)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("native/"+c.Name, func(b *testing.B) {
			for b.Loop() {
				c.Native()
			}
		})
		b.Run("vm/"+c.Name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := p.RunVM(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
