package main

import "fmt"

func main() {
	tokens := []string{"a", "skip", "b", "stop", "c"}
	var out []string
Loop:
	for _, t := range tokens {
		switch t {
		case "skip":
			continue Loop
		case "stop":
			break Loop
		default:
			out = append(out, t)
		}
	}
	fmt.Println(out)
	n := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			n += i
		}
	}
	fmt.Println(n)
	found := -1
Outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch v := i*3 + j; {
			case v == 5:
				found = v
				break Outer
			case v%2 == 0:
				continue
			}
		}
	}
	fmt.Println(found)
	var x any = 3
	count := 0
TS:
	for i := 0; i < 3; i++ {
		switch x.(type) {
		case int:
			count++
			if i == 1 {
				break TS
			}
		}
	}
	fmt.Println(count)
}

// Output:
// [a b]
// 8
// 5
// 2
