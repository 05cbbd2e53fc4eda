package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Big = Huge >> 98
const Pi2 = math.Pi * 2
const third = 1.0 / 3

func main() {
	fmt.Println(Big)
	fmt.Println(Huge / (1 << 95))
	var f float64 = Huge
	fmt.Println(f)
	fmt.Println(Pi2)
	var f32 float32 = third
	fmt.Println(third, f32)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T\n", c, 1, 1.5, 2i)
	const d = 10 / 4
	const e = 10 / 4.0
	fmt.Println(d, e)
	var i8 int8 = 100 + 27
	fmt.Println(i8)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const b = 3 > 2 && "a" < "b"
	fmt.Println(b)
	var x uint8 = 255 &^ 15
	fmt.Println(x)
	fmt.Println(math.MaxUint32, math.MinInt64, uint64(math.MaxUint64))
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3)
	a, bb := 0.1, 0.2
	fmt.Println(a+bb == 0.3)
}

// Output:
// 4
// 32
// 1.2676506002282294e+30
// 6.283185307179586
// 0.3333333333333333 0.33333334
// 98 b
// int32 int float64 complex128
// 2 2.5
// 127
// concat 6
// true
// 240
// 4294967295 -9223372036854775808 18446744073709551615
// true
// false
