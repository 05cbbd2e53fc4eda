package main

import (
	"errors"
	"fmt"
)

var attempts int

func flaky() error {
	attempts++
	if attempts < 3 {
		return errors.New("transient")
	}
	return nil
}

func process(xs []int) (sum int, err error) {
	i := 0
	if len(xs) == 0 {
		goto fail
	}
loop:
	if i < len(xs) {
		if xs[i] < 0 {
			err = fmt.Errorf("negative at %d", i)
			return
		}
		sum += xs[i]
		i++
		goto loop
	}
	return sum, nil
fail:
	return 0, errors.New("empty input")
}

func main() {
	tries := 0
retry:
	tries++
	if err := flaky(); err != nil {
		fmt.Println("try", tries, "failed:", err)
		if tries < 5 {
			goto retry
		}
	}
	fmt.Println("succeeded after", tries)
	fmt.Println(process([]int{1, 2, 3}))
	fmt.Println(process(nil))
	fmt.Println(process([]int{1, -1}))
	n := 0
	switch {
	case n == 0:
		goto zero
	}
	fmt.Println("skipped")
zero:
	fmt.Println("jumped out of switch")
}

// Output:
// try 1 failed: transient
// try 2 failed: transient
// succeeded after 3
// 6 <nil>
// 0 empty input
// 1 negative at 1
// jumped out of switch
