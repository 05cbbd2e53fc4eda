package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func chain() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	return "x"
}

func unnamed() int {
	r := 5
	defer func() { r *= 100 }()
	return r
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func closeAll() (n int, err error) {
	for i := 0; i < 3; i++ {
		defer func() {
			n++
			if i == 1 {
				err = errors.Join(err, fmt.Errorf("close %d failed", i))
			}
		}()
	}
	return 10, nil
}

func main() {
	fmt.Println(double())
	fmt.Println(chain())
	fmt.Println(unnamed())
	fmt.Println(wrapErr())
	fmt.Println(closeAll())
}

// Output:
// 12
// x21
// 5
// wrapped: base
// 13 close 1 failed
