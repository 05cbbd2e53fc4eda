package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c rune) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "other"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func next() int {
	fmt.Print("[eval]")
	return 2
}

func main() {
	for _, n := range []int{95, 85, 72, 10} {
		fmt.Print(grade(n))
	}
	fmt.Println()
	for _, c := range "ai x" {
		fmt.Print(kind(c), " ")
	}
	fmt.Println("|")
	for i := 0; i < 5; i++ {
		fmt.Println(i, fall(i))
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten", x)
	}
	switch next() {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("big")
		if x == 3 {
			break
		}
		fmt.Println("unreached")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched concat")
	}
	var e any = 3.0
	switch e {
	case 3:
		fmt.Println("int 3")
	case 3.0:
		fmt.Println("float 3")
	}
}

// Output:
// ABCF
// vowel vowel space other |
// 0 [zero one two]
// 1 [one two]
// 2 [two]
// 3 [three default]
// 4 [default]
// ten 5
// [eval]two
// big
// default first
// matched concat
// float 3
