package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount8(0xF0), bits.OnesCount16(0xFFFF), bits.OnesCount32(1<<31), bits.OnesCount64(^uint64(0)))
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros16(1), bits.LeadingZeros32(0), bits.LeadingZeros64(1<<40))
	fmt.Println(bits.TrailingZeros8(0), bits.TrailingZeros(8), bits.TrailingZeros32(1<<20), bits.TrailingZeros64(0))
	fmt.Println(bits.Len(0), bits.Len8(255), bits.Len16(256), bits.Len32(1), bits.Len64(1<<63))
	fmt.Println(bits.Reverse8(1), bits.Reverse16(1), bits.Reverse32(0x80000000), bits.Reverse64(1))
	fmt.Printf("%#x %#x %#x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft8(0x81, -1), bits.RotateLeft32(1, 33), bits.RotateLeft64(1, -1))
	fmt.Println(bits.RotateLeft16(0x8001, 4), bits.RotateLeft(1, 3))
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	s32, c32 := bits.Add32(0xFFFFFFFF, 0xFFFFFFFF, 1)
	fmt.Println(s32, c32)
	h32, l32 := bits.Mul32(0xFFFFFFFF, 0xFFFFFFFF)
	fmt.Println(h32, l32)
	fmt.Println(bits.UintSize, bits.Rem64(1, 5, 7))
}

// Output:
// 8 4 16 1 64
// 7 15 32 23
// 8 3 20 64
// 0 8 9 1 64
// 128 32768 1 9223372036854775808
// 0x3412 0x78563412 0x807060504030201
// 3 192 2 9223372036854775808
// 24 8
// 0 1
// 18446744073709551615 1
// 2 0
// 6148914691236517205 1
// 4294967295 1
// 4294967294 1
// 64 0
