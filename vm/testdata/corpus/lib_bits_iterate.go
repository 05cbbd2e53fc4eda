package main

import (
	"fmt"
	"math/bits"
)

type BitSet uint64

func (b BitSet) Members() []int {
	var out []int
	for x := uint64(b); x != 0; x &= x - 1 {
		out = append(out, bits.TrailingZeros64(x))
	}
	return out
}

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << bits.Len32(x-1)
}

func main() {
	b := BitSet(0b1011_0010_0000_0001)
	fmt.Println(b.Members(), bits.OnesCount64(uint64(b)))
	for _, x := range []uint32{0, 1, 2, 3, 5, 17, 1024, 1025} {
		fmt.Print(nextPow2(x), " ")
	}
	fmt.Println("|")
	x := uint64(0x0123456789abcdef)
	fmt.Printf("%016x %016x\n", bits.Reverse64(x), bits.ReverseBytes64(x))
	fmt.Println(bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x))
	var gray []uint8
	for i := uint8(0); i < 8; i++ {
		gray = append(gray, i^(i>>1))
	}
	fmt.Printf("%03b\n", gray)
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Printf("%x %x\n", hi, lo)
	q, r := bits.Div64(hi, lo, 0xFFFFFFFFFFFFFFFF)
	fmt.Printf("%x %x\n", q, r)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(5, 0, 3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div32(0, 1, 0)
	}()
}

// Output:
// [0 9 12 13 15] 5
// 1 1 2 4 8 32 1024 2048 |
// f7b3d591e6a2c480 efcdab8967452301
// 57 7 0
// [000 001 011 010 110 111 101 100]
// fffffffffffffffe 1
// ffffffffffffffff 0
// recovered: runtime error: integer overflow
// recovered: runtime error: integer divide by zero
