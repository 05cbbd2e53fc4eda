package main

import "fmt"

type Celsius float64
type Meters int

const Boiling Celsius = 100
const Step Meters = 5

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(Boiling)
	fmt.Println(Boiling / 3)
	var d Meters = Step * 4
	fmt.Println(d, d/3, d%3)
	fmt.Printf("%T %v\n", d, d)
	const x int32 = 1 << 20
	fmt.Println(x * 2)
	const y = x / 3
	fmt.Printf("%T %v\n", y, y)
	type Small uint8
	const z Small = 200
	var w = z + 55
	fmt.Println(w)
	const r rune = 'Z'
	fmt.Println(r, string(r))
	const big float32 = 16777217
	fmt.Println(big)
}

// Output:
// 100.0°C
// 33.3°C
// 20 6 2
// main.Meters 20
// 2097152
// int32 349525
// 255
// 90 Z
// 1.6777216e+07
