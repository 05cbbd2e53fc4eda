package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			err, ok := r.(error)
			fmt.Println(name, ok, err)
		}
	}()
	f()
	fmt.Println(name, "no panic")
}

func main() {
	s := []int{1, 2, 3}
	var n []int
	i, j, k := 2, 1, -1
	try("index", func() { _ = s[len(s)] })
	try("neg", func() { _ = s[k] })
	try("nil", func() { _ = n[0] })
	try("slice-hi", func() { _ = s[:4] })
	try("slice-inv", func() { _ = s[i:j] })
	try("slice-lo", func() { _ = s[4:] })
	try("str", func() { _ = "abc"[i+1] })
	try("str-slice", func() { _ = "abc"[1 : i+5] })
	try("ok", func() { _ = s[1:3] })
	try("arr", func() {
		var a [2]int
		_ = a[i]
	})
	try("cap", func() { _ = s[0:2:5] })
}

// Output:
// index true runtime error: index out of range [3] with length 3
// neg true runtime error: index out of range [-1]
// nil true runtime error: index out of range [0] with length 0
// slice-hi true runtime error: slice bounds out of range [:4] with capacity 3
// slice-inv true runtime error: slice bounds out of range [2:1]
// slice-lo true runtime error: slice bounds out of range [4:3]
// str true runtime error: index out of range [3] with length 3
// str-slice true runtime error: slice bounds out of range [:7] with length 3
// ok no panic
// arr true runtime error: index out of range [2] with length 2
// cap true runtime error: slice bounds out of range [::5] with capacity 3
