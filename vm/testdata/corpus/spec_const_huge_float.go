package main

import "fmt"

const (
	Big   = 1e1000
	Small = 1e-1000
	Ratio = Big * Small
	Prec  = 1.0000000000000000000000000001
	Third = 1.0 / 3.0
	Int   = 1 << 200
)

func main() {
	fmt.Println(Ratio, Big/1e999, Small*1e1001)
	fmt.Println(Prec == 1, Prec-1 > 0)
	var f float64 = Prec
	fmt.Println(f == 1)
	fmt.Println(Third*3 == 1, Int>>199, Int/(Int>>3))
	const x = Int * Int / Int / Int
	fmt.Println(x)
	var f32 float32 = Third
	fmt.Println(f32, float64(f32) == Third)
	const huge = 1 << 64
	fmt.Println(huge/2-1, uint64(huge-1))
	const neg = -1 << 63
	var i64 int64 = neg
	fmt.Println(i64)
	fmt.Println(float64(Int))
}

// Output:
// 1 10 10
// false true
// true
// true 2 8
// 1
// 0.33333334 false
// 9223372036854775807 18446744073709551615
// -9223372036854775808
// 1.6069380442589903e+60
