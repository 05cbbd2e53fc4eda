package main

import "fmt"

func main() {
	var i8 int8 = -1
	fmt.Println(uint8(i8), uint16(i8), uint32(i8), uint64(i8), int64(uint8(i8)))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int16(int8(u8)), int16(u8))
	big := 1<<40 + 123
	fmt.Println(int32(big), uint32(big), int16(big), uint8(big))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(f), int64(float32(f)))
	var f32 float32 = 16777217.0
	fmt.Println(int32(f32), float64(f32))
	x := 0.1
	fmt.Println(float32(x) == 0.1, float64(float32(x)) == x)
	n := 1 << 53
	fmt.Println(float64(n+1) == float64(n))
	var r rune = -1
	fmt.Println(uint32(r), string(r) == "\uFFFD")
	c := complex(3.7, -1.2)
	fmt.Println(int(real(c)), int(imag(c)))
	type Dur int64
	d := Dur(1500)
	fmt.Println(float64(d)/1000, int(d)/1000, d%1000)
	var u uint = 3
	var s int = -2
	fmt.Println(int(u)+s, u+uint(s))
}

// Output:
// 255 65535 4294967295 18446744073709551615 255
// -1 -1 255
// 123 123 123 123
// 3 -3 3 3
// 16777216 1.6777216e+07
// true false
// true
// 4294967295 true
// 3 -1
// 1.5 1 500
// 1 1
