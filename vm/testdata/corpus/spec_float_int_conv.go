package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e10, 255.99}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(int64(f)))
	}
	fv := 200.7
	var u uint8 = uint8(int(fv))
	fmt.Println(u)
	i := 1<<53 + 1
	fmt.Println(float64(i), int64(float64(i)))
	var big int64 = 9007199254740993
	fmt.Println(float32(big), float64(big))
	var f32 float32 = 16777217
	fmt.Println(int(f32))
	fmt.Println(float64(7)/2, float64(7/2))
	n := -7
	fmt.Println(float64(n)/2, n/2)
	var x float64 = 1e19
	fmt.Println(uint64(x))
	var y float32 = 3.99
	fmt.Println(int8(y), uint16(y))
}

// Output:
// 2.9 2 2 2
// -2.9 -2 -2 -2
// 0.5 0 0 0
// -0.5 0 0 0
// 1e+10 10000000000 10000000000 1410065408
// -1e+10 -10000000000 -10000000000 -1410065408
// 255.99 255 255 255
// 200
// 9.007199254740992e+15 9007199254740992
// 9.007199e+15 9.007199254740992e+15
// 16777216
// 3.5 3
// -3.5 -3
// 10000000000000000000
// 3 3
