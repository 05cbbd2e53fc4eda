package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("|")
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p)
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		hs = append(hs, func() int { return i })
	}
	for _, h := range hs {
		fmt.Print(h())
	}
	fmt.Println()
	var ks []func() int
	for i := range 3 {
		ks = append(ks, func() int { return i * 10 })
	}
	for _, k := range ks {
		fmt.Print(k(), ";")
	}
	fmt.Println()
	shared := 0
	var ms []func() int
	for j := 0; j < 3; j++ {
		shared = j
		ms = append(ms, func() int { return shared })
	}
	fmt.Println(ms[0](), ms[1](), ms[2]())
	var cs []func() int
	for i := 0; i < 3; i++ {
		cs = append(cs, func() int { i += 100; return i })
	}
	fmt.Println(cs[0](), cs[0](), cs[1]())
}

// Output:
// 0 1 2 |
// abc
// 012
// 135
// 0;10;20;
// 2 2 2
// 100 200 101
