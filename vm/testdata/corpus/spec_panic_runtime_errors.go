package main

import (
	"fmt"
	"strings"
)

func catch(f func()) (msg string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			msg = "error: " + e.Error()
			_, isRT := r.(interface{ RuntimeError() })
			msg += fmt.Sprint(" runtime=", isRT)
		} else {
			msg = fmt.Sprint("value: ", r)
		}
	}()
	f()
	return "none"
}

type T struct{ x int }

func main() {
	var m map[string]int
	var p *T
	var s []int
	var i any = "str"
	z := 0
	fmt.Println(catch(func() { m["a"] = 1 }))
	fmt.Println(catch(func() { _ = p.x }))
	fmt.Println(catch(func() { _ = s[2] }))
	fmt.Println(catch(func() { _ = i.(int) }))
	fmt.Println(catch(func() { _ = 5 / z }))
	fmt.Println(catch(func() { panic("custom") }))
	fmt.Println(catch(func() { panic(fmt.Errorf("err %d", 1)) }))
	fmt.Println(catch(func() { _ = strings.Repeat("x", -1) }))
	fmt.Println(catch(func() { _ = make([]int, z-1) }))
	fmt.Println(catch(func() { var a []int; _ = [1]int(a) }))
}

// Output:
// error: assignment to entry in nil map runtime=true
// error: runtime error: invalid memory address or nil pointer dereference runtime=true
// error: runtime error: index out of range [2] with length 0 runtime=true
// error: interface conversion: interface {} is string, not int runtime=true
// error: runtime error: integer divide by zero runtime=true
// value: custom
// error: err 1 runtime=false
// value: strings: negative Repeat count
// error: runtime error: makeslice: len out of range runtime=true
// error: runtime error: cannot convert slice with length 0 to array or pointer to array with length 1 runtime=true
