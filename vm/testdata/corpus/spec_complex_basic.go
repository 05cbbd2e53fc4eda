package main

import (
	"fmt"
	"math"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(b))
	fmt.Println(a == complex(1, 2), a != b)
	var c complex64 = complex64(a)
	fmt.Println(c*c, real(c), imag(c))
	fmt.Printf("%T %T %T\n", a, c, real(c))
	d := 2i
	fmt.Println(d*d, -d)
	fmt.Printf("%.2f %v %g\n", a, b, complex(math.Inf(1), math.NaN()))
	var z complex128
	fmt.Println(z, z == 0)
	e := complex(float32(1.5), float32(-0.5))
	fmt.Printf("%T %v\n", e, e)
	zc := complex(0, 0)
	fmt.Println(1 / zc)
	m := complex(3, 4)
	fmt.Println(math.Sqrt(real(m)*real(m) + imag(m)*imag(m)))
	fmt.Println(complex128(c) + a)
	x := a
	x *= x
	x += 1
	fmt.Println(x)
}

// Output:
// (4-2i) (-2+6i) (11+2i) (-0.2+0.4i)
// 1 -4
// true true
// (-3+4i) 1 2
// complex128 complex64 float32
// (-4+0i) (-0-2i)
// (1.00+2.00i) (3-4i) (+Inf+NaNi)
// (0+0i) true
// complex64 (1.5-0.5i)
// (+Inf+NaNi)
// 5
// (2+4i)
// (-2+4i)
