package main

import "fmt"

type Big [1000]int

func fill(b Big, v int) Big {
	for i := range b {
		b[i] = v + i
	}
	return b
}

func sum(b *Big) (s int) {
	for _, v := range b {
		s += v
	}
	return
}

func main() {
	var a Big
	b := fill(a, 1)
	fmt.Println(a[999], b[999], sum(&a), sum(&b))
	c := b
	c[0] = -1
	fmt.Println(b == c, b[0], c[0])
	c[0] = b[0]
	fmt.Println(b == c)
	grid := [50][50]byte{}
	for i := range grid {
		grid[i][i] = 1
		grid[i][49-i] = 1
	}
	g2 := grid
	n := 0
	for _, row := range g2 {
		for _, v := range row {
			n += int(v)
		}
	}
	fmt.Println(n, grid == g2)
	structs := [3]struct {
		Arr [4]string
	}{}
	s2 := structs
	s2[1].Arr[2] = "x"
	fmt.Printf("%q %q\n", structs[1].Arr, s2[1].Arr)
}

// Output:
// 0 1000 0 500500
// false 1 -1
// true
// 100 true
// ["" "" "" ""] ["" "" "x" ""]
