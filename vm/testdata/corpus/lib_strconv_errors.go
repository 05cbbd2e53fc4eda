package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	tests := []func() error{
		func() error { _, err := strconv.Atoi("12a"); return err },
		func() error { _, err := strconv.ParseInt("999", 10, 8); return err },
		func() error { _, err := strconv.ParseUint("-3", 10, 32); return err },
		func() error { _, err := strconv.ParseFloat("1.2.3", 64); return err },
		func() error { _, err := strconv.ParseBool("yes"); return err },
		func() error { _, err := strconv.ParseInt("7", 37, 64); return err },
		func() error { _, err := strconv.ParseInt("7", 10, 65); return err },
		func() error { _, err := strconv.Unquote("'ab'"); return err },
		func() error { _, err := strconv.ParseComplex("1+2j", 128); return err },
	}
	for i, t := range tests {
		err := t()
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%d func=%s num=%q syntax=%v range=%v | %v\n", i, ne.Func, ne.Num,
				errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange), err)
		} else {
			fmt.Println(i, "plain:", err)
		}
	}
	n, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	c, err := strconv.ParseComplex("(1.5-2i)", 128)
	fmt.Println(c, err, strconv.FormatComplex(c, 'f', 1, 128))
}

// Output:
// 0 func=Atoi num="12a" syntax=true range=false | strconv.Atoi: parsing "12a": invalid syntax
// 1 func=ParseInt num="999" syntax=false range=true | strconv.ParseInt: parsing "999": value out of range
// 2 func=ParseUint num="-3" syntax=true range=false | strconv.ParseUint: parsing "-3": invalid syntax
// 3 func=ParseFloat num="1.2.3" syntax=true range=false | strconv.ParseFloat: parsing "1.2.3": invalid syntax
// 4 func=ParseBool num="yes" syntax=true range=false | strconv.ParseBool: parsing "yes": invalid syntax
// 5 func=ParseInt num="7" syntax=false range=false | strconv.ParseInt: parsing "7": invalid base 37
// 6 func=ParseInt num="7" syntax=false range=false | strconv.ParseInt: parsing "7": invalid bit size 65
// 7 plain: invalid syntax
// 8 func=ParseComplex num="1+2j" syntax=true range=false | strconv.ParseComplex: parsing "1+2j": invalid syntax
// -128 strconv.ParseInt: parsing "-129": value out of range
// 255 strconv.ParseUint: parsing "256": value out of range
// (1.5-2i) <nil> (1.5-2.0i)
