package main

import "fmt"

func cleanupFails() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cleanup panicked: %v", r)
		}
	}()
	defer func() {
		var m map[string]int
		m["x"] = 1
	}()
	return nil
}

func overwrite() (n int) {
	defer func() {
		if recover() != nil {
			n = -n
		}
	}()
	defer func() {
		n *= 2
		panic("after doubling")
	}()
	return 21
}

func main() {
	fmt.Println(cleanupFails())
	fmt.Println(overwrite())
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("level 1:", recover())
		}()
		defer func() {
			defer func() {
				fmt.Println("level 2:", recover())
			}()
			panic("second")
		}()
		panic("first")
	}()
}

// Output:
// cleanup panicked: assignment to entry in nil map
// -42
// <nil>
// level 2: second
// level 1: first
