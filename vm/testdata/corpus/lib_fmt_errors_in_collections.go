package main

import (
	"errors"
	"fmt"
)

type E struct{ C int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.C) }

type PE struct{ C int }

func (e *PE) Error() string { return fmt.Sprintf("PE%d", e.C) }

func main() {
	errs := []error{errors.New("a"), E{1}, &PE{2}, nil, fmt.Errorf("w: %w", E{3})}
	fmt.Println(errs)
	fmt.Printf("%v\n%+v\n%q\n", errs, errs, errs[:3])
	m := map[string]error{"x": E{4}, "y": nil}
	fmt.Println(m)
	type Result struct {
		Val int
		Err error
	}
	fmt.Printf("%v %+v\n", Result{1, E{5}}, Result{2, nil})
	fmt.Println([]any{E{6}, PE{7}, &PE{8}})
	fmt.Printf("%s|%d|%x\n", E{9}, E{10}, E{11})
	fmt.Printf("%#v\n", E{12})
}

// Output:
// [a E1 PE2 <nil> w: E3]
// [a E1 PE2 <nil> w: E3]
// [a E1 PE2 <nil> w: E3]
// ["a" "E1" "PE2"]
// map[x:E4 y:<nil>]
// {1 E5} {Val:2 Err:<nil>}
// [E6 {7} PE8]
// E9|{10}|453131
// main.E{C:12}
