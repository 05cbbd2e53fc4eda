package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0", "1e10", "1E-3", ".5", "5.", "inf", "-Inf", "NaN", "0x1p-2", "1_0.5", "abc", "1e400", "-1e400", "1e-400", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%q -> %v %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	f32, err = strconv.ParseFloat("3.5e38", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
}

// Output:
// "3.14" -> 3.14 <nil>
// "-0" -> -0 <nil>
// "1e10" -> 1e+10 <nil>
// "1E-3" -> 0.001 <nil>
// ".5" -> 0.5 <nil>
// "5." -> 5 <nil>
// "inf" -> +Inf <nil>
// "-Inf" -> -Inf <nil>
// "NaN" -> NaN <nil>
// "0x1p-2" -> 0.25 <nil>
// "1_0.5" -> 10.5 <nil>
// "abc" -> 0 strconv.ParseFloat: parsing "abc": invalid syntax
// "1e400" -> +Inf strconv.ParseFloat: parsing "1e400": value out of range
// "-1e400" -> -Inf strconv.ParseFloat: parsing "-1e400": value out of range
// "1e-400" -> 0 <nil>
// "" -> 0 strconv.ParseFloat: parsing "": invalid syntax
// 0.10000000149011612 <nil> 0.1
// +Inf strconv.ParseFloat: parsing "3.5e38": value out of range
// 1 true <nil>
// t true <nil>
// T true <nil>
// TRUE true <nil>
// true true <nil>
// True true <nil>
// 0 false <nil>
// f false <nil>
// F false <nil>
// FALSE false <nil>
// false false <nil>
// False false <nil>
// yes false strconv.ParseBool: parsing "yes": invalid syntax
//  false strconv.ParseBool: parsing "": invalid syntax
