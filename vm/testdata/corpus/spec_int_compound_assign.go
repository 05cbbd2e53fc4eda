package main

import "fmt"

func main() {
	var a int16 = 1000
	a *= 40
	fmt.Println(a)
	a /= -3
	fmt.Println(a)
	a %= 7
	fmt.Println(a)
	a <<= 14
	fmt.Println(a)
	a >>= 3
	fmt.Println(a)
	var u uint32 = 0xF0F0F0F0
	u &= 0xFF00FF00
	fmt.Printf("%#x\n", u)
	u |= 0x0F
	fmt.Printf("%#x\n", u)
	u ^= 0xFFFFFFFF
	fmt.Printf("%#x\n", u)
	u &^= 0xF0000000
	fmt.Printf("%#x\n", u)
	u += 0x20000000
	u -= 1
	fmt.Printf("%#x\n", u)
	var s string = "a"
	s += "b"
	s += s
	fmt.Println(s)
	f := 10.0
	f /= 4
	f -= 0.5
	f *= f
	fmt.Println(f)
	var shift uint8 = 3
	var v int64 = -1
	v <<= shift
	fmt.Println(v)
	v >>= 1
	fmt.Println(v)
}

// Output:
// -25536
// 8512
// 0
// 0
// 0
// 0xf000f000
// 0xf000f00f
// 0xfff0ff0
// 0xfff0ff0
// 0x2fff0fef
// abab
// 4
// -8
// -4
