package main

import "fmt"

var x = y * 2
var y = z + 1
var z = initZ()

var table = buildTable()
var lookup = map[string]int{"ten": ten}

const ten = 10

var order []string

func initZ() int {
	order = append(order, "z")
	return 4
}

func buildTable() []int {
	order = append(order, "table")
	t := make([]int, 5)
	for i := range t {
		t[i] = i * y
	}
	return t
}

type registry map[string]func() string

var reg = registry{}

func init() {
	reg["hello"] = func() string { return "hi" }
	order = append(order, "init1")
}

func init() {
	reg["bye"] = func() string { return "ciao" }
	order = append(order, "init2")
}

func main() {
	fmt.Println(x, y, z)
	fmt.Println(table, lookup)
	fmt.Println(order)
	fmt.Println(reg["hello"](), reg["bye"](), len(reg))
}

// Output:
// 10 5 4
// [0 5 10 15 20] map[ten:10]
// [z table init1 init2]
// hi ciao 2
