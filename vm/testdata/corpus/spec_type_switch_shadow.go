package main

import "fmt"

type A struct{ v int }
type B struct{ s string }

func handle(x any) string {
	switch x := x.(type) {
	case A:
		x.v *= 2
		return fmt.Sprint("A ", x.v)
	case *A:
		x.v *= 2
		return fmt.Sprint("*A ", x.v)
	case B, *B:
		return fmt.Sprintf("B-ish %T", x)
	case nil:
		return "nil"
	}
	return "unknown"
}

func main() {
	a := A{1}
	fmt.Println(handle(a), a.v)
	fmt.Println(handle(&a), a.v)
	fmt.Println(handle(B{"x"}), handle(&B{}), handle(nil), handle(1))
	var e error = fmt.Errorf("e")
	switch v := e.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("unwrapper", v)
	case fmt.Stringer:
		fmt.Println("stringer", v)
	default:
		fmt.Printf("plain %v\n", v)
	}
	vals := []any{1, "a", 2.0, nil, []int{}}
	n := 0
	for _, v := range vals {
		switch v.(type) {
		case int, float64:
			n++
		}
	}
	fmt.Println(n)
}

// Output:
// A 2 1
// *A 2 2
// B-ish main.B B-ish *main.B nil unknown
// plain e
// 2
