package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

func SumWrap[T Integer](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T Integer]() T {
	var z T
	m := ^z
	if m < z {
		bits := 0
		for v := T(1); v > 0; v <<= 1 {
			bits++
		}
		return T(1)<<bits - 1
	}
	return m
}

func Shift[T Integer](x T, n uint) (T, T) { return x << n, x >> n }

func Neg[T Integer](x T) T { return -x }

type Small int8

func main() {
	fmt.Println(SumWrap[int8](100, 27, 1), SumWrap[uint8](200, 100), SumWrap[int16](32767, 1))
	fmt.Println(SumWrap[Small](127, 1), SumWrap[uint32](4000000000, 400000000))
	fmt.Println(MaxOf[int8](), MaxOf[uint8](), MaxOf[int32](), MaxOf[uint16](), MaxOf[int64](), MaxOf[uint64]())
	fmt.Println(Shift[int8](-128, 1))
	fmt.Println(Shift[uint8](0x81, 1))
	fmt.Println(Shift[int32](1, 31))
	fmt.Println(Neg[int8](-128), Neg[uint8](1), Neg[uint64](1))
	fmt.Printf("%T %T\n", SumWrap[Small](1), MaxOf[uint16]())
}

// Output:
// -128 44 -32768
// -128 105032704
// 127 255 2147483647 65535 9223372036854775807 18446744073709551615
// 0 -64
// 2 64
// -2147483648 0
// -128 255 18446744073709551615
// main.Small uint16
