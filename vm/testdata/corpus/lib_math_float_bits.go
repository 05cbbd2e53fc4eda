package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{1, -1, 0.5, 0.1, math.Inf(1), math.Copysign(0, -1), math.MaxFloat64, math.SmallestNonzeroFloat64} {
		b := math.Float64bits(f)
		fmt.Printf("%-24v %016x sign=%d exp=%d\n", f, b, b>>63, (b>>52)&0x7ff)
	}
	nan := math.Float64frombits(0x7ff8000000000001)
	fmt.Println(math.IsNaN(nan), nan == nan)
	fmt.Printf("%08x %08x\n", math.Float32bits(0.1), math.Float32bits(-2))
	fmt.Println(math.Float32frombits(0x3f800000), math.Float32frombits(0x7f800000))
	fmt.Println(math.Nextafter(0, 1), math.Nextafter32(1, 2))
	x := 0.1
	n := 0
	for x != 0 {
		x /= 2
		n++
	}
	fmt.Println(n)
	fmt.Println(math.Ilogb(8), math.Logb(0.25), math.Pow10(3), math.Pow10(-2))
}

// Output:
// 1                        3ff0000000000000 sign=0 exp=1023
// -1                       bff0000000000000 sign=1 exp=1023
// 0.5                      3fe0000000000000 sign=0 exp=1022
// 0.1                      3fb999999999999a sign=0 exp=1019
// +Inf                     7ff0000000000000 sign=0 exp=2047
// -0                       8000000000000000 sign=1 exp=0
// 1.7976931348623157e+308  7fefffffffffffff sign=0 exp=2046
// 5e-324                   0000000000000001 sign=0 exp=0
// true false
// 3dcccccd c0000000
// 1 +Inf
// 5e-324 1.0000001
// 1072
// 3 -2 1000 0.01
