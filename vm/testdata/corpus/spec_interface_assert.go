package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Num int

func (n Num) String() string { return "Num(" + strconv.Itoa(int(n)) + ")" }

func main() {
	var x any = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y any = Num(3)
	st, ok := y.(Stringer)
	fmt.Println(st, ok)
	n := y.(Num)
	fmt.Println(int(n) + 1)
	_, ok = x.(Stringer)
	fmt.Println(ok)
	var nilAny any
	_, ok = nilAny.(int)
	fmt.Println(ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = x.(string)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = nilAny.(int)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = x.(Stringer)
	}()
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			fmt.Println("error:", err.Error())
		}()
		var sv Stringer = Num(1)
		_ = sv.(interface{ Missing() })
	}()
}

// Output:
// 42 true
// "" false
// 0 false
// Num(3) true
// 4
// false
// false
// recovered: interface conversion: interface {} is int, not string
// recovered: interface conversion: interface {} is nil, not int
// recovered: interface conversion: int is not main.Stringer: missing method String
// error: interface conversion: main.Num is not interface { Missing() }: missing method Missing
