package vm

import "testing"

type s24 struct{ a, b, c int }
type s40p struct {
	a, b, c, d int
	p          *int
}

// TestGoGrowCap checks the growth rule against Go's own append for element
// sizes the VM holds as []any.
func TestGoGrowCap(t *testing.T) {
	check := func(name string, size int64, noscan bool, caps func(n int) []int) {
		want := caps(3000)
		got := []int{}
		c := 0
		for n := 1; n <= 3000; n++ {
			if n > c {
				c = goGrowCap(n, c, size, noscan)
				got = append(got, c)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%s: caps %v, want %v", name, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: caps %v, want %v", name, got, want)
			}
		}
	}
	check("24-byte noscan", 24, true, func(n int) []int {
		var s []s24
		var caps []int
		for range n {
			old := cap(s)
			s = append(s, s24{})
			if cap(s) != old {
				caps = append(caps, cap(s))
			}
		}
		sink = s
		return caps
	})
	check("40-byte with pointers", 40, false, func(n int) []int {
		var s []s40p
		var caps []int
		for range n {
			old := cap(s)
			s = append(s, s40p{})
			if cap(s) != old {
				caps = append(caps, cap(s))
			}
		}
		sink = s
		return caps
	})
	check("8-byte pointers", 8, false, func(n int) []int {
		var s []*int
		var caps []int
		for range n {
			old := cap(s)
			s = append(s, nil)
			if cap(s) != old {
				caps = append(caps, cap(s))
			}
		}
		sink = s
		return caps
	})
}

var sink any

// TestAppendGrowthInVM checks cap() after append in the VM for a slice of
// structs against Go's own append on the same type.
func TestAppendGrowthInVM(t *testing.T) {
	src := `package main

import "fmt"

type s24 struct{ a, b, c int }

func main() {
	var s []s24
	for range 2000 {
		old := cap(s)
		s = append(s, s24{})
		if cap(s) != old {
			fmt.Print(cap(s), " ")
		}
	}
}
`
	out, _, err := run(t, Config{}, src)
	if err != nil {
		t.Fatal(err)
	}
	var s []s24
	want := ""
	for range 2000 {
		old := cap(s)
		s = append(s, s24{})
		if cap(s) != old {
			want += itoa(cap(s)) + " "
		}
	}
	sink = s
	if out != want {
		t.Errorf("VM caps %s\nGo caps %s", out, want)
	}
}
