package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Holder struct {
	C    Counter
	Arr  [2]Counter
	Sl   []Counter
	PtrC *Counter
}

func main() {
	var h Holder
	h.C.Inc()
	h.Arr[1].Inc()
	h.Arr[1].Inc()
	h.Sl = make([]Counter, 2)
	h.Sl[0].Inc()
	h.PtrC = &Counter{}
	h.PtrC.Inc()
	fmt.Println(h.C.n, h.Arr[1].n, h.Sl[0].n, h.PtrC.n)
	hs := []Holder{h}
	hs[0].C.Inc()
	fmt.Println(hs[0].C.n, h.C.n)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
	arr := [3]Counter{}
	for i := range arr {
		for j := 0; j <= i; j++ {
			arr[i].Inc()
		}
	}
	fmt.Println(arr)
	pa := &arr
	pa[0].Inc()
	fmt.Println(arr[0].n)
	f := h.C.Inc
	f()
	f()
	fmt.Println(h.C.n)
}

// Output:
// 1 2 1 1
// 2 1
// 1
// [{1} {2} {3}]
// 2
// 3
