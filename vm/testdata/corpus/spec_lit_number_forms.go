package main

import "fmt"

func main() {
	fmt.Println(0b1010, 0b11, 0o17, 0o7, 017, 0x1F, 0xaB, 1_000_000, 0x_FF, 0b_1_0)
	fmt.Println(1e3, 1e-2, .5, 5., 0x1p-2, 0x1.8p1, 0x.8p0, 1_0.2_5)
	fmt.Println(1i, 2.5i, 0x10i, 1e2i, 0b11i, 0o7i)
	fmt.Println('a', '\n', '\x7f', '\u12e4', '\U00101234', '\000', '\'')
	fmt.Printf("%T %T %T %T\n", 0x10, 0x1p0, 'x', 3i)
	const big = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(uint64(big), big>>60)
	fmt.Println(07 + 0o7 + 0b111 + 0x7)
}

// Output:
// 10 3 15 7 15 31 171 1000000 255 2
// 1000 0.01 0.5 5 0.25 3 0.5 10.25
// (0+1i) (0+2.5i) (0+16i) (0+100i) (0+3i) (0+7i)
// 97 10 127 4836 1053236 0 39
// int float64 int32 complex128
// 18446744073709551615 15
// 28
