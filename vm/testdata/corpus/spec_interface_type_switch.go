package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Celsius:
		return fmt.Sprintf("temp %.1f", float64(x))
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape area %.0f", x.Area())
	case []int:
		return fmt.Sprint("ints ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case bool:
		if x {
			return "true!"
		}
		return "false!"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 1, int64(2), "abc", Celsius(36.6), errors.New("bad"),
		Sq{3}, []int{1, 2}, func() int { return 7 }, true, false, 3.5, map[string]int{}, int8(1)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Shape
	switch s.(type) {
	case nil:
		fmt.Println("nil shape")
	}
	switch t := any(Sq{2}).(type) {
	case Shape, fmt.Stringer:
		fmt.Printf("%T\n", t)
	}
}

// Output:
// nil
// integer 1 (int)
// integer 2 (int64)
// string of len 3
// temp 36.6
// error: bad
// shape area 9
// ints 2
// func returning 7
// true!
// false!
// other float64
// other map[string]int
// other int8
// nil shape
// main.Sq
