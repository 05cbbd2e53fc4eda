package main

import "fmt"

func main() {
	var a complex64 = complex(0.1, 0.2)
	var b complex64 = complex(0.3, 0.4)
	fmt.Println(a+b, a*b, a/b)
	var c complex128 = complex(0.1, 0.2)
	var d complex128 = complex(0.3, 0.4)
	fmt.Println(c+d, c*d, c/d)
	fmt.Println(real(a*b) == float32(real(c*d)))
	var p complex64 = 1
	for i := 0; i < 20; i++ {
		p *= complex(1.1, 0.1)
	}
	fmt.Println(p)
	fmt.Printf("%.3f\n", p)
	fmt.Printf("%8.2f|%-8.1f|\n", complex(1.25, -2.5), complex(0.5, 0.5))
}

// Output:
// (0.4+0.6i) (-0.05+0.1i) (0.44+0.080000006i)
// (0.4+0.6000000000000001i) (-0.05000000000000002+0.1i) (0.44000000000000006+0.07999999999999999i)
// true
// (-1.7533642+7.0910788i)
// (-1.753+7.091i)
// (    1.25   -2.50i)|(0.5     +0.5    i)|
