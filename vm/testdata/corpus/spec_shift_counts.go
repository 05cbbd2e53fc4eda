package main

import "fmt"

func shl(x int, n int) (r int, msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
		}
	}()
	return x << n, "ok"
}

func main() {
	for _, n := range []int{0, 1, 8, 63, 64, 65} {
		fmt.Println(shl(3, n))
	}
	var c int8 = 3
	var v uint16 = 0x00F0
	fmt.Println(v<<c, v>>c)
	var c2 int64 = 16
	fmt.Println(v<<c2, v>>c2)
	fmt.Println(shl(1, -1))
	var neg int32 = -8
	var sc uint32 = 1
	fmt.Println(neg>>sc, neg<<sc)
	const big = 1 << 100
	fmt.Println(big >> 98)
	var y = uint8(1) << 7
	fmt.Println(y)
}

// Output:
// 3 ok
// 6 ok
// 768 ok
// -9223372036854775808 ok
// 0 ok
// 0 ok
// 1920 30
// 0 0
// 0 runtime error: negative shift amount
// -4 -16
// 4
// 128
