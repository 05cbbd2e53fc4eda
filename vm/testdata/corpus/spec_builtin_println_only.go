package main

func main() {
	println("only stderr output")
	x := 3
	print("x=", x, "\n")
}

// Output:
