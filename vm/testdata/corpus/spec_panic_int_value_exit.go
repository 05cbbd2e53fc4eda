package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("about to fail")
	err := errors.New("wrapped cause")
	panic(fmt.Errorf("fatal: %w", err))
}

// Output:
// about to fail
// Panic: fatal: wrapped cause
