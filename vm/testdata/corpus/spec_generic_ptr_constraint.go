package main

import (
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	b.v = n
	return err
}

type StrBox struct{ s string }

func (b *StrBox) Set(s string) error {
	b.s = "<" + s + ">"
	return nil
}

func ParseAll[T any, PT Setter[T]](ins []string) ([]T, error) {
	out := make([]T, len(ins))
	for i, s := range ins {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

func main() {
	ints, err := ParseAll[IntBox]([]string{"1", "2", "3"})
	fmt.Println(ints, err)
	ints, err = ParseAll[IntBox]([]string{"4", "x", "6"})
	fmt.Println(ints, err)
	strs, err := ParseAll[StrBox]([]string{"a", "b"})
	fmt.Printf("%+v %v\n", strs, err)
}

// Output:
// [{1} {2} {3}] <nil>
// [{4}] strconv.Atoi: parsing "x": invalid syntax
// [{s:<a>} {s:<b>}] <nil>
