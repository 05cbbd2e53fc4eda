package main

import "fmt"

func main() {
	var a uint32 = 1 << 31
	var b uint32 = 1
	fmt.Println(a > b, int32(a) > int32(b))
	var c uint64 = 1 << 63
	fmt.Println(c > 5, int64(c) < 5)
	var d uint8 = 255
	var e uint8 = 1
	fmt.Println(d+e < d, d+e)
	xs := []uint16{65535, 0, 1, 32768}
	max := xs[0]
	for _, x := range xs {
		if x > max {
			max = x
		}
	}
	fmt.Println(max)
	var f uint = 3
	var g uint = 5
	fmt.Println(f-g > f, f-g)
	fmt.Println(uint8(d)/2, int8(d)/2)
}

// Output:
// true false
// true true
// true 0
// 65535
// true 18446744073709551614
// 127 0
