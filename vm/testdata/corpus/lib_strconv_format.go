package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(8, 8))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	f := 1234.5678
	fmt.Println(strconv.FormatFloat(f, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(f, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(f, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(f, 'E', -1, 64))
	fmt.Println(strconv.FormatFloat(f, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(f, 'g', 3, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(math.Inf(-1), 'f', 2, 64), strconv.FormatFloat(math.NaN(), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1.0, 'x', -1, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'G', 4, 64))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"")
	b = append(b, ' ')
	b = strconv.AppendUint(b, 7, 2)
	b = strconv.AppendQuoteRune(b, 'x')
	fmt.Println(string(b))
}

// Output:
// -ff 11111111 z
// 18446744073709551615 10
// true false
// 1234.57
// 1234.5678
// 1.235e+03
// 1.2345678E+03
// 1234.5678
// 1.23e+03
// 1e+21 1000000000000000000000
// 0.1 0.10000000000000000555
// 2 4
// -Inf NaN
// 0x1p+00 0
// 1.235E+08
// n=-42 true 1.500 "q\"" 111'x'
