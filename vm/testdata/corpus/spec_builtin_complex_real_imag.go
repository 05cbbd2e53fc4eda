package main

import "fmt"

func main() {
	var f32 float32 = 1.5
	c64 := complex(f32, 2)
	fmt.Printf("%T %v\n", c64, c64)
	c128 := complex(1.5, 2.5)
	fmt.Printf("%T %v\n", c128, c128)
	fmt.Printf("%T %T\n", real(c64), imag(c128))
	const k = complex(3, 4)
	fmt.Println(real(k)*real(k)+imag(k)*imag(k), k)
	const r = real(k)
	var asInt int = r
	fmt.Println(asInt)
	z := complex(0, 1)
	fmt.Println(z*z, real(z*z), imag(z*z))
	vals := []complex128{1, 1i, -1, -1i}
	for _, v := range vals {
		fmt.Print(v*1i, " ")
	}
	fmt.Println("|")
	var c complex128
	c += 5
	c -= 2i
	fmt.Println(c, real(c) == 5, imag(c) == -2)
	fmt.Println(complex64(c128) == complex64(complex(float32(1.5), float32(2.5))))
}

// Output:
// complex64 (1.5+2i)
// complex128 (1.5+2.5i)
// float32 float64
// 25 (3+4i)
// 3
// (-1+0i) -1 0
// (0+1i) (-1+0i) (-0-1i) (1+0i) |
// (5-2i) true true
// true
