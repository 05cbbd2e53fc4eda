package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%03d", int(c)) }

func main() {
	defer fmt.Println("deferred before crash")
	fmt.Println(Code(7))
	panic(Code(42))
}

// Output:
// code-007
// deferred before crash
// Panic: code-042
