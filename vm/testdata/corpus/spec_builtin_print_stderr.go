package main

import "fmt"

func main() {
	fmt.Println("stdout line 1")
	println("this goes to stderr", 42, true)
	print("also stderr\n")
	fmt.Println("stdout line 2")
	x := 3
	println(x*2, "stderr again")
	fmt.Print("no newline here, ")
	print("interleaved stderr")
	fmt.Println("then stdout newline")
}

// Output:
// stdout line 1
// stdout line 2
// no newline here, then stdout newline
