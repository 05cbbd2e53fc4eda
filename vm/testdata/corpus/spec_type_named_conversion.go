package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type IntSlice []int
type StrMap map[string]int
type Op func(int) int
type Pt struct{ X, Y int }
type Pt2 struct{ X, Y int }
type Bytes []byte

func (s IntSlice) Sum() (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func main() {
	c := Celsius(100)
	f := CToF(c)
	fmt.Printf("%v %T %v %T\n", c, c, f, f)
	fmt.Println(CToF(-40), float64(c)+1)
	raw := []int{1, 2, 3}
	is := IntSlice(raw)
	is[0] = 10
	fmt.Println(raw, is.Sum())
	var back []int = is
	fmt.Println(back)
	sm := StrMap{"a": 1}
	fmt.Println(len(sm), map[string]int(sm))
	var op Op = func(i int) int { return i * 3 }
	fmt.Println(op(4))
	p := Pt{1, 2}
	p2 := Pt2(p)
	fmt.Printf("%v %T\n", p2, p2)
	b := Bytes("xyz")
	fmt.Println(string(b), len(b))
	type MyInt int
	var mi MyInt = 5
	var i int = int(mi) * 2
	fmt.Println(mi, i)
	type Alias = int
	var al Alias = 7
	var k int = al
	fmt.Printf("%T %T %v\n", al, k, al+k)
	type S = struct{ N int }
	var anon struct{ N int } = S{3}
	fmt.Println(anon)
}

// Output:
// 100 main.Celsius 212 main.Fahrenheit
// -40 101
// [10 2 3] 15
// [10 2 3]
// 1 map[a:1]
// 12
// {1 2} main.Pt2
// xyz 3
// 5 10
// int int 14
// {3}
