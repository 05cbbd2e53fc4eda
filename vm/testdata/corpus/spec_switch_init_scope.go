package main

import (
	"fmt"
	"strings"
)

func lookup(k string) (string, bool) {
	m := map[string]string{"a": "apple", "b": "banana"}
	v, ok := m[k]
	return v, ok
}

func main() {
	for _, k := range []string{"a", "b", "z"} {
		switch v, ok := lookup(k); {
		case !ok:
			fmt.Println(k, "missing")
		case strings.HasPrefix(v, "a"):
			fmt.Println(k, "starts with a:", v)
		default:
			fmt.Println(k, "other:", v)
		}
	}
	x := "outer"
	switch x := 5; x {
	case 5:
		x := "case-local"
		fmt.Println(x)
	}
	fmt.Println(x)
	switch y := len(x); {
	case y > 3:
		fmt.Println("long", y)
		fallthrough
	case y > 100:
		fmt.Println("fallthrough sees y", y)
	}
	if v, ok := lookup("b"); ok {
		fmt.Println("if-init", v)
	} else if w, ok2 := lookup("a"); ok2 {
		fmt.Println("else-if", v, w)
	}
	switch t := any(x).(type) {
	case string:
		fmt.Println("type switch local", len(t))
	}
}

// Output:
// a starts with a: apple
// b other: banana
// z missing
// case-local
// outer
// long 5
// fallthrough sees y 5
// if-init banana
// type switch local 5
