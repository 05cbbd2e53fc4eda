package main

import "fmt"

var calls []string

func t(name string) bool {
	calls = append(calls, name)
	return true
}

func f(name string) bool {
	calls = append(calls, name)
	return false
}

func run(label string, v bool) {
	fmt.Println(label, v, calls)
	calls = nil
}

func main() {
	run("f&&t", f("a") && t("b"))
	run("t&&f", t("a") && f("b"))
	run("t||f", t("a") || f("b"))
	run("f||t", f("a") || t("b"))
	run("mixed", f("a") || t("b") && f("c") || t("d"))
	run("not", !f("a") && !t("b"))
	var m map[string]int
	if m != nil && m["x"] > 0 {
		fmt.Println("unreached")
	}
	var p *struct{ ok bool }
	fmt.Println(p != nil && p.ok, p == nil || p.ok)
	s := []int{}
	fmt.Println(len(s) > 0 && s[0] == 1)
	b := true
	b = b && false
	b = b || !b
	fmt.Println(b, b == true, b != false)
	type B bool
	var nb B = true
	fmt.Println(!nb, nb && true)
	fmt.Printf("%v %t %T\n", nb, nb, nb)
}

// Output:
// f&&t false [a]
// t&&f false [a b]
// t||f true [a]
// f||t true [a b]
// mixed true [a b c d]
// not false [a b]
// false true
// false
// true true true
// false true
// true true main.B
