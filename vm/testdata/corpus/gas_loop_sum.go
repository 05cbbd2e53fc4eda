package main

func main() {
	s := 0
	for i := 0; i < 1000; i++ {
		s += i
	}
	if s != 499500 {
		panic(s)
	}
}

// Output:
// Gas: 2027
