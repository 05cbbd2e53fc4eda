package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func makeCounters() []*Counter {
	var out []*Counter
	for i := 0; i < 3; i++ {
		c := Counter{n: i * 10}
		out = append(out, &c)
	}
	return out
}

func escape() *int {
	v := 42
	return &v
}

func main() {
	cs := makeCounters()
	for _, c := range cs {
		c.Inc()
	}
	for _, c := range cs {
		fmt.Print(c.n, ",")
	}
	fmt.Println()
	a := escape()
	b := escape()
	*a = 1
	fmt.Println(*a, *b, a == b)
	s := new([]int)
	*s = append(*s, 1, 2)
	fmt.Println(*s, len(*s))
	m := new(map[string]int)
	fmt.Println(*m == nil)
	st := new(struct{ X, Y int })
	st.X = 4
	fmt.Println(*st)
	x := 10
	ptrs := []*int{&x, &x}
	*ptrs[0] += 5
	fmt.Println(*ptrs[1], x)
	arr := [2]Counter{}
	pa := &arr
	pa[1].Inc()
	arr2 := *pa
	arr2[1].Inc()
	fmt.Println(arr[1].n, arr2[1].n)
}

// Output:
// 1,11,21,
// 1 42 false
// [1 2] 2
// true
// {4 0}
// 15 15
// 1 2
