package main

import "fmt"

func main() {
	rows := []struct {
		Name  string
		Qty   int
		Price float64
	}{{"apple", 3, 1.5}, {"kiwi", 12, 0.25}, {"watermelon", 1, 4}}
	fmt.Printf("%-12s|%5s|%8s\n", "name", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-12s|%5d|%8.2f\n", r.Name, r.Qty, r.Price)
	}
	fmt.Printf("[%6.2f] [%-6.2f] [%+06.1f] [%06d] [%-06d]\n", 3.14159, 3.14159, 3.14159, -42, 42)
	fmt.Printf("[%x] [%8x] [%-8X] [%08x]\n", 3054, 3054, 3054, 3054)
	fmt.Printf("[%3d] [%3d] [%03d]\n", 12345, -1, -1)
	fmt.Printf("[%v] [%6v] [%-6v]\n", true, true, false)
	fmt.Printf("[% x] [% X] [%#x]\n", []byte{1, 171}, []byte{1, 171}, []byte{1, 171})
	fmt.Printf("[%#v] [%#o] [%#b]\n", 0x10, 8, 5)
	fmt.Printf("[%+d] [%+d] [% +d]\n", 5, -5, 5)
	fmt.Printf("[%2.1s] [%.0s] [%-4.2q]\n", "hello", "gone", "hello")
	w := 7
	fmt.Printf("[%*s] [%-*s] [%*d]\n", w, "r", w, "l", -4, 9)
}

// Output:
// name        |  qty|   price
// apple       |    3|    1.50
// kiwi        |   12|    0.25
// watermelon  |    1|    4.00
// [  3.14] [3.14  ] [+003.1] [-00042] [42    ]
// [bee] [     bee] [BEE     ] [00000bee]
// [12345] [ -1] [-01]
// [true] [  true] [false ]
// [01 ab] [01 AB] [0x01ab]
// [16] [010] [0b101]
// [+5] [-5] [+5]
// [ h] [] ["he"]
// [      r] [l      ] [9   ]
