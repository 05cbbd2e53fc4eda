package main

import (
	"fmt"
	"math"
	"math/bits"
)

func addChecked(a, b int64) (int64, bool) {
	c := a + b
	if (c > a) == (b > 0) {
		return c, true
	}
	return c, false
}

func mulChecked(a, b uint64) (uint64, bool) {
	hi, lo := bits.Mul64(a, b)
	return lo, hi == 0
}

func absInt(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	fmt.Println(addChecked(1, 2))
	fmt.Println(addChecked(math.MaxInt64, 1))
	fmt.Println(addChecked(math.MinInt64, -1))
	fmt.Println(mulChecked(1<<32, 1<<31))
	fmt.Println(mulChecked(1<<32, 1<<32))
	fmt.Println(absInt(-5), absInt(math.MinInt64))
	var i32 int32 = math.MaxInt32
	fmt.Println(i32+1 < i32, int64(i32)+1)
	avg := func(a, b int32) int32 { return a + (b-a)/2 }
	m1, m2 := int32(math.MaxInt32), int32(math.MaxInt32-1)
	fmt.Println(avg(m2, m1), (m1+m2)/2)
	var n uint8 = 250
	steps := 0
	for n != 4 {
		n += 3
		steps++
	}
	fmt.Println(steps)
}

// Output:
// 3 true
// -9223372036854775808 false
// 9223372036854775807 false
// 9223372036854775808 true
// 0 false
// 5 -9223372036854775808
// true 2147483648
// 2147483646 -1
// 174
