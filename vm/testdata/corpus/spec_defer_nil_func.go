package main

import "fmt"

func run() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	var f func()
	defer f()
	fmt.Println("body runs")
	return "normal"
}

func main() {
	fmt.Println(run())
}

// Output:
// body runs
// recovered: runtime error: invalid memory address or nil pointer dereference
