package main

import "fmt"

type T struct{ V int }

func (t *T) Get() int {
	if t == nil {
		return -1
	}
	return t.V
}

func (t *T) MustGet() int { return t.V }

func main() {
	var t *T
	fmt.Println(t.Get())
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			if e, ok := r.(error); ok {
				fmt.Println("is error:", e.Error())
			}
		}()
		fmt.Println(t.MustGet())
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *int
		*p = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a *[3]int
		fmt.Println(len(a))
		fmt.Println(a[1])
	}()
}

// Output:
// -1
// recovered: runtime error: invalid memory address or nil pointer dereference
// is error: runtime error: invalid memory address or nil pointer dereference
// recovered: runtime error: invalid memory address or nil pointer dereference
// 3
// recovered: runtime error: invalid memory address or nil pointer dereference
