package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{2, 1}] = "b"
	grid[Point{1, 2}] += "!"
	fmt.Println(len(grid), grid[Point{1, 2}], grid)
	arr := map[[2]int]int{{1, 1}: 5}
	arr[[2]int{1, 1}]++
	fmt.Println(arr)
	im := map[any]string{}
	im[1] = "int"
	im[int64(1)] = "int64"
	im["1"] = "string"
	im[Point{0, 0}] = "point"
	im[true] = "bool"
	im[1.0] = "float"
	fmt.Println(len(im), im[1], im[int64(1)], im[1.0], im[Point{}])
	type K struct {
		Name string
		Tags [2]string
	}
	km := map[K]int{{"a", [2]string{"x", "y"}}: 1}
	km[K{"a", [2]string{"x", "y"}}]++
	fmt.Println(km)
	pm := map[*Point]int{}
	p1, p2 := &Point{}, &Point{}
	pm[p1] = 1
	pm[p2] = 2
	pm[p1]++
	fmt.Println(len(pm), pm[p1], pm[p2])
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	defer func() { fmt.Println("recovered:", recover()) }()
	im[[]int{1}] = "slice"
}

// Output:
// 2 a! map[{1 2}:a! {2 1}:b]
// map[[1 1]:6]
// 6 int int64 float point
// map[{a [x y]}:2]
// 2 2 2
// map[false:0 true:1]
// recovered: runtime error: hash of unhashable type []int
