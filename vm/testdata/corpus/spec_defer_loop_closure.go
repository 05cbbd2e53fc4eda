package main

import "fmt"

type Res struct{ id int }

func (r *Res) Close() { fmt.Println("close", r.id) }

func process() {
	for i := 1; i <= 3; i++ {
		r := &Res{i}
		defer r.Close()
	}
	fmt.Println("process body done")
}

func perIteration() {
	for i := 1; i <= 3; i++ {
		func() {
			r := &Res{i * 10}
			defer r.Close()
			fmt.Println("using", r.id)
		}()
	}
}

func counter() (total int) {
	for i := range 4 {
		defer func() { total += i }()
	}
	return 100
}

func main() {
	process()
	perIteration()
	fmt.Println(counter())
	var fs []func()
	for _, s := range []string{"a", "b"} {
		defer fmt.Println("deferred print", s)
		fs = append(fs, func() { fmt.Println("closure", s) })
	}
	for _, f := range fs {
		f()
	}
}

// Output:
// process body done
// close 3
// close 2
// close 1
// using 10
// close 10
// using 20
// close 20
// using 30
// close 30
// 106
// closure a
// closure b
// deferred print b
// deferred print a
