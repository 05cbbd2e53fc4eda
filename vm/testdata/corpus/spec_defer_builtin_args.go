package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	k := "a"
	func() {
		defer delete(m, k)
		k = "b"
	}()
	fmt.Println(m)
	defer func() { fmt.Println("recovered", recover()) }()
	x := 1
	defer panic(fmt.Sprint("x was ", x))
	x = 2
}

// Output:
// map[b:2]
// recovered x was 1
