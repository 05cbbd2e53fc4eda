package main

import "fmt"

type FatalErr struct {
	Op   string
	Code int
}

func (f *FatalErr) Error() string { return fmt.Sprintf("%s failed with code %d", f.Op, f.Code) }

func main() {
	defer fmt.Println("deferred still runs")
	fmt.Println("starting")
	panic(&FatalErr{"sync", 3})
}

// Output:
// starting
// deferred still runs
// Panic: sync failed with code 3
