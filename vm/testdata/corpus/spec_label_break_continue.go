package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println("|")
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	fmt.Println(n)
	count := 0
rows:
	for i := range 5 {
	cols:
		for j := range 5 {
			switch {
			case j > i:
				continue rows
			case j == 3:
				break cols
			}
			count++
		}
	}
	fmt.Println(count)
	m := map[string][]int{"a": {1, 2, 3}}
keys:
	for k, vs := range m {
		for _, v := range vs {
			if v == 2 {
				fmt.Println("break from", k)
				break keys
			}
		}
	}
}

// Output:
// 0 0 0 1 1 0 1 1 2 0 2 1 |
// negative at 1 1
// true
// 7
// 12
// break from a
