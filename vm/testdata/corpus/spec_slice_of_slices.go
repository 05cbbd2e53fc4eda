package main

import "fmt"

func main() {
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	m := [][]string{{"a"}, {"b", "c"}, nil, {}}
	fmt.Println(len(m), m, m[2] == nil, m[3] == nil)
	m[1] = append(m[1], "d")
	m[2] = append(m[2], "e")
	fmt.Println(m)
	shared := []int{1, 2, 3, 4}
	views := [][]int{shared[:2], shared[2:]}
	views[0][1] = 20
	views[1][0] = 30
	fmt.Println(shared, views)
	grid := [][]rune{[]rune("ab"), []rune("cd")}
	grid[0], grid[1] = grid[1], grid[0]
	fmt.Println(string(grid[0]), string(grid[1]))
}

// Output:
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
// [1 4 6 4 1]
// 4 [[a] [b c] [] []] true false
// [[a] [b c d] [e] []]
// [1 20 30 4] [[1 20] [30 4]]
// cd ab
