package main

import "fmt"

type Count uint8

func main() {
	for i := range 5 {
		fmt.Print(i)
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	n := 0
	for i := range n {
		fmt.Println("never", i)
	}
	for i := range -3 {
		fmt.Println("never", i)
	}
	var c Count = 4
	for i := range c {
		fmt.Printf("%T:%d;", i, i)
	}
	fmt.Println()
	var x int64 = 3
	total := int64(0)
	for i := range x {
		total += i
	}
	fmt.Println(total)
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i)
	}
	fmt.Println(" limit", limit)
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	const N = 3
	var grid [N][N]int
	for i := range N {
		for j := range N {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
}

// Output:
// 01234
// xxx
// main.Count:0;main.Count:1;main.Count:2;main.Count:3;
// 3
// 012 limit 10
// 1357
// [[0 0 0] [0 1 2] [0 2 4]]
