package main

import "fmt"

type Counter struct{ N int }

func (c Counter) Value() int { return c.N }
func (c Counter) IncVal()    { c.N++ }
func (c *Counter) Inc()      { c.N++ }
func (c *Counter) Add(d int) *Counter {
	c.N += d
	return c
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Set(v int)    { *m = MyInt(v) }

type List []int

func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	c := Counter{}
	c.IncVal()
	fmt.Println(c.N)
	c.Inc()
	c.Inc()
	fmt.Println(c.Value())
	c.Add(5).Add(10)
	fmt.Println(c.N)
	p := &c
	fmt.Println(p.Value())
	var m MyInt = 4
	fmt.Println(m.Double().Double())
	m.Set(9)
	fmt.Println(m)
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	mp := map[string]*Counter{"a": {}}
	mp["a"].Inc()
	fmt.Println(mp["a"].N)
}

// Output:
// 0
// 2
// 17
// 17
// 16
// 9
// [1 2 3] 6
// [{2} {3}]
// 1
