package main

import "fmt"

type Größe struct {
	Wert    float64
	Einheit string
}

func (g Größe) String() string { return fmt.Sprintf("%.1f%s", g.Wert, g.Einheit) }

func 加(a, b int) int { return a + b }

func main() {
	π := 3.14159
	半径 := 2.0
	面积 := π * 半径 * 半径
	fmt.Printf("%.3f\n", 面积)
	fmt.Println(加(2, 3))
	g := Größe{1.85, "m"}
	fmt.Println(g)
	fmt.Printf("%+v %T\n", struct{ Größe }{g}, g)
	var _x, x_, ȷ = 1, 2, 3
	fmt.Println(_x + x_ + ȷ)
	δ := map[string]int{"α": 1, "β": 2}
	fmt.Println(δ)
}

// Output:
// 12.566
// 5
// 1.9m
// 1.9m main.Größe
// 6
// map[α:1 β:2]
