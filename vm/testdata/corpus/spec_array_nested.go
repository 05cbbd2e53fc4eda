package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	g2 := grid
	g2[2][3] = 99
	fmt.Println(grid[2][3], g2[2][3])
	fmt.Println(len(grid), len(grid[0]))
	id := [3][3]int{{1}, {0, 1}, {0, 0, 1}}
	fmt.Println(id)
	var sum int
	for _, r := range id {
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println(sum)
	cube := [2][2][2]string{}
	cube[1][0][1] = "x"
	fmt.Printf("%q\n", cube)
	sl := grid[0][1:3]
	sl[0] = 555
	fmt.Println(grid[0])
}

// Output:
// [[0 1 2 3] [10 11 12 13] [20 21 22 23]]
// [10 11 12 13] [-1 11 12 13]
// 23 99
// 3 4
// [[1 0 0] [0 1 0] [0 0 1]]
// 3
// [[["" ""] ["" ""]] [["" "x"] ["" ""]]]
// [0 555 2 3]
