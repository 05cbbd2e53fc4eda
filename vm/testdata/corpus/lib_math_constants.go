package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt, math.MinInt)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10)
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32, f32*2)
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt64)
	const x = math.MaxUint64 / 3
	fmt.Println(uint64(x))
}

// Output:
// 127 -128 255
// 32767 -32768 65535
// 2147483647 -2147483648 4294967295
// 9223372036854775807 -9223372036854775808
// 18446744073709551615 9223372036854775807 -9223372036854775808
// 3.4028234663852886e+38 1.401298464324817e-45
// 1.7976931348623157e+308 5e-324
// 3.141592653589793 2.718281828459045 1.4142135623730951 1.618033988749895
// 0.6931471805599453 1.4426950408889634 2.302585092994046
// 3.4028235e+38 +Inf
// float64 int
// 6148914691236517205
