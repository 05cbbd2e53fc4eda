package main

func main() {
	var n int = "seven"
	_ = n
}

// Error: err_type_mismatch.go:4:14: cannot use "seven" (untyped string constant) as int value in variable declaration
