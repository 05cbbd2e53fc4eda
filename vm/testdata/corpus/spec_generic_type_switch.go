package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + strconv.Itoa(x)
	case string:
		return "string:" + x
	case []T:
		return fmt.Sprint("slice of T len ", len(x))
	case fmt.Stringer:
		return "stringer:" + x.String()
	default:
		return fmt.Sprintf("other:%T", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

func Parse[T int | float64 | bool](s string) (T, error) {
	var out T
	var err error
	switch p := any(&out).(type) {
	case *int:
		*p, err = strconv.Atoi(s)
	case *float64:
		*p, err = strconv.ParseFloat(s, 64)
	case *bool:
		*p, err = strconv.ParseBool(s)
	}
	return out, err
}

func main() {
	fmt.Println(Describe(5), Describe("x"), Describe(ID(3)), Describe(2.5), Describe([]int{1}))
	fmt.Println(IsZero(0), IsZero(""), IsZero(ID(1)), IsZero[any](nil), IsZero(struct{ A int }{}))
	fmt.Printf("%v %q %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil)
	i, err := Parse[int]("42")
	fmt.Println(i, err)
	f, err := Parse[float64]("2.5")
	fmt.Println(f, err)
	b, err := Parse[bool]("maybe")
	fmt.Println(b, err)
}

// Output:
// int:5 string:x stringer:ID#3 other:float64 other:[]int
// true true false true true
// 0 "" true
// 42 <nil>
// 2.5 <nil>
// false strconv.ParseBool: parsing "maybe": invalid syntax
