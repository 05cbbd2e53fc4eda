package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b10110011
	fmt.Println(^u, u&^0x0F, u|0x0F, u^0xFF)
	fmt.Printf("%08b %08b\n", u, ^u)
	var s int8 = 0x7F
	fmt.Println(^s, -s, s^-1)
	var x uint32 = 0xDEADBEEF
	fmt.Printf("%#x %#x %#x\n", x&0xFFFF, x>>16, x^0xFFFFFFFF)
	fmt.Println(-7&3, -7|3, -7^3)
	c := 10
	c &= 6
	fmt.Println(c)
	c |= 9
	fmt.Println(c)
	c ^= 5
	fmt.Println(c)
	c &^= 4
	fmt.Println(c)
	c <<= 3
	fmt.Println(c)
	c >>= 2
	fmt.Println(c)
}

// Output:
// 8 14 6 4 -13
// 76 176 191 76
// 10110011 01001100
// -128 -127 -128
// 0xbeef 0xdead 0x21524110
// 1 -5 -6
// 2
// 11
// 14
// 10
// 80
// 20
